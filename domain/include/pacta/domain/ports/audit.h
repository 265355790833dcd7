#pragma once
// Storage port: the audit trail. Every engine keeps it append-only and chained: each row
// carries the hash of the one before, so editing or deleting a row shows from there on.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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

struct AuditVerification {
    bool intact = true;
    std::size_t rows = 0;
    std::int64_t first_broken_row = 0;  // 0 when intact
    std::string latest_hash;            // of the last row; the genesis hash when empty
};

// Guarantees: record() appends one row in its own transaction, chained to the last one; the
// engine refuses to update or delete rows (SQLite: triggers).
class AuditLog {
public:
    virtual ~AuditLog() = default;
    virtual void record(const AuditEntry& entry) = 0;
};

class AuditTrail {
public:
    virtual ~AuditTrail() = default;
    // Recomputes the whole chain.
    [[nodiscard]] virtual AuditVerification verify() = 0;
    // The newest `limit` rows, newest first.
    [[nodiscard]] virtual std::vector<AuditEntry> latest(std::size_t limit) = 0;
};

}  // namespace pacta::domain
