#include <tuple>

#include "pacta/domain/identity.h"
#include "pacta/presentation/institutions/institution_file.h"

#include <nlohmann/json.hpp>
#include <set>

#include "pacta/document/json_data.h"
#include "pacta/domain/clean_text.h"

namespace pacta::presentation {

namespace {

using nlohmann::json;
using domain::Finding;
using domain::Severity;

class Reader {
public:
    explicit Reader(domain::Findings& findings) : findings_(findings) {}

    Finding& problem(const char* code, const std::string& path) {
        findings_.emplace_back(code, Severity::error, path);
        findings_.back().with("field_label", path);
        return findings_.back();
    }

    std::string text(const json& j, const char* key, const std::string& path, bool required = true) {
        const std::string where = path.empty() ? key : path + "." + key;
        if (!j.contains(key) || j[key].is_null() || (j[key].is_string() && j[key].get<std::string>().empty())) {
            if (required) problem("data.missing", where);
            return {};
        }
        if (!j[key].is_string()) {
            problem("data.wrong_shape", where).with("expected", "texto");
            return {};
        }
        auto value = j[key].get<std::string>();
        if (const auto bad = domain::find_disallowed_character(value)) {
            findings_.push_back(domain::disallowed_character_finding(where, *bad));
            return {};
        }
        return value;
    }

    std::optional<domain::Date> date(const json& j, const char* key, const std::string& path, bool required) {
        const std::string where = path.empty() ? key : path + "." + key;
        const std::string value = text(j, key, path, required);
        if (value.empty()) return std::nullopt;
        auto parsed = domain::parse_iso_date(value, where);
        for (auto& f : parsed.findings) {
            f.with("field_label", where);
            findings_.push_back(std::move(f));
        }
        return parsed.value;
    }

    int integer(const json& j, const char* key, const std::string& path, int fallback, int min, int max) {
        if (!j.contains(key)) return fallback;
        const std::string where = path.empty() ? key : path + "." + key;
        if (!j[key].is_number_integer() || j[key].get<int>() < min || j[key].get<int>() > max) {
            problem("data.not_integer", where).with("value", j[key].dump());
            return fallback;
        }
        return j[key].get<int>();
    }

    const json* array(const json& j, const char* key) {
        if (!j.contains(key)) return nullptr;
        if (!j[key].is_array()) {
            problem("data.wrong_shape", key).with("expected", "lista");
            return nullptr;
        }
        return &j[key];
    }

private:
    domain::Findings& findings_;
};

std::optional<domain::Sex> sex_of(const std::string& raw, const std::string& country) {
    if (raw == "hombre" || raw == "masculino" || raw == "H" || (country == "PE" && raw == "M")) return domain::Sex::man;
    if (raw == "mujer" || raw == "femenino" || raw == "F" || (country != "PE" && raw == "M")) return domain::Sex::woman;
    return std::nullopt;
}

}  // namespace

InstitutionFileRead read_institution_file(std::string_view json_text, std::string_view file_name) {
    InstitutionFileRead result;
    // An institution file nests three levels; the same depth limit as contract data.
    if (auto deep = document::check_json_depth(json_text, file_name)) {
        result.findings.push_back(std::move(*deep));
        return result;
    }
    json j;
    try {
        j = json::parse(json_text.begin(), json_text.end());
    } catch (const json::parse_error& e) {
        result.findings.emplace_back("json.syntax", Severity::error, std::string(file_name));
        const std::size_t at = std::min(e.byte > 0 ? e.byte - 1 : 0, json_text.size());
        const auto before = json_text.substr(0, at);
        const auto line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
        const auto line_start = before.rfind('\n');
        result.findings.back()
            .with("line", std::to_string(line))
            .with("column", std::to_string(at - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1))
            .with("detail", e.what());
        return result;
    }
    if (!j.is_object()) {
        result.findings.emplace_back("json.not_object", Severity::error, std::string(file_name));
        return result;
    }
    Reader r(result.findings);
    domain::Institution inst;
    inst.code = r.text(j, "clave", "");
    inst.name = r.text(j, "nombre", "");
    inst.country = r.text(j, "pais", "");
    if (!inst.country.empty() && inst.country != "MX" && inst.country != "PE") {
        r.problem("data.bad_value", "pais").with("value", inst.country).with("accepted", "MX, PE");
    }
    const std::string profile = r.text(j, "perfil", "", false);
    inst.profile = profile.empty() ? (inst.country == "PE" ? domain::FormatProfile::es_PE : domain::FormatProfile::es_MX)
                                   : (profile == "es_PE" ? domain::FormatProfile::es_PE : domain::FormatProfile::es_MX);
    if (!profile.empty() && profile != "es_MX" && profile != "es_PE") {
        r.problem("data.bad_value", "perfil").with("value", profile).with("accepted", "es_MX, es_PE");
    }
    if (j.contains("version_publica") && j["version_publica"].is_object()) {
        const auto& vp = j["version_publica"];
        const std::string legend = r.text(vp, "leyenda", "version_publica", false);
        if (!legend.empty()) inst.public_legend = legend;
        inst.legal_basis = r.text(vp, "fundamento", "version_publica", false);
    }
    inst.notice_days = r.integer(j, "dias_aviso_terminacion", "", 30, 0, 365);
    if (j.contains("configuracion") && j["configuracion"].is_object()) {
        for (const auto& [key, value] : j["configuracion"].items()) {
            inst.settings[key] = value.is_string() ? value.get<std::string>() : value.dump();
        }
    }
    std::set<std::string> seen;
    if (const auto* units = r.array(j, "unidades")) {
        for (std::size_t i = 0; i < units->size(); ++i) {
            const std::string path = "unidades[" + std::to_string(i + 1) + "]";
            const auto& u = (*units)[i];
            domain::Unit unit{r.text(u, "clave", path), r.text(u, "nombre", path), r.text(u, "region", path, false),
                              r.text(u, "centro_costos", path, false)};
            if (!unit.code.empty() && !seen.insert("u:" + unit.code).second) {
                r.problem("data.duplicate", path + ".clave").with("value", unit.code);
            }
            inst.units.push_back(std::move(unit));
        }
    }
    if (const auto* accounts = r.array(j, "cuentas")) {
        for (std::size_t i = 0; i < accounts->size(); ++i) {
            const std::string path = "cuentas[" + std::to_string(i + 1) + "]";
            const auto& a = (*accounts)[i];
            domain::BudgetAccount account{r.text(a, "clave", path), r.text(a, "nombre", path, false),
                                          r.text(a, "unidad_informacion", path, false)};
            if (!account.code.empty() && !seen.insert("c:" + account.code).second) {
                r.problem("data.duplicate", path + ".clave").with("value", account.code);
            }
            inst.accounts.push_back(std::move(account));
        }
    }
    if (const auto* signatories = r.array(j, "firmantes")) {
        for (std::size_t i = 0; i < signatories->size(); ++i) {
            const std::string path = "firmantes[" + std::to_string(i + 1) + "]";
            const auto& f = (*signatories)[i];
            domain::Signatory s;
            s.code = r.text(f, "clave", path);
            s.name = r.text(f, "nombre", path);
            const std::string sex = r.text(f, "sexo", path);
            if (auto parsed = sex_of(sex, inst.country)) {
                s.sex = *parsed;
            } else if (!sex.empty()) {
                r.problem("data.bad_sex", path + ".sexo")
                    .with("value", sex)
                    .with("accepted", inst.country == "PE" ? "M, F, masculino, femenino" : "H, M, hombre, mujer");
            }
            s.title = r.text(f, "cargo", path);
            // Optional: what the signatory's certificate carries (matched when signing).
            for (const auto& [key, kind, target] : {std::tuple{"rfc", domain::IdentityKind::rfc, &s.rfc},
                                                    std::tuple{"dni", domain::IdentityKind::dni, &s.dni}}) {
                const std::string value = r.text(f, key, path, false);
                if (value.empty()) continue;
                auto checked = domain::validate_identity(kind, value);
                if (!checked.valid()) {
                    r.problem("data.bad_value", path + "." + key).with("value", value).with("accepted", key == std::string("rfc") ? "RFC" : "DNI");
                } else {
                    *target = checked.normalized;
                }
            }
            if (auto from = r.date(f, "vigente_desde", path, true)) s.valid_from = *from;
            s.valid_to = r.date(f, "vigente_hasta", path, false);
            if (s.valid_to && *s.valid_to < s.valid_from) {
                r.problem("term.end_before_start", path + ".vigente_hasta")
                    .with("start", s.valid_from.iso())
                    .with("end", s.valid_to->iso());
            }
            if (f.contains("roles") && f["roles"].is_array()) {
                for (const auto& role : f["roles"]) {
                    if (role.is_string() && !role.get<std::string>().empty()) s.roles.push_back(role.get<std::string>());
                }
            }
            if (s.roles.empty()) r.problem("data.missing", path + ".roles");
            if (f.contains("poder") && f["poder"].is_object()) {
                const auto& p = f["poder"];
                const std::string pp = path + ".poder";
                s.powers.deed_number = r.text(p, "escritura", pp, false);
                s.powers.deed_date = r.date(p, "fecha", pp, false);
                s.powers.notary = r.text(p, "notario", pp, false);
                s.powers.notary_number = r.text(p, "notaria", pp, false);
                s.powers.registry_folio = r.text(p, "folio_registro", pp, false);
                s.powers.registry_date = r.date(p, "fecha_registro", pp, false);
            }
            if (!s.code.empty() && !seen.insert("f:" + s.code).second) {
                r.problem("data.duplicate", path + ".clave").with("value", s.code);
            }
            inst.signatories.push_back(std::move(s));
        }
    }
    if (!domain::has_errors(result.findings)) result.institution = std::move(inst);
    return result;
}

std::string write_institution_file(const domain::Institution& inst) {
    json j;
    j["clave"] = inst.code;
    j["nombre"] = inst.name;
    j["pais"] = inst.country;
    j["perfil"] = inst.profile == domain::FormatProfile::es_PE ? "es_PE" : "es_MX";
    j["version_publica"] = {{"leyenda", inst.public_legend}, {"fundamento", inst.legal_basis}};
    j["dias_aviso_terminacion"] = inst.notice_days;
    j["configuracion"] = inst.settings;
    j["unidades"] = json::array();
    for (const auto& u : inst.units) {
        j["unidades"].push_back({{"clave", u.code}, {"nombre", u.name}, {"region", u.region}, {"centro_costos", u.cost_centre}});
    }
    j["cuentas"] = json::array();
    for (const auto& a : inst.accounts) {
        j["cuentas"].push_back({{"clave", a.code}, {"nombre", a.name}, {"unidad_informacion", a.information_unit}});
    }
    j["firmantes"] = json::array();
    for (const auto& s : inst.signatories) {
        json f = {{"clave", s.code},   {"nombre", s.name},  {"sexo", std::string(domain::sex_name(s.sex))},
                  {"cargo", s.title},  {"roles", s.roles},  {"vigente_desde", s.valid_from.iso()}};
        if (s.valid_to) f["vigente_hasta"] = s.valid_to->iso();
        if (!s.rfc.empty()) f["rfc"] = s.rfc;
        if (!s.dni.empty()) f["dni"] = s.dni;
        json p = {{"escritura", s.powers.deed_number}, {"notario", s.powers.notary},
                  {"notaria", s.powers.notary_number}, {"folio_registro", s.powers.registry_folio}};
        if (s.powers.deed_date) p["fecha"] = s.powers.deed_date->iso();
        if (s.powers.registry_date) p["fecha_registro"] = s.powers.registry_date->iso();
        f["poder"] = p;
        j["firmantes"].push_back(f);
    }
    return j.dump(2) + "\n";
}

}  // namespace pacta::presentation
