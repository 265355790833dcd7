#pragma once
// The audit trail on the office server. Rows are written by the server's triggers; record()
// only asks the server to add an event that changes nothing else (a view, an export, a
// refusal, a login) as the logged-in user. Reading and verifying work as on SQLite, with the
// same hash (pacta/db/audit_hash.h), so either engine's chain verifies the same way.

#include "pacta/db/pg/connection.h"
#include "pacta/domain/ports/audit.h"

namespace pacta::db::pg {

class PgAuditLog final : public domain::AuditLog {
public:
    explicit PgAuditLog(Connection& connection) : db_(connection) {}
    // The entry's actor is ignored: the server records who is logged in.
    void record(const domain::AuditEntry& entry) override;

private:
    Connection& db_;
};

class PgAuditTrail final : public domain::AuditTrail {
public:
    explicit PgAuditTrail(Connection& connection) : db_(connection) {}
    [[nodiscard]] domain::AuditVerification verify(const domain::ProgressReport& progress) override;
    using domain::AuditTrail::verify;
    [[nodiscard]] std::vector<domain::AuditEntry> latest(std::size_t limit) override;
    [[nodiscard]] std::vector<domain::AuditEntry> page(const domain::AuditQuery& query, std::size_t offset,
                                                       std::size_t limit) override;
    [[nodiscard]] domain::AuditCount count(const domain::AuditQuery& query, std::size_t at_most) override;
    [[nodiscard]] std::optional<domain::AuditEntry> find(std::int64_t id) override;
    [[nodiscard]] std::optional<std::string> stored_hash(std::int64_t row) override;
    [[nodiscard]] std::vector<std::string> actors() override;
    [[nodiscard]] std::vector<std::string> entities() override;

private:
    Connection& db_;
};

}  // namespace pacta::db::pg
