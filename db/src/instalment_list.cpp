// Lists of instalments read from the store: windows of a filtered, sorted list, their
// length, and sums per month, unit or budget account. The filters are SQL, so a screen reads
// the rows it shows; each order has an index to walk where the office can grow large.
#include <algorithm>
#include <cctype>
#include <set>

#include <nlohmann/json.hpp>

#include "pacta/db/audit_format.h"
#include "pacta/db/database.h"
#include "pacta/db/json_values.h"
#include "pacta/db/instalment_repository.h"
#include "pacta/db/staff_match.h"
#include "pacta/db/statement.h"

namespace pacta::db {

namespace d = domain;

namespace {

// "2024", "2024-03", "2024-03-15": the start of a date, searched on the due date.
bool date_prefix(const std::string& text) {
    static const std::string shape = "0000-00-00";
    if (text.size() < 4 || text.size() > shape.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (shape[i] == '-' ? text[i] != '-' : std::isdigit(static_cast<unsigned char>(text[i])) == 0) return false;
    }
    return true;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// A WHERE clause and its arguments, numbered as they are added.
struct Where {
    std::string sql;
    std::vector<std::string> args;
    void add(const std::string& term) { sql += (sql.empty() ? "WHERE " : " AND ") + term; }
    std::string arg(std::string value) {
        args.push_back(std::move(value));
        return "?" + std::to_string(args.size());
    }
};

// `walk_other_index`: the list is read in the order of another index (the contract's folio,
// person..., or due_in_force's dates), so the institutions' filter must not pick the index
// (a unary + keeps it a plain check).
Where where_of(const d::InstalmentQuery& q, bool open, bool walk_other_index = false) {
    Where w;
    // Textually the partial index instalment_open's condition (schema version 8).
    if (open) {
        w.add("n.state NOT IN ('pagado', 'cancelado') AND c.state IN ('firmado', 'vigente', 'concluido', "
              "'terminado_anticipadamente', 'rescindido')");
    }
    if (q.due_by) w.add("n.due_date <= " + w.arg(q.due_by->iso()));
    if (!q.unit.empty()) w.add("c.unit_code = " + w.arg(q.unit));
    if (!q.institutions.empty()) {
        w.add(std::string(walk_other_index ? "+" : "") + "c.institution_id IN (SELECT id FROM institution WHERE code IN (SELECT value FROM json_each(" +
              w.arg(json_array(q.institutions)) + ")))");
    }
    if (q.state) w.add("n.state = " + w.arg(std::string(d::instalment_state_name(*q.state))));
    if (!q.account.empty()) w.add("c.budget_account = " + w.arg(q.account));
    if (!q.contract_states.empty()) {
        std::vector<std::string> names;
        for (const auto s : q.contract_states) names.emplace_back(d::contract_state_name(s));
        w.add("c.state IN (SELECT value FROM json_each(" + w.arg(json_array(names)) + "))");
    }
    if (q.period_from) w.add("n.due_date >= " + w.arg(q.period_from->iso()));
    if (q.period_to) w.add("n.period_start <= " + w.arg(q.period_to->iso()));
    const std::string text = trimmed(q.text);
    if (date_prefix(text)) {
        // '~' sorts after digits and '-': the range is every date that starts so.
        const auto from = w.arg(text);
        w.add("n.due_date >= " + from + " AND n.due_date < " + from + " || '~'");
    } else if (!text.empty()) {
        std::string folio = text;
        std::transform(folio.begin(), folio.end(), folio.begin(), [](unsigned char c) { return std::toupper(c); });
        const auto start = w.arg(folio);
        // The matching contracts drive the lookup (by folio's index, by the staff search).
        std::string contracts = "SELECT id FROM contract WHERE folio >= " + start + " AND folio < " + start + " || '~'";
        if (const auto people = staff_ids_matching(text, [&w](const std::string& v) { return w.arg(v); });
            !people.empty()) {
            contracts += " UNION SELECT id FROM contract WHERE staff_id IN (" + people + ")";
        }
        w.add("c.id IN (" + contracts + ")");
    }
    return w;
}

// Orders on the instalment's own columns walk an instalment index (instalments first);
// the others walk contracts by folio.
bool instalments_first(const d::InstalmentQuery& q) {
    using O = d::InstalmentQuery::Order;
    return q.order == O::due || q.order == O::period_start || q.order == O::amount || q.order == O::state;
}

std::string order_of(const d::InstalmentQuery& q) {
    using O = d::InstalmentQuery::Order;
    const std::string dir = q.descending ? " DESC" : "";
    const std::string by_folio = ", c.folio" + dir + ", n.number" + dir;
    switch (q.order) {
        case O::folio: return " ORDER BY c.folio" + dir + ", n.number" + dir;
        case O::number: return " ORDER BY n.number" + dir + ", c.folio" + dir;
        case O::person:
            return " ORDER BY s.first_surname" + dir + ", s.second_surname" + dir + ", s.given_names" + dir + by_folio;
        case O::unit: return " ORDER BY c.unit_code" + dir + by_folio;
        case O::account: return " ORDER BY c.budget_account" + dir + by_folio;
        case O::period_start: return " ORDER BY n.period_start" + dir + ", n.id" + dir;
        case O::due: return " ORDER BY n.due_date" + dir + ", n.id" + dir;
        case O::amount: return " ORDER BY n.amount_minor" + dir + ", n.id" + dir;
        case O::state: return " ORDER BY n.state" + dir + ", n.due_date" + dir + ", n.id" + dir;
    }
    return " ORDER BY c.folio, n.number";
}

// key, currency, planned, approved, paid, withheld.
d::InstalmentTotals read_totals(const Statement& st) {
    d::InstalmentTotals t;
    t.key = st.column_text(0);
    t.currency = d::currency_from_code(st.column_text(1)).value_or(d::Currency::MXN);
    t.planned = st.column_int(2);
    t.approved = st.column_int(3);
    t.paid = st.column_int(4);
    t.withheld = st.column_int(5);
    return t;
}

std::string window(std::size_t offset, std::size_t limit) {
    return " LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset);
}

// The open list walks the open instalments in due order; when the query keeps only
// contracts in force (Inicio), it walks due_in_force instead (schema version 9), which holds
// just those, so drafts' schedules and old contracts are never read.
bool in_force_only(const d::InstalmentQuery& q) {
    const std::set<d::ContractState> states(q.contract_states.begin(), q.contract_states.end());
    return states == std::set<d::ContractState>{d::ContractState::firmado, d::ContractState::vigente};
}

// The open list's WHERE clause, and the walk of due_in_force's dates when it is used.
Where open_where(const d::InstalmentQuery& q) {
    const bool due = in_force_only(q);
    auto w = where_of(q, true, due);
    if (due && q.due_by) w.add("d.due_date <= " + w.arg(q.due_by->iso()));
    return w;
}

}  // namespace

std::vector<d::ContractInstalment> SqliteInstalmentRepository::open(const d::InstalmentQuery& q) {
    const auto w = open_where(q);
    const bool due = in_force_only(q);
    return query(w.sql + (due ? " ORDER BY d.due_date, d.instalment_id" : " ORDER BY n.due_date, n.id"), w.args,
                 due ? JoinOrder::due_first : JoinOrder::instalments_first);
}

std::vector<d::ContractInstalment> SqliteInstalmentRepository::open_page(const d::InstalmentQuery& q, std::size_t offset,
                                                                         std::size_t limit) {
    const auto w = open_where(q);
    const bool due = in_force_only(q);
    return query(w.sql + (due ? " ORDER BY d.due_date, d.instalment_id" : " ORDER BY n.due_date, n.id") +
                     window(offset, limit),
                 w.args, due ? JoinOrder::due_first : JoinOrder::instalments_first);
}

std::size_t SqliteInstalmentRepository::open_count(const d::InstalmentQuery& q) {
    if (!in_force_only(q)) {
        auto all = q;
        all.open_only = true;
        return count(all);
    }
    // Inicio's count (a day and the user's institutions) reads due_in_force alone.
    const bool only_day_and_institutions = trimmed(q.text).empty() && q.unit.empty() && q.account.empty() &&
                                           !q.state && !q.period_from && !q.period_to;
    Where w;
    std::string from = "FROM due_in_force d ";
    if (only_day_and_institutions) {
        if (q.due_by) w.add("d.due_date <= " + w.arg(q.due_by->iso()));
        if (!q.institutions.empty()) {
            w.add("d.institution_id IN (SELECT id FROM institution WHERE code IN (SELECT value FROM json_each(" +
                  w.arg(json_array(q.institutions)) + ")))");
        }
    } else {
        w = open_where(q);
        from += "CROSS JOIN instalment n ON n.id = d.instalment_id CROSS JOIN contract c ON c.id = n.contract_id ";
    }
    Statement st(db_, "SELECT count(*) " + from + w.sql);
    for (std::size_t i = 0; i < w.args.size(); ++i) st.bind(static_cast<int>(i + 1), std::string_view(w.args[i]));
    st.step();
    return static_cast<std::size_t>(st.column_int(0));
}

std::vector<d::ContractInstalment> SqliteInstalmentRepository::page(const d::InstalmentQuery& q, std::size_t offset,
                                                                    std::size_t limit) {
    // A search finds few contracts: those drive the join, and only their rows are sorted.
    const bool searching = !trimmed(q.text).empty() && !date_prefix(trimmed(q.text));
    const bool by_instalment = instalments_first(q);
    const auto w = where_of(q, q.open_only, !searching && !by_instalment);
    const auto order = searching        ? JoinOrder::planner
                       : by_instalment ? JoinOrder::instalments_first
                                       : JoinOrder::contracts_first;
    return query(w.sql + order_of(q) + window(offset, limit), w.args, order);
}

std::size_t SqliteInstalmentRepository::count(const d::InstalmentQuery& q) {
    const auto w = where_of(q, q.open_only);
    // The open list from its partial index; any other from the planner's choice of index.
    Statement st(db_, std::string("SELECT count(*) FROM instalment n ") + (q.open_only ? "CROSS " : "") +
                          "JOIN contract c ON c.id = n.contract_id " + w.sql);
    for (std::size_t i = 0; i < w.args.size(); ++i) st.bind(static_cast<int>(i + 1), std::string_view(w.args[i]));
    st.step();
    return static_cast<std::size_t>(st.column_int(0));
}

// Kept by the store as instalments change (schema version 9): twelve months read twelve
// rows per institution and currency, whatever the office's size.
std::vector<d::InstalmentTotals> SqliteInstalmentRepository::month_totals(const std::vector<std::string>& institutions,
                                                                        const std::string& from_month,
                                                                        const std::string& to_month) {
    std::string sql =
        "SELECT month, currency, sum(planned_minor), sum(approved_minor), sum(paid_minor), sum(withheld_minor) "
        "FROM instalment_month_total WHERE month >= ?1 AND month <= ?2";
    if (!institutions.empty()) {
        sql += " AND institution_id IN (SELECT id FROM institution WHERE code IN (SELECT value FROM json_each(?3)))";
    }
    Statement st(db_, sql + " GROUP BY 1, 2 "
                      "HAVING sum(planned_minor) <> 0 OR sum(paid_minor) <> 0 OR sum(withheld_minor) <> 0 ORDER BY 1, 2");
    st.bind(1, std::string_view(from_month)).bind(2, std::string_view(to_month));
    if (!institutions.empty()) st.bind(3, json_array(institutions));
    std::vector<d::InstalmentTotals> out;
    while (st.step()) out.push_back(read_totals(st));
    return out;
}

std::vector<d::InstalmentTotals> SqliteInstalmentRepository::totals(const std::vector<std::string>& institutions,
                                                                   const std::string& from_month,
                                                                   const std::string& to_month, d::TotalsKey key) {
    if (key == d::TotalsKey::month) return month_totals(institutions, from_month, to_month);
    d::InstalmentQuery q;
    q.institutions = institutions;
    auto w = where_of(q, false);
    // Any valid day of a month sorts at or before its "-31".
    w.add("n.due_date >= " + w.arg(from_month + "-01") + " AND n.due_date <= " + w.arg(to_month + "-31"));
    w.add("n.state <> 'cancelado'");
    const std::string column = key == d::TotalsKey::month  ? "substr(n.due_date, 1, 7)"
                               : key == d::TotalsKey::unit ? "CASE c.unit_code WHEN '' THEN '-' ELSE c.unit_code END"
                                                           : "CASE c.budget_account WHEN '' THEN '-' ELSE c.budget_account END";
    Statement st(db_, "SELECT " + column + ", c.currency, sum(n.amount_minor), "
                      "sum(CASE WHEN n.state IN ('aprobado', 'pagado') THEN n.amount_minor ELSE 0 END), "
                      "sum(coalesce(n.gross_minor, 0)), sum(coalesce(n.withheld_minor, 0)) "
                      "FROM instalment n CROSS JOIN contract c ON c.id = n.contract_id " + w.sql +
                      " GROUP BY 1, 2 ORDER BY 1, 2");
    for (std::size_t i = 0; i < w.args.size(); ++i) st.bind(static_cast<int>(i + 1), std::string_view(w.args[i]));
    std::vector<d::InstalmentTotals> out;
    while (st.step()) out.push_back(read_totals(st));
    return out;
}

}  // namespace pacta::db
