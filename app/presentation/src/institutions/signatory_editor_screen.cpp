#include "pacta/presentation/institutions/signatory_editor_screen.h"

#include <algorithm>
#include <sstream>

#include "pacta/domain/finding.h"
#include "pacta/domain/identity.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/institutions/institution_service.h"
#include "institution_form.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;
using institution_form::find_institution;
using institution_form::storage_error;
using institution_form::trimmed;

std::string date_text(const std::optional<d::Date>& date) { return date ? date->iso() : std::string(); }

std::optional<d::Date> date_value(const std::string& text) {
    return text.empty() ? std::nullopt : d::parse_iso_date(text).value;
}

std::vector<std::string> split_roles(const std::string& text) {
    std::vector<std::string> roles;
    std::stringstream in(text);
    for (std::string role; std::getline(in, role, ',');) {
        role = trimmed(role);
        if (!role.empty() && std::ranges::find(roles, role) == roles.end()) roles.push_back(role);
    }
    return roles;
}

// "2024-01-15" or empty when optional; the message for anything else.
std::string date_error(const std::string& text, bool required) {
    if (text.empty()) return required ? tr("this field is required.") : std::string();
    const auto parsed = d::parse_iso_date(text);
    if (parsed.value) return {};
    // The form's date picker shows dd/mm/aaaa: the message speaks of that.
    return tr("choose a date that exists (dd/mm/yyyy).");
}

}  // namespace

const std::vector<std::string>& SignatoryEditorViewModel::field_names() {
    static const std::vector<std::string> names = {"codigo",  "nombre",  "sexo",           "cargo",  "identidad",  "escritura",
                                                   "fecha_escritura", "notario", "notaria", "folio_registro",
                                                   "fecha_registro",  "vigente_desde", "vigente_hasta", "roles"};
    return names;
}

const std::vector<std::string>& SignatoryEditorViewModel::known_roles() {
    static const std::vector<std::string> roles = {"representante", "supervisor", "juridico", "personal"};
    return roles;
}

SignatoryEditorViewModel::SignatoryEditorViewModel(const Session& session, d::InstitutionRepository& institutions,
                                                   std::string institution_code, const std::string& existing_code)
    : session_(session), institutions_(institutions), institution_code_(std::move(institution_code)),
      original_code_(existing_code) {
    const auto institution = find_institution(session_, institutions_, institution_code_);
    values_ = {{"sexo", "mujer"}};
    for (const auto& s : institution.signatories) {
        if (s.code != existing_code) {
            other_codes_.push_back(s.code);
            continue;
        }
        opened_ = s;
        std::string roles;
        for (const auto& r : s.roles) roles += (roles.empty() ? "" : ", ") + r;
        values_ = {{"codigo", s.code},
                   {"nombre", s.name},
                   {"sexo", std::string(d::sex_name(s.sex))},
                   {"cargo", s.title},
                   {"identidad", !s.rfc.empty() ? s.rfc : s.dni},
                   {"escritura", s.powers.deed_number},
                   {"fecha_escritura", date_text(s.powers.deed_date)},
                   {"notario", s.powers.notary},
                   {"notaria", s.powers.notary_number},
                   {"folio_registro", s.powers.registry_folio},
                   {"fecha_registro", date_text(s.powers.registry_date)},
                   {"vigente_desde", s.valid_from.iso()},
                   {"vigente_hasta", date_text(s.valid_to)},
                   {"roles", roles}};
    }
    if (editing() && values_.size() == 1) {
        throw ServiceError(fill(tr("the signatory «{code}» is not on record."), {{"code", existing_code}}));
    }
    mark_saved();
}

void SignatoryEditorViewModel::set(const std::string& field, const std::string& value) {
    values_[field] = value;
    check(field);
    // The end of the powers is checked against their start.
    if (field == "vigente_desde") check("vigente_hasta");
}

void SignatoryEditorViewModel::check(const std::string& field) {
    errors_.erase(field);
    const std::string v = value(field);
    std::string problem;
    if (field == "codigo") {
        if (trimmed(v).empty()) {
            problem = tr("this field is required.");
        } else if (v.find_first_of(" \t") != std::string::npos) {
            problem = tr("the code is a key without spaces, such as «representante-2024».");
        } else if (std::ranges::find(other_codes_, v) != other_codes_.end()) {
            problem = fill(tr("another signatory already has the code «{code}»."), {{"code", v}});
        }
    } else if (field == "nombre" || field == "cargo") {
        if (trimmed(v).empty()) problem = tr("this field is required.");
    } else if (field == "identidad" && !trimmed(v).empty()) {
        const bool digits = trimmed(v).find_first_not_of("0123456789") == std::string::npos;
        if (!(digits ? d::validate_dni(trimmed(v)) : d::validate_rfc(trimmed(v))).valid()) {
            problem = tr("write the RFC (Mexico) or the DNI (Peru) as the signatory's certificate carries it, or leave "
                         "it empty.");
        }
    } else if (field == "sexo") {
        if (!d::sex_from_name(v)) problem = tr("choose «hombre» or «mujer».");
    } else if (field == "fecha_escritura" || field == "fecha_registro") {
        problem = date_error(v, false);
    } else if (field == "vigente_desde") {
        problem = date_error(v, true);
    } else if (field == "vigente_hasta") {
        problem = date_error(v, false);
        const auto from = date_value(value("vigente_desde"));
        const auto to = date_value(v);
        if (problem.empty() && from && to && *to < *from) {
            problem = tr("the powers end before they start; check both dates.");
        }
    } else if (field == "roles") {
        if (split_roles(v).empty()) {
            problem = tr("choose at least one role (representante, supervisor, juridico, personal...).");
        }
    }
    if (!problem.empty()) errors_[field] = problem;
}

bool SignatoryEditorViewModel::save() {
    save_error_.clear();
    for (const auto& f : field_names()) check(f);
    if (has_errors()) {
        save_error_ = tr("correct the fields marked in red first.");
        return false;
    }
    d::Signatory s;
    s.code = trimmed(value("codigo"));
    s.name = trimmed(value("nombre"));
    s.sex = *d::sex_from_name(value("sexo"));
    s.title = trimmed(value("cargo"));
    if (const std::string id = trimmed(value("identidad")); !id.empty()) {
        if (id.find_first_not_of("0123456789") == std::string::npos) {
            s.dni = d::validate_dni(id).normalized;
        } else {
            s.rfc = d::validate_rfc(id).normalized;
        }
    }
    s.powers.deed_number = value("escritura");
    s.powers.deed_date = date_value(value("fecha_escritura"));
    s.powers.notary = value("notario");
    s.powers.notary_number = value("notaria");
    s.powers.registry_folio = value("folio_registro");
    s.powers.registry_date = date_value(value("fecha_registro"));
    s.valid_from = *date_value(value("vigente_desde"));
    s.valid_to = date_value(value("vigente_hasta"));
    s.roles = split_roles(value("roles"));
    try {
        const auto opened = as_opened();
        auto institution = opened;
        auto& list = institution.signatories;
        const auto it = std::ranges::find_if(list, [&](const d::Signatory& x) { return x.code == original_code_; });
        if (editing() && it != list.end()) {
            *it = s;
        } else {
            list.push_back(s);
        }
        store(institution, opened);
        // What is stored now is what a next save goes over.
        for (const auto& stored : find_institution(session_, institutions_, institution_code_).signatories) {
            if (stored.code == s.code) opened_ = stored;
        }
        original_code_ = s.code;
        mark_saved();
        return true;
    } catch (const std::exception& e) {
        save_error_ = storage_error(e);
        return false;
    }
}

bool SignatoryEditorViewModel::remove() {
    save_error_.clear();
    if (!editing()) return false;
    try {
        const auto opened = as_opened();
        auto institution = opened;
        std::erase_if(institution.signatories, [&](const d::Signatory& x) { return x.code == original_code_; });
        store(institution, opened);
        return true;
    } catch (const std::exception& e) {
        save_error_ = storage_error(e);
        return false;
    }
}

d::Institution SignatoryEditorViewModel::as_opened() const {
    auto institution = find_institution(session_, institutions_, institution_code_);
    auto& list = institution.signatories;
    const auto it = std::ranges::find_if(list, [&](const d::Signatory& x) { return x.code == original_code_; });
    if (opened_ && it != list.end()) {
        *it = *opened_;
    } else if (opened_) {
        list.push_back(*opened_);  // removed meanwhile: the save is refused, naming who
    }
    return institution;
}

void SignatoryEditorViewModel::store(const d::Institution& changed, const d::Institution& opened) {
    InstitutionService(session_, institutions_).save_over(changed, opened);
}

}  // namespace pacta::presentation
