#include "pacta/presentation/institutions/institution_settings_screen.h"

#include "institution_form.h"
#include "pacta/locale/catalog.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using institution_form::find_institution;
using institution_form::storage_error;
using institution_form::trimmed;
using locale::fill;
using locale::tr;

}  // namespace

std::string timestamp_server(const d::Institution& institution) {
    const auto at = institution.settings.find(std::string(timestamp_server_setting));
    return at == institution.settings.end() ? std::string() : at->second;
}

void set_timestamp_server(d::Institution& institution, const std::string& url) {
    if (url.empty()) {
        institution.settings.erase(std::string(timestamp_server_setting));
    } else {
        institution.settings[std::string(timestamp_server_setting)] = url;
    }
}

const std::vector<std::pair<std::string, std::string>>& transparency_settings() {
    static const std::vector<std::pair<std::string, std::string>> fields = {
        {"url_versiones", std::string(public_versions_url_setting)},
        {"url_normatividad", std::string(rules_url_setting)},
        {"area_transparencia", std::string(responsible_area_setting)}};
    return fields;
}

std::string institution_setting(const d::Institution& institution, std::string_view key) {
    const auto at = institution.settings.find(std::string(key));
    return at == institution.settings.end() ? std::string() : at->second;
}

namespace {

void set_setting(d::Institution& institution, const std::string& key, const std::string& value) {
    if (value.empty()) {
        institution.settings.erase(key);
    } else {
        institution.settings[key] = value;
    }
}

bool is_web_address(const std::string& url) {
    const bool scheme = url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
    return scheme && url.size() <= 500 && url.find_first_of(" \t\r\n") == std::string::npos;
}

}  // namespace

const std::vector<std::string>& InstitutionSettingsViewModel::field_names() {
    static const std::vector<std::string> names = {"nombre",     "perfil",        "leyenda",          "fundamento",
                                                   "dias_aviso", "sello_tiempo",  "url_versiones",    "url_normatividad",
                                                   "area_transparencia"};
    return names;
}

InstitutionSettingsViewModel::InstitutionSettingsViewModel(const Session& session, d::InstitutionRepository& institutions,
                                                           const std::string& institution_code)
    : session_(session), institutions_(institutions),
      institution_(find_institution(session, institutions, institution_code)) {
    values_ = {{"nombre", institution_.name},
               {"perfil", institution_.profile == d::FormatProfile::es_PE ? "es_PE" : "es_MX"},
               {"leyenda", institution_.public_legend},
               {"fundamento", institution_.legal_basis},
               {"dias_aviso", std::to_string(institution_.notice_days)},
               {"sello_tiempo", timestamp_server(institution_)}};
    for (const auto& [field, key] : transparency_settings()) values_[field] = institution_setting(institution_, key);
    mark_saved();
}

void InstitutionSettingsViewModel::set(const std::string& field, const std::string& value) {
    values_[field] = value;
    check(field);
}

void InstitutionSettingsViewModel::check(const std::string& field) {
    errors_.erase(field);
    const std::string v = value(field);
    std::string problem;
    if (field == "nombre" && trimmed(v).empty()) {
        problem = tr("this field is required.");
    } else if (field == "perfil" && v != "es_MX" && v != "es_PE") {
        problem = tr("choose the formats of Mexico or of Peru.");
    } else if (field == "leyenda" && v.find("{etiqueta}") == std::string::npos) {
        problem = tr("the legend must contain {etiqueta}, where the kind of data removed is written.");
    } else if (field == "dias_aviso") {
        const bool digits = !v.empty() && v.size() <= 3 && v.find_first_not_of("0123456789") == std::string::npos;
        if (!digits) problem = tr("write a whole number of days between 0 and 365.");
        else if (std::stoi(v) > 365) problem = tr("write a whole number of days between 0 and 365.");
    } else if (field == "sello_tiempo" && !trimmed(v).empty()) {
        if (!is_web_address(trimmed(v))) {
            problem = tr("write the timestamp server's address as its authority gives it, starting with https:// or "
                         "http://, or leave it empty.");
        }
    } else if ((field == "url_versiones" || field == "url_normatividad") && !trimmed(v).empty()) {
        if (!is_web_address(trimmed(v))) {
            problem = tr("write the web address as the transparency portal shows it, starting with https:// or http://, "
                         "or leave it empty.");
        }
    }
    if (!problem.empty()) errors_[field] = problem;
}

std::vector<std::string> InstitutionSettingsViewModel::unit_lines() const {
    std::vector<std::string> out;
    for (const auto& u : institution_.units) {
        out.push_back(u.code + "  " + u.name + "  " +
                      fill(tr("({region}; cost centre {centre})"), {{"region", u.region}, {"centre", u.cost_centre}}));
    }
    return out;
}

bool InstitutionSettingsViewModel::editable() const {
    return session_.user().may(domain::Permission::manage_institutions);
}

bool InstitutionSettingsViewModel::save() {
    save_error_.clear();
    for (const auto& f : field_names()) check(f);
    if (has_errors()) {
        save_error_ = tr("correct the fields marked in red first.");
        return false;
    }
    try {
        // Today's record (a signatory may have changed since), with this form's settings, saved
        // over today's record with the settings as this form opened them: a signatory saved
        // meanwhile is kept, these settings saved meanwhile refuse the save.
        auto opened = find_institution(session_, institutions_, institution_.code);
        opened.name = institution_.name;
        opened.profile = institution_.profile;
        opened.public_legend = institution_.public_legend;
        opened.legal_basis = institution_.legal_basis;
        opened.notice_days = institution_.notice_days;
        set_timestamp_server(opened, timestamp_server(institution_));
        for (const auto& [field, key] : transparency_settings()) {
            set_setting(opened, key, institution_setting(institution_, key));
        }
        auto changed = opened;
        changed.name = trimmed(value("nombre"));
        changed.profile = value("perfil") == "es_PE" ? d::FormatProfile::es_PE : d::FormatProfile::es_MX;
        changed.public_legend = value("leyenda");
        changed.legal_basis = value("fundamento");
        changed.notice_days = std::stoi(value("dias_aviso"));
        set_timestamp_server(changed, trimmed(value("sello_tiempo")));
        for (const auto& [field, key] : transparency_settings()) set_setting(changed, key, trimmed(value(field)));
        InstitutionService(session_, institutions_).save_over(changed, opened);
        institution_ = find_institution(session_, institutions_, institution_.code);
        mark_saved();
        return true;
    } catch (const std::exception& e) {
        save_error_ = storage_error(e);
        return false;
    }
}

}  // namespace pacta::presentation
