#pragma once
// The audit trail: who did what, when, with the values before and after. Each row carries
// the SHA-256 of the previous row's hash and its own content, so editing or deleting any
// row breaks the chain from there on; triggers also refuse UPDATE and DELETE.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pacta/db/audit_hash.h"
#include "pacta/domain/ports/audit.h"

namespace pacta::platform {
class Sha256;
}

namespace pacta::db {

class Database;
class Statement;

// The hash before the first row.
inline constexpr std::string_view audit_genesis_hash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// Keeps the chain's tail and its prepared statement between rows, so recording thousands of
// changes in one transaction (an import) costs one query each. Use one writer per transaction.
// With `batch_rows` > 1 rows are held and written that many at a time in one statement (an
// import's 100,000 rows spend a third less); such a writer must be flushed before the commit.
class AuditWriter {
public:
    // `clock` gives each row's time ("AAAA-MM-DDTHH:MM:SSZ", never earlier than the last
    // row's); by default the time of writing. Tests and benchmarks spread rows over days.
    explicit AuditWriter(Database& db, std::size_t batch_rows = 1, std::function<std::string()> clock = {});
    ~AuditWriter();
    AuditWriter(const AuditWriter&) = delete;
    AuditWriter& operator=(const AuditWriter&) = delete;

    // Appends one row; call inside the transaction of the change it records.
    void record(const std::string& actor, std::string_view action, std::string_view entity, std::string_view entity_id,
                const std::optional<std::string>& before_json, const std::optional<std::string>& after_json);
    // Writes the rows held back; call before committing.
    void flush();

private:
    struct Row {
        std::int64_t id = 0;
        std::string at, actor, action, entity, entity_id;
        std::optional<std::string> before_json, after_json;
        std::string prev_hash, hash;
    };
    Statement& insert_for(std::size_t rows);

    Database& db_;
    std::size_t batch_rows_;
    std::function<std::string()> clock_;
    std::vector<Row> pending_;
    std::unique_ptr<Statement> single_insert_;
    std::unique_ptr<Statement> batch_insert_;
    std::unique_ptr<platform::Sha256> sha_;  // one digest context for every row
    std::int64_t last_id_ = 0;
    std::string last_hash_;
    int unwinding_at_start_ = 0;
};

// Rows for events that change nothing else (views, exports, refusals), each in its own
// transaction.
class SqliteAuditLog : public domain::AuditLog {
public:
    explicit SqliteAuditLog(Database& db) : db_(db) {}
    void record(const domain::AuditEntry& entry) override;

private:
    Database& db_;
};

// Reading the trail: verification in one pass (src/audit.cpp); pages, counts and filter
// choices from the indexes (src/audit_query.cpp).
class SqliteAuditTrail : public domain::AuditTrail {
public:
    explicit SqliteAuditTrail(Database& db) : db_(db) {}
    using domain::AuditTrail::verify;
    [[nodiscard]] domain::AuditVerification verify(const domain::ProgressReport& progress) override;
    [[nodiscard]] std::vector<domain::AuditEntry> latest(std::size_t limit) override;
    [[nodiscard]] std::vector<domain::AuditEntry> page(const domain::AuditQuery& query, std::size_t offset,
                                                       std::size_t limit) override;
    [[nodiscard]] domain::AuditCount count(const domain::AuditQuery& query, std::size_t at_most) override;
    [[nodiscard]] std::optional<domain::AuditEntry> find(std::int64_t id) override;
    [[nodiscard]] std::optional<std::string> stored_hash(std::int64_t row) override;
    [[nodiscard]] std::vector<std::string> actors() override;
    [[nodiscard]] std::vector<std::string> entities() override;

private:
    Database& db_;
};

// The rows of a query whose columns are, in order: id, at, actor, action, entity,
// entity_id, before_json, after_json.
[[nodiscard]] std::vector<domain::AuditEntry> read_audit_entries(Statement& query);

}  // namespace pacta::db
