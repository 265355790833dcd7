// Pages, counts and filter choices of the audit trail, from the indexes: what the Auditoría
// screen costs depends on what it shows, not on how long the trail has grown.
#include <algorithm>
#include <optional>
#include <string>
#include <variant>

#include "pacta/db/audit.h"
#include "pacta/db/database.h"
#include "pacta/db/statement.h"

namespace pacta::db {

namespace {

namespace d = pacta::domain;

using Parameter = std::variant<std::int64_t, std::string>;

// The newest row's id, which is the number of rows: ids run from 1 without gaps, and a
// trigger refuses to delete any. An index lookup, never a count.
std::int64_t last_id(Database& db) {
    Statement st(db, "SELECT max(id) FROM audit_log");
    return st.step() ? st.column_int(0) : 0;
}

// The first id whose time is at or after `bound` (last + 1 when none). Rows are written in
// id order with the time of writing, so `at` grows with the id and halving the ids finds
// it: about 21 primary-key lookups at 2,000,000 rows, and no index on the time to keep.
std::int64_t first_id_from(Database& db, const std::string& bound, std::int64_t last) {
    Statement at(db, "SELECT at FROM audit_log WHERE id >= ?1 ORDER BY id LIMIT 1");
    std::int64_t low = 1;
    std::int64_t high = last + 1;
    while (low < high) {
        const std::int64_t middle = low + (high - low) / 2;
        at.bind(1, middle);
        const bool later = !at.step() || at.column_view(0) >= bound;
        at.reset();
        if (later) {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    return low;
}

struct IdRange {
    std::int64_t low = 1;
    std::int64_t high = 0;
    [[nodiscard]] std::int64_t size() const { return high >= low ? high - low + 1 : 0; }
};

// The ids of the days asked for.
IdRange id_range(Database& db, const d::AuditQuery& query) {
    const std::int64_t last = last_id(db);
    IdRange range{1, last};
    if (!query.from.empty()) range.low = first_id_from(db, query.from, last);
    // Every time of the day `to` ("AAAA-MM-DDTHH:MM:SSZ") sorts before "AAAA-MM-DDU".
    if (!query.to.empty()) range.high = first_id_from(db, query.to + "U", last) - 1;
    return range;
}

// "%word%" for LIKE, its own % and _ escaped.
std::string like_pattern(std::string_view word) {
    std::string out = "%";
    for (const char c : word) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    out += '%';
    return out;
}

bool row_number(std::string_view word) {
    return !word.empty() && word.size() <= 18 && word.find_first_not_of("0123456789") == std::string_view::npos;
}

// The conditions besides the ids (?1, ?2), with their parameters from ?3 on. An exact
// filter walks its index newest first; words are tried on the rows it yields, and the
// statement stops at its LIMIT.
struct Filter {
    std::string sql;
    std::vector<Parameter> parameters;
};

Filter filter_of(const d::AuditQuery& query) {
    Filter f;
    const auto add = [&f](Parameter value) {
        f.parameters.push_back(std::move(value));
        return "?" + std::to_string(f.parameters.size() + 2);
    };
    if (!query.actor.empty()) f.sql += " AND actor = " + add(query.actor);
    if (!query.action.empty()) f.sql += " AND action = " + add(query.action);
    if (!query.entity.empty()) f.sql += " AND entity = " + add(query.entity);
    for (const auto& word : query.words) {
        if (word.empty()) continue;
        const std::string p = add(like_pattern(word));
        f.sql += " AND (actor LIKE " + p + " ESCAPE '\\' OR action LIKE " + p + " ESCAPE '\\' OR entity LIKE " + p +
                 " ESCAPE '\\' OR entity_id LIKE " + p + " ESCAPE '\\'";
        if (row_number(word)) f.sql += " OR id = " + add(std::stoll(word));
        f.sql += ")";
    }
    return f;
}

void bind_all(Statement& st, const IdRange& range, const Filter& filter) {
    st.bind(1, range.low).bind(2, range.high);
    int index = 3;
    for (const auto& value : filter.parameters) {
        if (const auto* number = std::get_if<std::int64_t>(&value)) {
            st.bind(index++, *number);
        } else {
            st.bind(index++, std::string_view(std::get<std::string>(value)));
        }
    }
}

// The values of an indexed column, one index probe each (the next after the last): the
// choices of a filter without reading the rows.
std::vector<std::string> distinct_values(Database& db, std::string_view sql) {
    constexpr std::size_t most = 1000;
    std::vector<std::string> out;
    Statement next(db, sql);
    std::string after;
    while (out.size() < most) {
        next.bind(1, std::string_view(after));
        if (!next.step() || next.column_is_null(0)) break;
        after = next.column_text(0);
        next.reset();
        out.push_back(after);
    }
    return out;
}

}  // namespace

std::vector<d::AuditEntry> SqliteAuditTrail::page(const d::AuditQuery& query, std::size_t offset, std::size_t limit) {
    IdRange range = id_range(db_, query);
    const Filter filter = filter_of(query);
    if (filter.sql.empty()) {
        // Every id in the range is a row: the page starts by key, at any depth.
        range.high -= static_cast<std::int64_t>(std::min<std::size_t>(offset, static_cast<std::size_t>(range.size())));
        offset = 0;
    }
    if (range.size() == 0 || limit == 0) return {};
    const auto next = std::to_string(filter.parameters.size() + 3);
    const auto after = std::to_string(filter.parameters.size() + 4);
    Statement st(db_, "SELECT id, at, actor, action, entity, entity_id FROM audit_log WHERE id BETWEEN ?1 AND ?2" +
                          filter.sql + " ORDER BY id DESC LIMIT ?" + next + " OFFSET ?" + after);
    bind_all(st, range, filter);
    st.bind(static_cast<int>(filter.parameters.size()) + 3, static_cast<std::int64_t>(limit));
    st.bind(static_cast<int>(filter.parameters.size()) + 4, static_cast<std::int64_t>(offset));
    std::vector<d::AuditEntry> out;
    out.reserve(std::min<std::size_t>(limit, 1000));
    while (st.step()) {
        d::AuditEntry e;
        e.id = st.column_int(0);
        e.at = st.column_text(1);
        e.actor = st.column_text(2);
        e.action = st.column_text(3);
        e.entity = st.column_text(4);
        e.entity_id = st.column_text(5);
        out.push_back(std::move(e));
    }
    return out;
}

d::AuditCount SqliteAuditTrail::count(const d::AuditQuery& query, std::size_t at_most) {
    const IdRange range = id_range(db_, query);
    const Filter filter = filter_of(query);
    if (filter.sql.empty()) return {static_cast<std::size_t>(range.size()), true};
    if (range.size() == 0) return {0, true};
    // Counting stops one past the limit: enough to know there are more.
    Statement st(db_, "SELECT count(*) FROM (SELECT 1 FROM audit_log WHERE id BETWEEN ?1 AND ?2" + filter.sql +
                          " LIMIT ?" + std::to_string(filter.parameters.size() + 3) + ")");
    bind_all(st, range, filter);
    st.bind(static_cast<int>(filter.parameters.size()) + 3, static_cast<std::int64_t>(at_most) + 1);
    const auto counted = st.step() ? static_cast<std::size_t>(st.column_int(0)) : 0;
    return counted > at_most ? d::AuditCount{at_most, false} : d::AuditCount{counted, true};
}

std::optional<d::AuditEntry> SqliteAuditTrail::find(std::int64_t id) {
    Statement st(db_, "SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log "
                      "WHERE id = ?1");
    st.bind(1, id);
    auto rows = read_audit_entries(st);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
}

std::vector<std::string> SqliteAuditTrail::actors() {
    return distinct_values(db_, "SELECT min(actor) FROM audit_log WHERE actor > ?1");
}

std::vector<std::string> SqliteAuditTrail::entities() {
    return distinct_values(db_, "SELECT min(entity) FROM audit_log WHERE entity > ?1");
}

}  // namespace pacta::db
