// Reading contracts: one contract by folio, a window of a filtered list, counts, a person's
// contracts. Every query is keyed by an index (schema version 8) or reads only what it shows.
#include <algorithm>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "column_values.h"
#include "pacta/db/audit_format.h"
#include "pacta/db/contract_repository.h"
#include "pacta/db/database.h"
#include "pacta/db/json_values.h"
#include "pacta/db/staff_match.h"
#include "pacta/db/statement.h"
#include "pacta/platform/sha256.h"

namespace pacta::db {

namespace {

namespace d = pacta::domain;

constexpr const char* summary_select =
    "SELECT c.folio, i.code, coalesce(s.given_names || ' ' || s.first_surname || "
    "CASE WHEN s.second_surname = '' THEN '' ELSE ' ' || s.second_surname END, ''), "
    "coalesce(s.curp, s.dni, s.foreign_card, ''), t.code, t.version, c.state, c.total_minor, c.currency, "
    "c.start_date, c.end_date, c.unit_code, coalesce(o.folio, '') FROM contract c "
    "JOIN institution i ON i.id = c.institution_id JOIN template t ON t.id = c.template_id "
    "LEFT JOIN staff s ON s.id = c.staff_id LEFT JOIN contract o ON o.id = c.amends_id ";

d::ContractSummary read_summary(const Statement& st) {
    d::ContractSummary c;
    c.folio = st.column_text(0);
    c.institution_code = st.column_text(1);
    c.person = st.column_text(2);
    c.staff_key = st.column_text(3);
    c.template_code = st.column_text(4);
    c.template_version = static_cast<int>(st.column_int(5));
    c.state = d::contract_state_from_name(st.column_text(6)).value_or(d::ContractState::borrador);
    c.total = money_columns(st, 7, 8);
    c.start = date_column(st, 9);
    c.end = date_column(st, 10);
    c.unit_code = st.column_text(11);
    c.amends = st.column_text(12);
    return c;
}

// The WHERE clause of a query, with its parameters (?1..?10, then the person search's from ?11)
// bound as far as used, so one text per combination of filters gives the planner a plain index choice.
struct Filter {
    std::string where;
    std::string institutions, state, unit, folio_start, unused, from, to, states, ending_from, ending_to;
    std::vector<std::string> words;
};

Filter filter_of(const d::ContractQuery& q) {
    Filter f;
    std::vector<std::string> terms;
    if (!q.institutions.empty()) {
        f.institutions = json_array(q.institutions);
        terms.push_back("c.institution_id IN (SELECT id FROM institution WHERE code IN (SELECT value FROM json_each(?1)))");
    }
    if (q.state) {
        f.state = d::contract_state_name(*q.state);
        terms.push_back("c.state = ?2");
    }
    if (!q.unit_code.empty()) {
        f.unit = q.unit_code;
        terms.push_back("c.unit_code = ?3");
    }
    const std::string people = staff_ids_matching(q.text, [&f](const std::string& value) {
        f.words.push_back(value);
        return "?" + std::to_string(10 + f.words.size());
    });
    if (!people.empty()) {
        f.folio_start = q.text;
        terms.push_back("(c.folio LIKE ?4 || '%' OR c.staff_id IN (" + people + "))");
    }
    if (q.in_force_from) {
        f.from = q.in_force_from->iso();
        terms.push_back("(c.end_date IS NULL OR c.end_date >= ?6)");
    }
    if (q.in_force_to) {
        f.to = q.in_force_to->iso();
        terms.push_back("(c.start_date IS NULL OR c.start_date <= ?7)");
    }
    if (!q.states.empty()) {
        std::vector<std::string> names;
        for (const auto state : q.states) names.emplace_back(d::contract_state_name(state));
        f.states = json_array(names);
        terms.push_back("c.state IN (SELECT value FROM json_each(?8))");
    }
    // A range on end_date after the state: index contract_state_end (state, end_date).
    if (q.ending_from) {
        f.ending_from = q.ending_from->iso();
        terms.push_back("c.end_date >= ?9");
    }
    if (q.ending_to) {
        f.ending_to = q.ending_to->iso();
        terms.push_back("c.end_date <= ?10");
    }
    for (std::size_t i = 0; i < terms.size(); ++i) f.where += (i == 0 ? "WHERE " : " AND ") + terms[i];
    return f;
}

// Binds ?1..?10 as far as the statement uses them.
void bind_filter(Statement& st, const Filter& f) {
    const std::string* values[] = {&f.institutions, &f.state,       &f.unit,      &f.folio_start, &f.unused,
                                   &f.from,         &f.to,          &f.states,    &f.ending_from, &f.ending_to};
    const int used = std::min(st.parameter_count(), 10);
    for (int i = 0; i < used; ++i) st.bind(i + 1, std::string_view(*values[i]));
    for (std::size_t i = 0; i < f.words.size(); ++i) st.bind(static_cast<int>(11 + i), std::string_view(f.words[i]));
}

std::string order_of(const d::ContractQuery& q) {
    using O = d::ContractQuery::Order;
    const std::string dir = q.descending ? " DESC" : " ASC";
    switch (q.order) {
        case O::newest: return " ORDER BY c.id DESC";
        case O::folio: return " ORDER BY c.folio" + dir;
        case O::person:
            return " ORDER BY s.first_surname" + dir + ", s.second_surname" + dir + ", s.given_names" + dir + ", c.id DESC";
        case O::state: return " ORDER BY c.state" + dir + ", c.id DESC";
        case O::total: return " ORDER BY c.total_minor" + dir + ", c.id DESC";
        case O::start: return " ORDER BY c.start_date" + dir + ", c.id DESC";
        case O::end: return " ORDER BY c.end_date" + dir + ", c.id DESC";
    }
    return " ORDER BY c.id DESC";
}

}  // namespace

std::map<std::pair<std::string, int>, std::size_t> SqliteContractRepository::count_by_template(
    const std::vector<std::string>& institutions) {
    // Counted per version from the index contract_template (schema version 9).
    std::string sql = "SELECT t.code, t.version, (SELECT count(*) FROM contract c WHERE c.template_id = t.id";
    if (!institutions.empty()) {
        sql += " AND c.institution_id IN (SELECT id FROM institution WHERE code IN (SELECT value FROM json_each(?1)))";
    }
    Statement st(db_, sql + ") FROM template t");
    if (!institutions.empty()) st.bind(1, json_array(institutions));
    std::map<std::pair<std::string, int>, std::size_t> out;
    while (st.step()) {
        if (const auto count = st.column_int(2); count > 0) {
            out[{st.column_text(0), static_cast<int>(st.column_int(1))}] = static_cast<std::size_t>(count);
        }
    }
    return out;
}

std::vector<d::ContractSummary> SqliteContractRepository::page(const d::ContractQuery& query, std::size_t offset,
                                                               std::size_t limit) {
    const auto filter = filter_of(query);
    Statement st(db_, std::string(summary_select) + filter.where + order_of(query) + " LIMIT " + std::to_string(limit) +
                          " OFFSET " + std::to_string(offset));
    bind_filter(st, filter);
    std::vector<d::ContractSummary> out;
    while (st.step()) out.push_back(read_summary(st));
    return out;
}

std::size_t SqliteContractRepository::count(const d::ContractQuery& query) {
    const auto filter = filter_of(query);
    Statement st(db_, "SELECT count(*) FROM contract c " + filter.where);
    bind_filter(st, filter);
    st.step();
    return static_cast<std::size_t>(st.column_int(0));
}

std::map<d::ContractState, std::size_t> SqliteContractRepository::count_by_state(
    const std::vector<std::string>& institutions) {
    d::ContractQuery q;
    q.institutions = institutions;
    const auto filter = filter_of(q);
    Statement st(db_, "SELECT c.state, count(*) FROM contract c " + filter.where + " GROUP BY c.state");
    bind_filter(st, filter);
    std::map<d::ContractState, std::size_t> out;
    while (st.step()) {
        if (const auto s = d::contract_state_from_name(st.column_text(0))) out[*s] = static_cast<std::size_t>(st.column_int(1));
    }
    return out;
}

std::vector<d::ContractSummary> SqliteContractRepository::of_person(const std::string& staff_key) {
    // Each key has its own index; a union keeps each lookup on it.
    Statement st(db_, std::string(summary_select) +
                          "WHERE c.staff_id IN (SELECT id FROM staff WHERE curp = ?1 UNION SELECT id FROM staff WHERE "
                          "dni = ?1 UNION SELECT id FROM staff WHERE foreign_card = ?1) ORDER BY c.id DESC");
    st.bind(1, std::string_view(staff_key));
    std::vector<d::ContractSummary> out;
    while (st.step()) out.push_back(read_summary(st));
    return out;
}

std::vector<std::string> SqliteContractRepository::units_in_use() {
    // Each distinct value found by one index seek past the previous one: as many steps as
    // there are units, whatever the number of contracts.
    Statement st(db_, "WITH RECURSIVE u(code) AS (SELECT min(unit_code) FROM contract UNION ALL "
                      "SELECT (SELECT min(unit_code) FROM contract WHERE unit_code > u.code) FROM u WHERE u.code IS NOT NULL) "
                      "SELECT code FROM u WHERE code IS NOT NULL AND code <> ''");
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.column_text(0));
    return out;
}

std::optional<d::StoredContract> SqliteContractRepository::find(const std::string& folio) {
    Statement st(db_, "SELECT c.id, c.folio, i.code, t.code, t.version, t.source, coalesce(s.curp, s.dni, s.foreign_card), "
                      "s.given_names || ' ' || s.first_surname || ' ' || s.second_surname, c.state, "
                      "coalesce(x.data_json, '{}'), c.total_minor, c.currency, c.signing_date, c.start_date, c.end_date, "
                      "c.created_at, c.drafted_by, coalesce(o.folio, ''), c.regime, c.unit_code, c.budget_account "
                      "FROM contract c JOIN institution i ON i.id = c.institution_id "
                      "JOIN template t ON t.id = c.template_id LEFT JOIN staff s ON s.id = c.staff_id "
                      "LEFT JOIN contract o ON o.id = c.amends_id LEFT JOIN contract_data x ON x.contract_id = c.id "
                      "WHERE c.folio = ?1");
    st.bind(1, std::string_view(folio));
    if (!st.step()) return std::nullopt;
    d::StoredContract r;
    const std::int64_t id = st.column_int(0);
    r.folio = st.column_text(1);
    r.institution_code = st.column_text(2);
    r.template_code = st.column_text(3);
    r.template_version = static_cast<int>(st.column_int(4));
    r.template_source = st.column_text(5);
    r.staff_key = st.column_text(6);
    r.person = st.column_text(7);
    r.state = d::contract_state_from_name(st.column_text(8)).value_or(d::ContractState::borrador);
    r.data_json = st.column_text(9);
    r.total = money_columns(st, 10, 11);
    r.signing_date = date_column(st, 12);
    r.start = date_column(st, 13);
    r.end = date_column(st, 14);
    r.created_at = st.column_text(15);
    r.drafted_by = st.column_text(16);
    r.amends = st.column_text(17);
    r.regime = d::regime_from_name(st.column_text(18)).value_or(d::Regime::honorarios);
    r.unit_code = st.column_text(19);
    r.budget_account = st.column_text(20);
    Statement amendments(db_, "SELECT folio FROM contract WHERE amends_id = ?1 ORDER BY id");
    amendments.bind(1, id);
    while (amendments.step()) r.amendments.push_back(amendments.column_text(0));
    Statement roles(db_, "SELECT cs.role, s.code FROM contract_signatory cs JOIN signatory s ON s.id = cs.signatory_id "
                         "WHERE cs.contract_id = ?1");
    roles.bind(1, id);
    while (roles.step()) r.signatories[roles.column_text(0)] = roles.column_text(1);
    Statement files(db_, "SELECT kind, path, sha256, created_at FROM contract_file WHERE contract_id = ?1 ORDER BY id");
    files.bind(1, id);
    while (files.step()) r.files.push_back({files.column_text(0), files.column_text(1), files.column_text(2), files.column_text(3)});
    return r;
}

std::optional<std::string> SqliteContractRepository::template_source(const std::string& code, int version) {
    Statement st(db_, "SELECT source FROM template WHERE code = ?1 AND version = ?2");
    st.bind(1, std::string_view(code)).bind(2, std::int64_t{version});
    if (!st.step()) return std::nullopt;
    return st.column_text(0);
}

// On one desk the bytes stay in the file the row names; they are what was recorded only while
// the file still has the recorded hash.
std::optional<std::string> SqliteContractRepository::file_contents(const std::string& folio, const std::string& sha256) {
    Statement st(db_, "SELECT f.path FROM contract_file f JOIN contract c ON c.id = f.contract_id "
                      "WHERE c.folio = ?1 AND f.sha256 = ?2 UNION ALL "
                      "SELECT s.path FROM signed_document s JOIN contract c ON c.id = s.contract_id "
                      "WHERE c.folio = ?1 AND s.sha256 = ?2");
    st.bind(1, std::string_view(folio)).bind(2, std::string_view(sha256));
    while (st.step()) {
        std::ifstream in(st.column_text(0), std::ios::binary);
        if (!in) continue;
        std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (platform::sha256_hex(bytes) == sha256) return bytes;
    }
    return std::nullopt;
}

}  // namespace pacta::db
