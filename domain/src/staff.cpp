#include "pacta/domain/staff.h"

#include "pacta/domain/clean_text.h"
#include "pacta/domain/identity.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain {

std::string_view category_name(Category c) { return c == Category::asistencial ? "asistencial" : "administrativo"; }

std::optional<Category> category_from_name(std::string_view name) {
    const std::string n = to_lower_es(name);
    if (n == "asistencial") return Category::asistencial;
    if (n == "administrativo" || n == "administrativa") return Category::administrativo;
    return std::nullopt;
}

std::string_view regime_name(Regime r) {
    switch (r) {
        case Regime::honorarios: return "honorarios";
        case Regime::cas: return "cas";
        case Regime::locacion: return "locacion";
        case Regime::planilla: return "planilla";
    }
    return "honorarios";
}

std::optional<Regime> regime_from_name(std::string_view name) {
    const std::string n = to_lower_es(name);
    if (n == "honorarios" || n == "honorarios asimilados a salarios" || n == "asimilados") return Regime::honorarios;
    if (n == "cas" || n == "contrato administrativo de servicios") return Regime::cas;
    if (n == "locacion" || n == "locación" || n == "locacion de servicios" || n == "locación de servicios") {
        return Regime::locacion;
    }
    if (n == "planilla") return Regime::planilla;
    return std::nullopt;
}

std::string StaffMember::full_name() const {
    std::string out = given_names + " " + first_surname;
    if (!second_surname.empty()) out += " " + second_surname;
    return out;
}

std::string StaffMember::key() const {
    if (!curp.empty()) return curp;
    if (!dni.empty()) return dni;
    return foreign_card;
}

Findings check_staff_consistency(const StaffMember& s, std::string_view where) {
    Findings out;
    auto add = [&](const char* code, const std::string& field) -> Finding& {
        out.emplace_back(code, Severity::error, std::string(where) + field);
        out.back().with("field_label", std::string(where) + field);
        return out.back();
    };
    const std::pair<const char*, const std::string*> texts[] = {
        {"nombre", &s.given_names},       {"primer_apellido", &s.first_surname}, {"segundo_apellido", &s.second_surname},
        {"nacionalidad", &s.nationality}, {"estado_civil", &s.civil_status},     {"curp", &s.curp},
        {"rfc", &s.rfc},                  {"dni", &s.dni},                       {"carne_extranjeria", &s.foreign_card},
        {"ruc", &s.ruc},                  {"domicilio", &s.domicile},            {"telefono", &s.phone},
        {"correo", &s.email},             {"clabe", &s.bank_account},            {"profesion", &s.profession},
        {"unidad", &s.unit_code}};
    for (const auto& [field, text] : texts) {
        if (const auto bad = find_disallowed_character(*text)) {
            out.push_back(disallowed_character_finding(std::string(where) + field, *bad));
        }
    }
    if (s.curp.size() == 18) {
        // CURP positions 5-10 are the birth date (YYMMDD), 11 the sex.
        const std::string iso = s.birth_date.iso();
        const std::string yymmdd = iso.substr(2, 2) + iso.substr(5, 2) + iso.substr(8, 2);
        if (s.curp.substr(4, 6) != yymmdd) {
            add("staff.curp_birth_date", "curp").with("curp", s.curp.substr(4, 6)).with("birth", iso);
        }
        const char expected = s.sex == Sex::woman ? 'M' : 'H';
        if (s.curp[10] != expected) {
            add("staff.curp_sex", "curp").with("letter", std::string(1, s.curp[10])).with("sex", std::string(sex_name(s.sex)));
        }
    }
    if (!s.bank_account.empty()) {
        if (s.bank_account.size() == 18) {
            for (auto f : validate_clabe(s.bank_account).findings) {
                f.field = std::string(where) + "clabe";
                f.with("field_label", f.field);
                out.push_back(std::move(f));
            }
        } else if (s.bank_account.size() != 20 ||
                   s.bank_account.find_first_not_of("0123456789") != std::string::npos) {
            add("staff.bank_account", "clabe").with("value", s.bank_account);
        }
    }
    return out;
}

}  // namespace pacta::domain
