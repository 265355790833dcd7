#pragma once
// Staff records on behalf of a user: each operation checks the user's permission and
// institutions first and audits what the law asks to be audited: views of a person's whole
// record and exports of personal data.

#include <map>
#include <string>
#include <vector>

#include "pacta/domain/ports/staff.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

// A person as a user without the view_personal_data permission may see them: the CURP, DNI or
// card masked but for its first four and last two characters ("GOPL************05"); RFC, RUC,
// address, phone, e-mail, bank account and civil status blank.
[[nodiscard]] domain::StaffMember without_personal_data(domain::StaffMember member);

// Every read, export and write of people is limited to the institutions the user covers: a
// search and an export leave the others out; viewing or importing one of them is refused.
class StaffService {
public:
    StaffService(const Session& session, domain::StaffRepository& repository)
        : session_(session), repository_(repository) {}
    domain::StaffImportResult import(const std::vector<domain::StaffMember>& staff, const std::string& institution_code,
                                     bool update_existing, const domain::ProgressReport& progress = {},
                                     const domain::ImportSource& source = {});
    [[nodiscard]] std::vector<std::string> existing_keys(const std::vector<std::string>& keys);
    // People whose name, identity number or unit match: one audit row per search. A user who
    // may not see personal data (a legal reviewer) gets the names, units and regimes, the
    // identity numbers masked and the rest blank.
    [[nodiscard]] std::vector<domain::StaffMember> search(const std::string& text, std::size_t limit);
    // The whole record, identity and bank account included: audited. Throws ServiceError
    // when nobody has that key.
    [[nodiscard]] domain::StaffMember view(const std::string& key);
    // One person's record for a screen: the whole record, audited, for a user who may see
    // personal data; masked otherwise. Refused (and audited) for another institution's person.
    [[nodiscard]] domain::StaffMember open(const std::string& key);
    // The record of a person the user may draft a contract for (their institution's); not
    // audited as a view: the contract drafted with it is. Throws ServiceError when unknown.
    [[nodiscard]] domain::StaffMember for_contract(const std::string& key);
    // Everyone, for an export to `destination`: audited with the number of people.
    [[nodiscard]] std::vector<domain::StaffMember> export_all(const std::string& destination);

private:
    // AccessDenied, audited, at the first person of an institution the user does not cover.
    void require_covered(const std::map<std::string, std::string>& institutions, const std::string& action,
                         const std::string& target) const;
    // Those of `people` in the institutions the user covers (all of them for an unlimited user).
    [[nodiscard]] std::vector<domain::StaffMember> only_covered(std::vector<domain::StaffMember> people);

    const Session& session_;
    domain::StaffRepository& repository_;
};

// The warning an import prints when its update moved people from other institutions into
// the import's institution (empty when it moved nobody).
[[nodiscard]] std::string moved_people_text(const domain::StaffImportResult& result);

}  // namespace pacta::presentation
