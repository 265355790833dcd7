#pragma once
// Storage port: institutions, their units, budget accounts and signatories.

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/institution.h"

namespace pacta::domain {

struct InstitutionSummary {
    std::string code;
    std::string name;
    std::string country;
    std::size_t units = 0;
    std::size_t signatories = 0;
};

struct SignatorySummary {
    std::string institution;
    Signatory signatory;
};

// Guarantees: save() is one transaction with its audit row (before and after). Signatories
// are kept by code: a saved one is updated in place, and dropping one that a contract names
// is refused with RuleError("institution.signatory_in_use"), nothing changed.
class InstitutionRepository {
public:
    virtual ~InstitutionRepository() = default;
    // Creates the institution, or replaces every part of it when its code exists.
    // Returns true when it was created.
    virtual bool save(const Institution& institution, const std::string& actor) = 0;
    [[nodiscard]] virtual std::optional<Institution> find(const std::string& code) = 0;
    [[nodiscard]] virtual std::vector<InstitutionSummary> list() = 0;
    // Every institution's when `institution_code` is empty.
    [[nodiscard]] virtual std::vector<SignatorySummary> signatories(const std::string& institution_code) = 0;
};

}  // namespace pacta::domain
