#include "pacta/db/audit.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <exception>

#include "pacta/db/database.h"
#include "pacta/db/open.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"
#include "pacta/platform/sha256.h"

namespace pacta::db {

AuditWriter::AuditWriter(Database& db, std::size_t batch_rows, std::function<std::string()> clock)
    : db_(db), batch_rows_(std::max<std::size_t>(1, batch_rows)), clock_(std::move(clock)),
      sha_(std::make_unique<platform::Sha256>()), last_hash_(audit_genesis_hash),
      unwinding_at_start_(std::uncaught_exceptions()) {
    Statement last(db_, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (last.step()) {
        last_id_ = last.column_int(0);
        last_hash_ = last.column_text(1);
    }
    pending_.reserve(batch_rows_);
}

AuditWriter::~AuditWriter() {
    // Rows still held are lost with the transaction only when an exception rolls it back.
    assert(pending_.empty() || std::uncaught_exceptions() > unwinding_at_start_);
}

Statement& AuditWriter::insert_for(std::size_t rows) {
    auto& slot = rows == 1 ? single_insert_ : batch_insert_;
    if (!slot) {
        std::string sql = "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, "
                          "prev_hash, hash) VALUES ";
        for (std::size_t r = 0; r < rows; ++r) {
            const std::size_t base = r * 10;
            sql += r == 0 ? "(" : ",(";
            for (std::size_t c = 1; c <= 10; ++c) sql += (c == 1 ? "?" : ",?") + std::to_string(base + c);
            sql += ")";
        }
        slot = std::make_unique<Statement>(db_, sql);
    }
    return *slot;
}

void AuditWriter::record(const std::string& actor, std::string_view action, std::string_view entity,
                         std::string_view entity_id, const std::optional<std::string>& before_json,
                         const std::optional<std::string>& after_json) {
    Row row;
    row.id = last_id_ + 1;
    row.at = clock_ ? clock_() : utc_timestamp();
    row.hash.resize(64);
    const auto view = [](const std::optional<std::string>& json) {
        return json ? std::optional<std::string_view>(*json) : std::nullopt;
    };
    audit_row_hash(*sha_, last_hash_, row.id, row.at, actor, action, entity, entity_id, view(before_json),
                   view(after_json), row.hash.data());
    row.actor = actor;
    row.action = action;
    row.entity = entity;
    row.entity_id = entity_id;
    row.before_json = before_json;
    row.after_json = after_json;
    row.prev_hash = std::move(last_hash_);
    last_id_ = row.id;
    last_hash_ = row.hash;
    pending_.push_back(std::move(row));
    if (pending_.size() >= batch_rows_) flush();
}

void AuditWriter::flush() {
    // A short tail goes row by row: one more prepared statement is not worth it.
    const bool whole_batch = pending_.size() == batch_rows_;
    std::size_t next = 0;
    while (next < pending_.size()) {
        const std::size_t rows = whole_batch ? batch_rows_ : 1;
        Statement& insert = insert_for(rows);
        for (std::size_t r = 0; r < rows; ++r) {
            const Row& row = pending_[next + r];
            const int base = static_cast<int>(r * 10);
            // The rows stay in pending_ until the statement is reset.
            insert.bind(base + 1, row.id).bind_unowned(base + 2, row.at).bind_unowned(base + 3, row.actor);
            insert.bind_unowned(base + 4, row.action).bind_unowned(base + 5, row.entity);
            insert.bind_unowned(base + 6, row.entity_id);
            if (row.before_json) {
                insert.bind_unowned(base + 7, *row.before_json);
            } else {
                insert.bind_null(base + 7);
            }
            if (row.after_json) {
                insert.bind_unowned(base + 8, *row.after_json);
            } else {
                insert.bind_null(base + 8);
            }
            insert.bind_unowned(base + 9, row.prev_hash).bind_unowned(base + 10, row.hash);
        }
        insert.run();
        insert.reset();
        next += rows;
    }
    pending_.clear();
}

void SqliteAuditLog::record(const domain::AuditEntry& e) {
    Transaction tx(db_);
    AuditWriter(db_).record(e.actor, e.action, e.entity, e.entity_id, e.before_json, e.after_json);
    tx.commit();
}

namespace {

// The file mapped into memory while the chain is read, once and in order: SQLite then copies
// no page into its cache, and the scan takes a third less. Unmapped again afterwards.
class MappedScan {
public:
    explicit MappedScan(Database& db) : db_(db) { db_.execute("PRAGMA mmap_size = 2147418112"); }
    ~MappedScan() {
        try {
            db_.execute("PRAGMA mmap_size = 0");
        } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor must not throw
        }
    }
    MappedScan(const MappedScan&) = delete;
    MappedScan& operator=(const MappedScan&) = delete;

private:
    Database& db_;
};

}  // namespace

domain::AuditVerification SqliteAuditTrail::verify(const domain::ProgressReport& progress) {
    // Read straight from SQLite's buffers into one reused digest: no string per row.
    constexpr std::size_t report_every = 16384;
    const MappedScan mapped(db_);
    domain::AuditVerification result;
    std::string expected_prev(audit_genesis_hash);
    Statement rows(db_,
                   "SELECT id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash "
                   "FROM audit_log ORDER BY id");
    platform::Sha256 sha;
    char computed[64];
    std::int64_t expected_id = 1;
    const auto optional_view = [&rows](int col) {
        return rows.column_is_null(col) ? std::nullopt : std::optional<std::string_view>(rows.column_view(col));
    };
    while (rows.step()) {
        ++result.rows;
        const std::int64_t id = rows.column_int(0);
        audit_row_hash(sha, expected_prev, id, rows.column_view(1), rows.column_view(2), rows.column_view(3),
                       rows.column_view(4), rows.column_view(5), optional_view(6), optional_view(7), computed);
        const std::string_view stored = rows.column_view(9);
        // A gap in the ids is a deleted row; a wrong link or hash is an edited one.
        if (id != expected_id || rows.column_view(8) != expected_prev ||
            stored != std::string_view(computed, sizeof computed)) {
            if (result.intact) result.first_broken_row = id != expected_id ? expected_id : id;
            result.intact = false;
        }
        expected_prev.assign(stored);
        expected_id = id + 1;
        if (progress && result.rows % report_every == 0 && !progress(result.rows)) throw domain::Cancelled();
    }
    if (progress && !progress(result.rows)) throw domain::Cancelled();
    result.latest_hash = expected_prev;
    return result;
}

std::vector<domain::AuditEntry> read_audit_entries(Statement& query) {
    std::vector<domain::AuditEntry> out;
    while (query.step()) {
        domain::AuditEntry e;
        e.id = query.column_int(0);
        e.at = query.column_text(1);
        e.actor = query.column_text(2);
        e.action = query.column_text(3);
        e.entity = query.column_text(4);
        e.entity_id = query.column_text(5);
        if (!query.column_is_null(6)) e.before_json = query.column_text(6);
        if (!query.column_is_null(7)) e.after_json = query.column_text(7);
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<std::string> SqliteAuditTrail::stored_hash(std::int64_t row) {
    Statement st(db_, "SELECT hash FROM audit_log WHERE id = ?1");
    st.bind(1, row);
    if (!st.step()) return std::nullopt;
    return st.column_text(0);
}

std::vector<domain::AuditEntry> SqliteAuditTrail::latest(std::size_t limit) {
    Statement st(db_, "SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log "
                      "ORDER BY id DESC LIMIT ?1");
    st.bind(1, static_cast<std::int64_t>(limit));
    return read_audit_entries(st);
}

}  // namespace pacta::db
