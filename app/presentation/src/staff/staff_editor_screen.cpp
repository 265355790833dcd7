#include "pacta/presentation/staff/staff_editor_screen.h"

#include "pacta/domain/identity.h"
#include "pacta/domain/spanish_dates.h"
#include "pacta/domain/staff.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/common/display_date.h"
#include "pacta/presentation/staff/staff_service.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

const std::map<std::string, d::IdentityKind> identity_fields = {
    {"curp", d::IdentityKind::curp}, {"rfc", d::IdentityKind::rfc}, {"dni", d::IdentityKind::dni},
    {"ruc", d::IdentityKind::ruc},   {"clabe", d::IdentityKind::clabe}};

// The form's fields of a stored record, by the import's column names.
std::map<std::string, std::string> form_values(const d::StaffMember& m) {
    return {{"nombre", m.given_names},
            {"primer_apellido", m.first_surname},
            {"segundo_apellido", m.second_surname},
            {"sexo", std::string(d::sex_name(m.sex))},
            {"fecha_nacimiento", m.birth_date.iso()},
            {"nacionalidad", m.nationality},
            {"estado_civil", m.civil_status},
            {"curp", m.curp},
            {"rfc", m.rfc},
            {"dni", m.dni},
            {"ruc", m.ruc},
            {"domicilio", m.domicile},
            {"telefono", m.phone},
            {"correo", m.email},
            {"clabe", m.bank_account},
            {"profesion", m.profession},
            {"categoria", std::string(d::category_name(m.category))},
            {"regimen", std::string(d::regime_name(m.regime))},
            {"unidad", m.unit_code}};
}

}  // namespace

const std::vector<std::string>& StaffEditorViewModel::field_names() {
    static const std::vector<std::string> names = {
        "nombre", "primer_apellido", "segundo_apellido", "sexo", "fecha_nacimiento", "nacionalidad", "estado_civil",
        "curp", "rfc", "dni", "ruc", "domicilio", "telefono", "correo", "clabe", "profesion", "categoria", "regimen",
        "unidad"};
    return names;
}

StaffEditorViewModel::StaffEditorViewModel(const Session& session, d::StaffRepository& staff, std::string institution_code,
                                           d::Date today, std::optional<d::StaffMember> existing)
    : session_(session), staff_(staff), institution_code_(std::move(institution_code)), today_(today) {
    values_["sexo"] = "mujer";
    values_["categoria"] = "administrativo";
    values_["regimen"] = "honorarios";
    if (existing) {
        editing_ = true;
        const auto& m = *existing;
        values_ = form_values(m);
        started_from_ = values_;
        opened_key_ = m.key();
        opened_version_ = staff_.version(opened_key_);
    }
    mark_saved();
}

void StaffEditorViewModel::set(const std::string& field, const std::string& value) {
    values_[field] = value;
    check(field);
}

void StaffEditorViewModel::check(const std::string& field) {
    errors_.erase(field);
    const std::string v = value(field);
    if (const auto kind = identity_fields.find(field); kind != identity_fields.end()) {
        if (v.empty()) return;
        for (const auto& f : d::validate_identity(kind->second, v).findings) {
            if (f.severity == d::Severity::error) {
                errors_[field] = locale::describe(f);
                break;
            }
        }
        if ((field == "curp" || field == "dni") && !editing_ && !errors_.contains(field)) {
            duplicate_ = staff_.find(v) ? fill(tr("«{key}» is already recorded; open that person instead of adding "
                                                  "them again."),
                                               {{"key", v}})
                                        : std::string();
        }
        return;
    }
    if (field == "fecha_nacimiento") {
        const auto parsed = d::parse_iso_date(v, "fecha_nacimiento");
        if (!parsed.value) {
            // The form's date picker shows dd/mm/aaaa: the message speaks of that, not of the
            // ISO text it hands over.
            errors_[field] = v.empty() ? tr("choose the birth date.") : tr("choose a date that exists (dd/mm/yyyy).");
        } else if (*parsed.value > today_) {
            errors_[field] = tr("the birth date is in the future.");
        }
        return;
    }
    if ((field == "nombre" || field == "primer_apellido") && v.find_first_not_of(' ') == std::string::npos) {
        errors_[field] = tr("this field is required.");
    }
}

std::string StaffEditorViewModel::age_text() const {
    const auto birth = d::parse_iso_date(value("fecha_nacimiento")).value;
    if (!birth || *birth > today_) return {};
    return fill(tr("Age: {years} years"), {{"years", std::to_string(d::age_at(*birth, today_))}});
}

bool StaffEditorViewModel::save() {
    save_error_.clear();
    for (const auto& f : field_names()) check(f);
    if (value("curp").empty() && value("dni").empty()) {
        errors_["curp"] = tr("write the person's CURP (Mexico) or DNI (Peru).");
    }
    if (has_errors()) {
        save_error_ = tr("correct the fields marked in red first.");
        return false;
    }
    d::StaffMember m;
    m.given_names = value("nombre");
    m.first_surname = value("primer_apellido");
    m.second_surname = value("segundo_apellido");
    m.sex = d::sex_from_name(value("sexo")).value_or(d::Sex::woman);
    m.birth_date = *d::parse_iso_date(value("fecha_nacimiento")).value;
    m.nationality = value("nacionalidad");
    m.civil_status = value("estado_civil");
    m.curp = value("curp");
    m.rfc = value("rfc");
    m.dni = value("dni");
    m.ruc = value("ruc");
    m.domicile = value("domicilio");
    m.phone = value("telefono");
    m.email = value("correo");
    m.bank_account = value("clabe");
    m.profession = value("profesion");
    m.category = d::category_from_name(value("categoria")).value_or(d::Category::administrativo);
    m.regime = d::regime_from_name(value("regimen")).value_or(d::Regime::honorarios);
    m.unit_code = value("unidad");
    // The CURP must agree with the birth date and sex, as in an import.
    for (const auto& f : d::check_staff_consistency(m, "persona")) {
        if (f.severity == d::Severity::error) {
            errors_["curp"] = locale::describe(f);
            save_error_ = tr("correct the fields marked in red first.");
            return false;
        }
    }
    // Over the record as it was opened only: what another desk saved meanwhile is kept (the
    // store checks the version inside the write's transaction).
    d::ImportSource over;
    if (editing_ && !opened_key_.empty()) {
        over.opened_key = opened_key_;
        over.opened_version = opened_version_;
    }
    try {
        StaffService(session_, staff_).import({m}, institution_code_, editing_, {}, over);
        editing_ = true;
        started_from_ = values_;
        opened_key_ = m.key();
        opened_version_ = staff_.version(opened_key_);
        mark_saved();
        return true;
    } catch (const d::StaleStaffRecord& e) {
        const std::string when = display_timestamp(e.at());
        const auto space = when.find(' ');
        save_error_ = fill(tr("{who} saved this person's record on {date} at {time} while you were editing it; nothing "
                              "was written over their change. Close it and open it again to see it, then make your "
                              "change there."),
                           {{"who", e.who()}, {"date", when.substr(0, space)},
                            {"time", space == std::string::npos ? std::string() : when.substr(space + 1, 5)}});
    } catch (const ServiceError& e) {
        save_error_ = e.what();
    } catch (const std::exception& e) {
        save_error_ = fill(tr("the person could not be saved: {detail}"), {{"detail", e.what()}});
    }
    return false;
}

}  // namespace pacta::presentation
