#include "pacta/db/pg/audit_repository.h"
#include "pacta/db/pg/params.h"

#include <algorithm>

#include "pacta/db/audit_hash.h"
#include "pacta/platform/sha256.h"

namespace pacta::db::pg {

namespace {

namespace d = pacta::domain;

const std::string genesis(64, '0');

std::vector<d::AuditEntry> entries(const Result& r, bool with_values) {
    std::vector<d::AuditEntry> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        d::AuditEntry e;
        e.id = r.integer(i, 0);
        e.at = r.text(i, 1);
        e.actor = r.text(i, 2);
        e.action = r.text(i, 3);
        e.entity = r.text(i, 4);
        e.entity_id = r.text(i, 5);
        if (with_values) {
            e.before_json = r.optional_text(i, 6);
            e.after_json = r.optional_text(i, 7);
        }
        out.push_back(std::move(e));
    }
    return out;
}

// "%word%" for ILIKE, its own % and _ escaped.
std::string like_pattern(std::string_view word) { return "%" + like_literal(word) + "%"; }

bool row_number(std::string_view word) {
    return !word.empty() && word.size() <= 18 && word.find_first_not_of("0123456789") == std::string_view::npos;
}

// The WHERE clause of a query and its parameters. Days are compared on the stored text
// («AAAA-MM-DDTHH:MM:SSZ»), which sorts as the time it names; words match ASCII case aside,
// as on SQLite.
struct Filter {
    std::string sql = "TRUE";
    std::vector<Param> params;
    std::string add(Param value) {
        params.push_back(std::move(value));
        return "$" + std::to_string(params.size());
    }
};

Filter filter_of(const d::AuditQuery& query) {
    Filter f;
    if (!query.from.empty()) f.sql += " AND at >= " + f.add(query.from);
    if (!query.to.empty()) f.sql += " AND at < " + f.add(query.to + "U");
    if (!query.actor.empty()) f.sql += " AND actor = " + f.add(query.actor);
    if (!query.action.empty()) f.sql += " AND action = " + f.add(query.action);
    if (!query.entity.empty()) f.sql += " AND entity = " + f.add(query.entity);
    for (const auto& word : query.words) {
        if (word.empty()) continue;
        const std::string p = f.add(like_pattern(word));
        f.sql += " AND (actor ILIKE " + p + " OR action ILIKE " + p + " OR entity ILIKE " + p + " OR entity_id ILIKE " + p;
        if (row_number(word)) f.sql += " OR id = " + f.add(word) + "::bigint";
        f.sql += ")";
    }
    return f;
}

}  // namespace

void PgAuditLog::record(const d::AuditEntry& entry) {
    // The server's function accepts only events; before_json is never part of one.
    db_.exec("SELECT pacta.audit_event($1, $2, $3, $4)", {entry.action, entry.entity, entry.entity_id, entry.after_json});
}

d::AuditVerification PgAuditTrail::verify(const d::ProgressReport& progress) {
    // A batch at a time by key, so a trail of millions of rows never sits in memory at once.
    constexpr int batch = 20000;
    d::AuditVerification result;
    std::string expected_prev = genesis;
    std::int64_t expected_id = 1;
    std::int64_t after = 0;
    platform::Sha256 sha;
    char computed[64];
    for (;;) {
        const auto rows = db_.exec("SELECT id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, "
                                   "hash FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2",
                                   {std::to_string(after), std::to_string(batch)});
        for (int i = 0; i < rows.rows(); ++i) {
            ++result.rows;
            const std::int64_t id = rows.integer(i, 0);
            const auto before = rows.optional_text(i, 6);
            const auto after_json = rows.optional_text(i, 7);
            audit_row_hash(sha, expected_prev, id, rows.text(i, 1), rows.text(i, 2), rows.text(i, 3), rows.text(i, 4),
                           rows.text(i, 5), before ? std::optional<std::string_view>(*before) : std::nullopt,
                           after_json ? std::optional<std::string_view>(*after_json) : std::nullopt, computed);
            const std::string stored = rows.text(i, 9);
            // A gap in the ids is a deleted row; a wrong link or hash is an edited one.
            if (id != expected_id || rows.text(i, 8) != expected_prev || stored != std::string_view(computed, 64)) {
                if (result.intact) result.first_broken_row = id != expected_id ? expected_id : id;
                result.intact = false;
            }
            expected_prev = stored;
            expected_id = id + 1;
            after = id;
        }
        if (progress && !progress(result.rows)) throw d::Cancelled();
        if (rows.rows() < batch) break;
    }
    result.latest_hash = expected_prev;
    return result;
}

std::vector<d::AuditEntry> PgAuditTrail::latest(std::size_t limit) {
    return entries(db_.exec("SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log "
                            "ORDER BY id DESC LIMIT $1",
                            {std::to_string(limit)}),
                   true);
}

std::vector<d::AuditEntry> PgAuditTrail::page(const d::AuditQuery& query, std::size_t offset, std::size_t limit) {
    if (limit == 0) return {};
    Filter f = filter_of(query);
    const std::string sql = "SELECT id, at, actor, action, entity, entity_id FROM audit_log WHERE " + f.sql +
                            " ORDER BY id DESC LIMIT " + f.add(std::to_string(limit)) + " OFFSET " +
                            f.add(std::to_string(offset));
    return entries(db_.exec(sql, f.params), false);
}

d::AuditCount PgAuditTrail::count(const d::AuditQuery& query, std::size_t at_most) {
    if (query.only_dates() && query.from.empty() && query.to.empty()) {
        // Ids run from 1 without gaps: the newest is the count, from the primary key.
        return {static_cast<std::size_t>(db_.exec("SELECT coalesce(max(id), 0) FROM audit_log").integer(0, 0)), true};
    }
    Filter f = filter_of(query);
    const bool exact = query.only_dates();
    std::string sql = "SELECT count(*) FROM (SELECT 1 FROM audit_log WHERE " + f.sql;
    if (!exact) sql += " LIMIT " + f.add(std::to_string(at_most + 1));
    sql += ") AS matching";
    const auto counted = static_cast<std::size_t>(db_.exec(sql, f.params).integer(0, 0));
    if (!exact && counted > at_most) return {at_most, false};
    return {counted, true};
}

std::optional<d::AuditEntry> PgAuditTrail::find(std::int64_t id) {
    auto rows = entries(db_.exec("SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log "
                                 "WHERE id = $1",
                                 {std::to_string(id)}),
                        true);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
}

std::optional<std::string> PgAuditTrail::stored_hash(std::int64_t row) {
    const auto r = db_.exec("SELECT hash FROM audit_log WHERE id = $1", {std::to_string(row)});
    if (r.rows() == 0) return std::nullopt;
    return r.text(0, 0);
}

std::vector<std::string> PgAuditTrail::actors() {
    // The distinct values of an indexed column, one index probe each (a loose index scan).
    const auto r = db_.exec("WITH RECURSIVE v (value) AS (SELECT min(actor) FROM audit_log UNION ALL "
                            "SELECT (SELECT min(actor) FROM audit_log WHERE actor > v.value) FROM v WHERE v.value IS NOT NULL) "
                            "SELECT value FROM v WHERE value IS NOT NULL LIMIT 1000");
    std::vector<std::string> out;
    for (int i = 0; i < r.rows(); ++i) out.push_back(r.text(i, 0));
    return out;
}

std::vector<std::string> PgAuditTrail::entities() {
    const auto r = db_.exec("WITH RECURSIVE v (value) AS (SELECT min(entity) FROM audit_log UNION ALL "
                            "SELECT (SELECT min(entity) FROM audit_log WHERE entity > v.value) FROM v "
                            "WHERE v.value IS NOT NULL) SELECT value FROM v WHERE value IS NOT NULL LIMIT 1000");
    std::vector<std::string> out;
    for (int i = 0; i < r.rows(); ++i) out.push_back(r.text(i, 0));
    return out;
}

}  // namespace pacta::db::pg
