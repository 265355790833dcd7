#include "pacta/db/audit.h"

#include "pacta/db/database.h"
#include "pacta/db/open.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"
#include "pacta/platform/sha256.h"

namespace pacta::db {

namespace {

// The fields of a row, in a fixed order separated by U+001F, hashed with the previous hash.
std::string row_hash(const std::string& prev, std::int64_t id, const std::string& at, const std::string& actor,
                     std::string_view action, std::string_view entity, std::string_view entity_id,
                     const std::optional<std::string>& before, const std::optional<std::string>& after) {
    std::string material = prev;
    auto field = [&material](std::string_view part) {
        material.push_back('\x1f');
        material.append(part);
    };
    field(std::to_string(id));
    field(at);
    field(actor);
    field(action);
    field(entity);
    field(entity_id);
    // Absent and empty differ: a leading 0 or 1 says which.
    field(before ? "1" + *before : std::string("0"));
    field(after ? "1" + *after : std::string("0"));
    return platform::sha256_hex(material);
}

}  // namespace

AuditWriter::AuditWriter(Database& db) : db_(db), last_hash_(audit_genesis_hash) {
    Statement last(db_, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (last.step()) {
        last_id_ = last.column_int(0);
        last_hash_ = last.column_text(1);
    }
    insert_ = std::make_unique<Statement>(db_,
                                          "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, "
                                          "after_json, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
}

AuditWriter::~AuditWriter() = default;

void AuditWriter::record(const std::string& actor, std::string_view action, std::string_view entity,
                         std::string_view entity_id, const std::optional<std::string>& before_json,
                         const std::optional<std::string>& after_json) {
    const std::int64_t id = last_id_ + 1;
    const std::string at = utc_timestamp();
    std::string hash = row_hash(last_hash_, id, at, actor, action, entity, entity_id, before_json, after_json);
    Statement& insert = *insert_;
    insert.bind(1, id).bind(2, std::string_view(at)).bind(3, std::string_view(actor)).bind(4, action);
    insert.bind(5, entity).bind(6, entity_id);
    if (before_json) {
        insert.bind(7, std::string_view(*before_json));
    } else {
        insert.bind_null(7);
    }
    if (after_json) {
        insert.bind(8, std::string_view(*after_json));
    } else {
        insert.bind_null(8);
    }
    insert.bind(9, std::string_view(last_hash_)).bind(10, std::string_view(hash));
    insert.run();
    insert.reset();
    last_id_ = id;
    last_hash_ = std::move(hash);
}

void SqliteAuditLog::record(const domain::AuditEntry& e) {
    Transaction tx(db_);
    AuditWriter(db_).record(e.actor, e.action, e.entity, e.entity_id, e.before_json, e.after_json);
    tx.commit();
}

domain::AuditVerification SqliteAuditTrail::verify() {
    domain::AuditVerification result;
    std::string expected_prev(audit_genesis_hash);
    Statement rows(db_,
                   "SELECT id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash "
                   "FROM audit_log ORDER BY id");
    std::int64_t expected_id = 1;
    while (rows.step()) {
        ++result.rows;
        const std::int64_t id = rows.column_int(0);
        const auto optional_text = [&](int col) {
            return rows.column_is_null(col) ? std::nullopt : std::optional<std::string>(rows.column_text(col));
        };
        const std::string computed =
            row_hash(expected_prev, id, rows.column_text(1), rows.column_text(2), rows.column_text(3),
                     rows.column_text(4), rows.column_text(5), optional_text(6), optional_text(7));
        // A gap in the ids is a deleted row; a wrong link or hash is an edited one.
        if (id != expected_id || rows.column_text(8) != expected_prev || rows.column_text(9) != computed) {
            if (result.intact) result.first_broken_row = id != expected_id ? expected_id : id;
            result.intact = false;
        }
        expected_prev = rows.column_text(9);
        expected_id = id + 1;
    }
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

std::vector<domain::AuditEntry> SqliteAuditTrail::latest(std::size_t limit) {
    Statement st(db_, "SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log "
                      "ORDER BY id DESC LIMIT ?1");
    st.bind(1, static_cast<std::int64_t>(limit));
    return read_audit_entries(st);
}

}  // namespace pacta::db
