#pragma once
// Storage port: institutions, their units, budget accounts and signatories.

#include <optional>
#include <stdexcept>
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

// Someone else saved the institution after an editor read it: nothing was written, and their
// change stays. Names who saved last and when (UTC, ISO 8601), from the audit trail.
class StaleInstitution : public std::runtime_error {
public:
    StaleInstitution(const std::string& code, std::string who, std::string at)
        : std::runtime_error("institution " + code + " was saved by " + who + " at " + at + " meanwhile"),
          code_(code),
          who_(std::move(who)),
          at_(std::move(at)) {}
    [[nodiscard]] const std::string& code() const noexcept { return code_; }
    [[nodiscard]] const std::string& who() const noexcept { return who_; }
    [[nodiscard]] const std::string& at() const noexcept { return at_; }

private:
    std::string code_;
    std::string who_;
    std::string at_;
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
    // The same, over the institution as an editor read it (find()): when the stored one is no
    // longer `opened`, compared inside the same transaction, nothing is written
    // (StaleInstitution).
    virtual void save_over(const Institution& changed, const Institution& opened, const std::string& actor) = 0;
    [[nodiscard]] virtual std::optional<Institution> find(const std::string& code) = 0;
    [[nodiscard]] virtual std::vector<InstitutionSummary> list() = 0;
    // Every institution's when `institution_code` is empty.
    [[nodiscard]] virtual std::vector<SignatorySummary> signatories(const std::string& institution_code) = 0;
};

}  // namespace pacta::domain
