#include "pacta/presentation/staff/staff_service.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "pacta/locale/catalog.h"

namespace pacta::presentation {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

d::StaffMember without_personal_data(d::StaffMember member) {
    // Enough of the key to tell two people apart on screen, not enough to use it.
    const auto mask = [](std::string& id) {
        for (std::size_t i = 4; i + 2 < id.size(); ++i) id[i] = '*';
    };
    mask(member.curp);
    mask(member.dni);
    mask(member.foreign_card);
    for (auto* field : {&member.rfc, &member.ruc, &member.domicile, &member.phone, &member.email,
                        &member.bank_account, &member.civil_status}) {
        field->clear();
    }
    return member;
}

void StaffService::require_covered(const std::map<std::string, std::string>& institutions, const std::string& action,
                                   const std::string& target) const {
    for (const auto& [key, code] : institutions) {
        if (session_.user().covers(code)) continue;
        session_.deny(action, target,
                      fill(tr("{user} does not work for the institution {institution} of the person {key}; nothing was "
                              "done. An administrator can add the institution to the account."),
                           {{"user", session_.actor()}, {"institution", code.empty() ? "?" : code}, {"key", key}}),
                      {});
    }
}

std::vector<d::StaffMember> StaffService::only_covered(std::vector<d::StaffMember> people) {
    if (session_.user().institutions.empty()) return people;
    std::vector<std::string> keys;
    keys.reserve(people.size());
    for (const auto& m : people) keys.push_back(m.key());
    const auto institutions = repository_.institutions_of(keys);
    std::erase_if(people, [&](const d::StaffMember& m) {
        const auto it = institutions.find(m.key());
        return it == institutions.end() || !session_.user().covers(it->second);
    });
    return people;
}

d::StaffImportResult StaffService::import(const std::vector<d::StaffMember>& staff, const std::string& institution_code,
                                          bool update_existing, const d::ProgressReport& progress,
                                          const d::ImportSource& source) {
    session_.require(d::Permission::import_staff, "personal importar", institution_code);
    // A person already recorded in an institution the user does not cover is not theirs to
    // change or move, whatever institution the file is imported into. An update that moves
    // people between institutions the user covers is allowed, and said.
    std::map<std::string, std::string> recorded_in;
    if (!session_.user().institutions.empty() || update_existing) {
        std::vector<std::string> keys;
        keys.reserve(staff.size());
        for (const auto& m : staff) keys.push_back(m.key());
        recorded_in = repository_.institutions_of(keys);
    }
    if (!session_.user().institutions.empty()) require_covered(recorded_in, "importar_personal", "personal importar");
    auto result = repository_.import(staff, institution_code, update_existing, session_.actor(), progress, source);
    if (update_existing) {
        for (const auto& [key, code] : recorded_in) {
            if (!code.empty() && code != institution_code) result.moved.emplace_back(key, code);
        }
        result.moved_to = institution_code;
    }
    return result;
}

std::string moved_people_text(const d::StaffImportResult& result) {
    if (result.moved.empty()) return {};
    std::string names;
    const std::size_t shown = std::min<std::size_t>(result.moved.size(), 10);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0) names += ", ";
        names += fill(tr("{key} (from {institution})"),
                      {{"key", result.moved[i].first}, {"institution", result.moved[i].second}});
    }
    if (shown < result.moved.size()) names += ", …";
    return fill(locale::trn("Warning: {count} person moved from another institution to {institution}: {people}.",
                             "Warning: {count} people moved from another institution to {institution}: {people}.",
                             static_cast<long>(result.moved.size())),
                {{"count", std::to_string(result.moved.size())}, {"institution", result.moved_to}, {"people", names}});
}

std::vector<std::string> StaffService::existing_keys(const std::vector<std::string>& keys) {
    session_.require(d::Permission::import_staff, "personal importar");
    return repository_.existing_keys(keys);
}

std::vector<d::StaffMember> StaffService::search(const std::string& text, std::size_t limit) {
    session_.require(d::Permission::read_records, "personal buscar");
    auto found = only_covered(repository_.search(text, limit));
    const bool identity = session_.user().may(d::Permission::view_personal_data);
    if (!identity) {
        for (auto& m : found) m = without_personal_data(std::move(m));
    }
    // One row per search, not per person shown, so a search stays fast.
    session_.record_access("consultar", "busqueda_personal", text,
                           nlohmann::json{{"resultados", found.size()},
                                          {"datos", identity ? "identidad" : "identidad_enmascarada"}}
                               .dump());
    return found;
}

d::StaffMember StaffService::view(const std::string& key) {
    session_.require(d::Permission::view_personal_data, "persona " + key);
    if (!session_.user().institutions.empty()) {
        require_covered(repository_.institutions_of({key}), "ver_datos_personales", "persona " + key);
    }
    auto found = repository_.find(key);
    if (!found) {
        throw ServiceError(fill(tr("nobody is recorded with «{key}»; search for the person by name, CURP or DNI."),
                                {{"key", key}}));
    }
    session_.record_access("consultar", "persona", found->key(), R"({"datos":"identidad_y_cuenta"})");
    return *found;
}

d::StaffMember StaffService::open(const std::string& key) {
    if (session_.user().may(d::Permission::view_personal_data)) return view(key);
    session_.require(d::Permission::read_records, "persona " + key);
    if (!session_.user().institutions.empty()) {
        require_covered(repository_.institutions_of({key}), "ver_persona", "persona " + key);
    }
    auto found = repository_.find(key);
    if (!found) {
        throw ServiceError(fill(tr("nobody is recorded with «{key}»; search for the person by name, CURP or DNI."),
                                {{"key", key}}));
    }
    return without_personal_data(std::move(*found));
}

d::StaffMember StaffService::for_contract(const std::string& key) {
    session_.require(d::Permission::draft_contracts, "persona " + key);
    if (!session_.user().institutions.empty()) {
        require_covered(repository_.institutions_of({key}), "redactar_contrato", "persona " + key);
    }
    auto found = repository_.find(key);
    if (!found) {
        throw ServiceError(fill(tr("nobody is recorded with «{key}»; search for the person by name, CURP or DNI."),
                                {{"key", key}}));
    }
    return *found;
}

std::vector<d::StaffMember> StaffService::export_all(const std::string& destination) {
    session_.require(d::Permission::export_personal_data, "personal exportar " + destination);
    auto staff = only_covered(repository_.all());
    session_.record_access("exportar", "personal", destination,
                           nlohmann::json{{"personas", staff.size()}, {"archivo", destination}}.dump());
    return staff;
}

}  // namespace pacta::presentation
