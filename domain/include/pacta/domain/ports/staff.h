#pragma once
// Storage port: the staff records.

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "pacta/domain/progress.h"
#include "pacta/domain/staff.h"

namespace pacta::domain {

struct StaffImportResult {
    std::size_t created = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;  // already recorded with the same values: nothing written
    // People an update moved from another institution: each key and the institution it left.
    std::vector<std::pair<std::string, std::string>> moved;
    std::string moved_to;  // the institution they moved to (the import's)
};

// How many active people have one regime and category.
struct StaffCount {
    Regime regime = Regime::honorarios;
    Category category = Category::asistencial;
    std::size_t count = 0;
};

// The file an import came from, named in its audit row.
struct ImportSource {
    std::string file_name;  // empty: records entered one by one (the desktop's editor)
    std::string sha256;
    // The editor's one person, saved over the record as it was opened: its key then and its
    // version (StaffRepository::version). When the version moved on, nothing is written
    // (StaleStaffRecord).
    std::string opened_key;
    std::optional<std::int64_t> opened_version;
};

// Someone else saved the person after the editor opened them: nothing was written, and their
// change stays. Names who saved last and when (UTC, ISO 8601), from the audit trail.
class StaleStaffRecord : public std::runtime_error {
public:
    StaleStaffRecord(const std::string& key, std::string who, std::string at)
        : std::runtime_error("staff member " + key + " was saved by " + who + " at " + at + " meanwhile"),
          key_(key),
          who_(std::move(who)),
          at_(std::move(at)) {}
    [[nodiscard]] const std::string& key() const noexcept { return key_; }
    [[nodiscard]] const std::string& who() const noexcept { return who_; }
    [[nodiscard]] const std::string& at() const noexcept { return at_; }

private:
    std::string key_;
    std::string who_;
    std::string at_;
};

// A window of the staff list: filtered and sorted by the store, so a screen reads only the
// rows it shows.
struct StaffQuery {
    std::string text;                   // words of the name, an identity-number prefix or the unit
    std::string unit_code;              // of one unit (every one when empty)
    std::optional<Regime> regime;
    std::optional<Category> category;
    std::vector<std::string> institutions;  // only these institutions' people (everyone when empty)
    bool descending = false;            // by surnames and names
};

// Guarantees: an import is one transaction. From a file, it is audited as one event (the
// file's name and SHA-256, the counts, the keys created) plus one row per person whose
// record changed, with the changed fields before and after; people whose record is the same
// write nothing. Records entered one by one get a row each. A key (CURP, DNI or foreign
// card) is unique; search ignores accents and case.
class StaffRepository {
public:
    virtual ~StaffRepository() = default;
    // Either every record is stored or none. A record whose key exists is updated when
    // `update_existing`, else refused. `progress` (optional) hears of every stored record and
    // may cancel the whole import (domain::Cancelled, nothing stored).
    virtual StaffImportResult import(const std::vector<StaffMember>& staff, const std::string& institution_code,
                                     bool update_existing, const std::string& actor, const ProgressReport& progress = {},
                                     const ImportSource& source = {}) = 0;
    // Of `keys`, those already stored.
    [[nodiscard]] virtual std::vector<std::string> existing_keys(const std::vector<std::string>& keys) = 0;
    // The institution each recorded person of `keys` belongs to (its code; empty for a record
    // without one). People not recorded are left out. One query for all the keys.
    [[nodiscard]] virtual std::map<std::string, std::string> institutions_of(const std::vector<std::string>& keys) = 0;
    [[nodiscard]] virtual std::optional<StaffMember> find(const std::string& key) = 0;
    // The person's version: the number of the last audit row that names them (0 when none
    // does, as for someone imported and never changed since). Every change writes such a row.
    [[nodiscard]] virtual std::int64_t version(const std::string& key) = 0;
    // By name, identity-number prefix or unit.
    [[nodiscard]] virtual std::vector<StaffMember> search(const std::string& text, std::size_t limit) = 0;
    // Everyone, by surnames (exports and reports).
    [[nodiscard]] virtual std::vector<StaffMember> all() = 0;
    // The rows offset..offset+limit of the query's list, by surnames and names.
    [[nodiscard]] virtual std::vector<StaffMember> page(const StaffQuery& query, std::size_t offset,
                                                        std::size_t limit) = 0;
    [[nodiscard]] virtual std::size_t count(const StaffQuery& query) = 0;
    // The units people are assigned to, sorted (a filter's choices).
    [[nodiscard]] virtual std::vector<std::string> units_in_use() = 0;
    // Active people per regime and category (only the pairs that have someone), counted by the
    // store.
    [[nodiscard]] virtual std::vector<StaffCount> active_breakdown() = 0;
};

}  // namespace pacta::domain
