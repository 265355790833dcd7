#pragma once
// Storage port: the audit trail. Every engine keeps it append-only and chained: each row
// carries the hash of the one before, so editing or deleting a row shows from there on.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pacta/domain/progress.h"

namespace pacta::domain {

// One row of the audit trail: written directly for events that change nothing else (a
// refused action, a person's record viewed, staff exported, a login), and read back.
struct AuditEntry {
    std::string actor;
    std::string action;  // "consultar", "exportar", "denegar", "acceder"
    std::string entity;
    std::string entity_id;
    std::optional<std::string> before_json;
    std::optional<std::string> after_json;
    std::string at = {};  // UTC; filled when rows are read back
    std::int64_t id = 0;  // the row's number in the chain; filled when read back
};

// Every action a row may name (the schema accepts no other).
inline constexpr std::array<std::string_view, 7> audit_actions = {"crear",    "actualizar", "eliminar", "consultar",
                                                                   "exportar", "denegar",    "acceder"};

// Which rows a list shows; an empty field matches every row.
struct AuditQuery {
    // Words that must all appear (ASCII case aside) in the actor, action, entity or key; a
    // word of digits also finds the row with that number.
    std::vector<std::string> words;
    std::string actor;   // exactly
    std::string action;  // exactly
    std::string entity;  // exactly
    // UTC days, AAAA-MM-DD, both included.
    std::string from;
    std::string to;

    [[nodiscard]] bool only_dates() const { return words.empty() && actor.empty() && action.empty() && entity.empty(); }
};

// How many rows match: exactly, or `rows` is the limit the count stopped at (there are more).
struct AuditCount {
    std::size_t rows = 0;
    bool exact = true;
};

struct AuditVerification {
    bool intact = true;
    std::size_t rows = 0;
    std::int64_t first_broken_row = 0;  // 0 when intact
    std::string latest_hash;            // of the last row; the genesis hash when empty
};

// What a user keeps elsewhere to prove later that the trail still holds exactly these rows:
// how many there were and the hash of the last one («pacta-cli auditoria ancla»).
struct AuditAnchor {
    std::int64_t rows = 0;
    std::string hash;
};

// Guarantees: record() appends one row in its own transaction, chained to the last one; the
// engine refuses to update or delete rows (SQLite: triggers).
class AuditLog {
public:
    virtual ~AuditLog() = default;
    virtual void record(const AuditEntry& entry) = 0;
};

// Reading the trail costs what the screen shows, not what the trail holds: the engine
// filters, counts and pages, and only a row opened brings its values before and after.
class AuditTrail {
public:
    virtual ~AuditTrail() = default;
    // Recomputes the whole chain from the first row. `progress` hears the rows checked;
    // when it answers false the check stops and Cancelled is thrown.
    [[nodiscard]] virtual AuditVerification verify(const ProgressReport& progress) = 0;
    [[nodiscard]] AuditVerification verify() { return verify({}); }
    // The newest `limit` rows, newest first, with their values.
    [[nodiscard]] virtual std::vector<AuditEntry> latest(std::size_t limit) = 0;

    // Rows `offset`.. of those matching, newest first, at most `limit`, WITHOUT their values
    // (before_json and after_json stay empty).
    [[nodiscard]] virtual std::vector<AuditEntry> page(const AuditQuery& query, std::size_t offset,
                                                       std::size_t limit) = 0;
    // How many rows match. Rows without filters, or filtered by dates alone, are counted
    // exactly at any size; other filters count up to `at_most` and then stop (exact = false).
    [[nodiscard]] virtual AuditCount count(const AuditQuery& query, std::size_t at_most) = 0;
    // One row with its values.
    [[nodiscard]] virtual std::optional<AuditEntry> find(std::int64_t id) = 0;
    // The hash stored on row `row` (the first is 1); nullopt when there is no such row.
    // With verify() intact, it commits to every row up to `row`.
    [[nodiscard]] virtual std::optional<std::string> stored_hash(std::int64_t row) = 0;
    // The users and entities named in the trail, sorted: a filter's choices.
    [[nodiscard]] virtual std::vector<std::string> actors() = 0;
    [[nodiscard]] virtual std::vector<std::string> entities() = 0;
};

}  // namespace pacta::domain
