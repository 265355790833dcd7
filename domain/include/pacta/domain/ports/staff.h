#pragma once
// Storage port: the staff records.

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/progress.h"
#include "pacta/domain/staff.h"

namespace pacta::domain {

struct StaffImportResult {
    std::size_t created = 0;
    std::size_t updated = 0;
};

// Guarantees: an import is one transaction, with one audit row per person (values before
// and after); a key (CURP, DNI or foreign card) is unique; search ignores accents and case.
class StaffRepository {
public:
    virtual ~StaffRepository() = default;
    // Either every record is stored or none. A record whose key exists is updated when
    // `update_existing`, else refused. `progress` (optional) hears of every stored record and
    // may cancel the whole import (domain::Cancelled, nothing stored).
    virtual StaffImportResult import(const std::vector<StaffMember>& staff, const std::string& institution_code,
                                     bool update_existing, const std::string& actor,
                                     const ProgressReport& progress = {}) = 0;
    // Of `keys`, those already stored.
    [[nodiscard]] virtual std::vector<std::string> existing_keys(const std::vector<std::string>& keys) = 0;
    [[nodiscard]] virtual std::optional<StaffMember> find(const std::string& key) = 0;
    // By name, identity-number prefix or unit.
    [[nodiscard]] virtual std::vector<StaffMember> search(const std::string& text, std::size_t limit) = 0;
    [[nodiscard]] virtual std::vector<StaffMember> all() = 0;
};

}  // namespace pacta::domain
