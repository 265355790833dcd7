// Reading contracts on the office server (db/src/contract_catalog.cpp is the SQLite
// engine's): one contract by folio, a window of a filtered list, counts, a person's
// contracts. Row security leaves out other institutions' contracts for users limited to
// some. Each filter is a parameter; the text search matches the staff's accent-blind
// search text by trigrams, a word at a time.
#include <algorithm>

#include "contract_values.h"
#include "pacta/db/pg/contract_repository.h"
#include "pacta/domain/utf8.h"

namespace pacta::db::pg {

namespace {

namespace d = pacta::domain;
using detail::date_value;

// The person's key needs the identity columns, which a legal reviewer may not read: their
// lists show the name only.
std::string summary_select(bool identity) {
    return std::string("SELECT c.folio, i.code, coalesce(s.given_names || ' ' || s.first_surname || "
                       "CASE WHEN s.second_surname = '' THEN '' ELSE ' ' || s.second_surname END, ''), ") +
           (identity ? "coalesce(s.curp, s.dni, s.foreign_card, '')" : "''") +
           ", t.code, t.version, c.state, c.total_minor, c.currency, c.start_date::text, c.end_date::text, c.unit_code, "
           "coalesce(o.folio, '') FROM contract c JOIN institution i ON i.id = c.institution_id "
           "JOIN template t ON t.id = c.template_id LEFT JOIN staff s ON s.id = c.staff_id "
           "LEFT JOIN contract o ON o.id = c.amends_id ";
}

std::vector<d::ContractSummary> read_summaries(const Result& r) {
    std::vector<d::ContractSummary> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int row = 0; row < r.rows(); ++row) {
        d::ContractSummary c;
        c.folio = r.text(row, 0);
        c.institution_code = r.text(row, 1);
        c.person = r.text(row, 2);
        c.staff_key = r.text(row, 3);
        c.template_code = r.text(row, 4);
        c.template_version = static_cast<int>(r.integer(row, 5));
        c.state = d::contract_state_from_name(r.text(row, 6)).value_or(d::ContractState::borrador);
        c.total = detail::money_value(r, row, 7, 8);
        c.start = date_value(r, row, 9);
        c.end = date_value(r, row, 10);
        c.unit_code = r.text(row, 11);
        c.amends = r.text(row, 12);
        out.push_back(std::move(c));
    }
    return out;
}

// The words a search looks for, split where SQLite's search splits them.
std::vector<std::string> search_words(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '"' || c == '*' || c == '-' || c == ',' || c == '.') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word.push_back(c);
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

// A query's WHERE clause and its parameters, $1 on.
struct Filter {
    std::string where;
    std::vector<Param> params;

    std::string param(Param value) {
        params.push_back(std::move(value));
        return "$" + std::to_string(params.size());
    }
    void add(const std::string& term) { where += (where.empty() ? "WHERE " : " AND ") + term; }
};

std::vector<std::string> words_escaped(const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const auto& word : words) out.push_back(like_literal(word));
    return out;
}

Filter filter_of(const d::ContractQuery& q, bool identity) {
    Filter f;
    if (!q.institutions.empty()) {
        f.add("c.institution_id IN (SELECT id FROM institution WHERE code = ANY (" + f.param(text_array(q.institutions)) +
              "::text[]))");
    }
    if (q.state) f.add("c.state = " + f.param(std::string(d::contract_state_name(*q.state))));
    if (!q.unit_code.empty()) f.add("c.unit_code = " + f.param(q.unit_code));
    if (const auto words = search_words(q.text); !words.empty()) {
        // A folio's start (folios are stored in capitals, as SQLite's LIKE ignores ASCII
        // case), or people with every word somewhere in their search text (names, keys and
        // unit; names only for a reviewer, who may not read the rest).
        std::string people;
        if (identity) {
            people = "SELECT pacta.staff_matching(" + f.param(text_array(words_escaped(words))) + "::text[], false)";
        } else {
            people = "SELECT s.id FROM staff s WHERE true";
            for (const auto& word : words) {
                people += " AND lower(pacta.unaccent(s.given_names || ' ' || s.first_surname || ' ' || s.second_surname)) "
                          "LIKE '%' || lower(pacta.unaccent(" + f.param(like_literal(word)) + ")) || '%'";
            }
        }
        f.add("(c.folio COLLATE \"C\" LIKE " + f.param(like_literal(d::to_upper_es(q.text)) + "%") +
              " OR c.staff_id = ANY (ARRAY(" + people + ")))");
    }
    if (q.in_force_from) f.add("(c.end_date IS NULL OR c.end_date >= " + f.param(q.in_force_from->iso()) + "::date)");
    if (q.in_force_to) f.add("(c.start_date IS NULL OR c.start_date <= " + f.param(q.in_force_to->iso()) + "::date)");
    if (!q.states.empty()) {
        std::vector<std::string> names;
        for (const auto state : q.states) names.emplace_back(d::contract_state_name(state));
        f.add("c.state = ANY (" + f.param(text_array(names)) + "::text[])");
    }
    if (q.ending_from) f.add("c.end_date >= " + f.param(q.ending_from->iso()) + "::date");
    if (q.ending_to) f.add("c.end_date <= " + f.param(q.ending_to->iso()) + "::date");
    return f;
}

// As SQLite sorts: text in byte order (the index contract_folio_bytes, staff_name), nulls
// (no date, no person) first going up, last going down.
std::string order_of(const d::ContractQuery& q) {
    using O = d::ContractQuery::Order;
    const std::string dir = q.descending ? " DESC" : " ASC";
    const std::string nullable = dir + (q.descending ? " NULLS LAST" : " NULLS FIRST");
    const std::string bytes = " COLLATE \"C\"";
    switch (q.order) {
        case O::newest: return " ORDER BY c.id DESC";
        case O::folio: return " ORDER BY c.folio" + bytes + dir;
        case O::person:
            return " ORDER BY s.first_surname" + bytes + nullable + ", s.second_surname" + bytes + nullable +
                   ", s.given_names" + bytes + nullable + ", c.id DESC";
        case O::state: return " ORDER BY c.state" + bytes + dir + ", c.id DESC";
        case O::total: return " ORDER BY c.total_minor" + dir + ", c.id DESC";
        case O::start: return " ORDER BY c.start_date" + nullable + ", c.id DESC";
        case O::end: return " ORDER BY c.end_date" + nullable + ", c.id DESC";
    }
    return " ORDER BY c.id DESC";
}

}  // namespace

bool PgContractRepository::reads_identity() {
    if (!reads_identity_) {
        reads_identity_ = db_.exec("SELECT has_column_privilege('pacta.staff', 'curp', 'SELECT')").text(0, 0) == "t";
    }
    return *reads_identity_;
}

std::map<std::pair<std::string, int>, std::size_t> PgContractRepository::count_by_template(
    const std::vector<std::string>& institutions) {
    // Counted on the index contract_template (template_id, institution_id).
    d::ContractQuery q;
    q.institutions = institutions;
    const auto filter = filter_of(q, true);
    const auto r = db_.exec("SELECT t.code, t.version, n.count FROM template t JOIN (SELECT c.template_id, count(*) "
                            "FROM contract c " + filter.where + " GROUP BY c.template_id) n ON n.template_id = t.id",
                            filter.params);
    std::map<std::pair<std::string, int>, std::size_t> out;
    for (int row = 0; row < r.rows(); ++row) {
        out[{r.text(row, 0), static_cast<int>(r.integer(row, 1))}] = static_cast<std::size_t>(r.integer(row, 2));
    }
    return out;
}

std::vector<d::ContractSummary> PgContractRepository::page(const d::ContractQuery& query, std::size_t offset,
                                                           std::size_t limit) {
    const bool identity = reads_identity();
    const auto filter = filter_of(query, identity);
    return read_summaries(db_.exec(summary_select(identity) + filter.where + order_of(query) + " LIMIT " +
                                       std::to_string(limit) + " OFFSET " + std::to_string(offset),
                                   filter.params));
}

std::size_t PgContractRepository::count(const d::ContractQuery& query) {
    const auto filter = filter_of(query, reads_identity());
    return static_cast<std::size_t>(db_.exec("SELECT count(*) FROM contract c " + filter.where, filter.params).integer(0, 0));
}

std::map<d::ContractState, std::size_t> PgContractRepository::count_by_state(
    const std::vector<std::string>& institutions) {
    d::ContractQuery q;
    q.institutions = institutions;
    const auto filter = filter_of(q, true);
    const auto r = db_.exec("SELECT c.state, count(*) FROM contract c " + filter.where + " GROUP BY c.state", filter.params);
    std::map<d::ContractState, std::size_t> out;
    for (int row = 0; row < r.rows(); ++row) {
        if (const auto s = d::contract_state_from_name(r.text(row, 0))) out[*s] = static_cast<std::size_t>(r.integer(row, 1));
    }
    return out;
}

std::vector<d::ContractSummary> PgContractRepository::of_person(const std::string& staff_key) {
    // A login that may not read identity numbers cannot look a person up by one.
    if (!reads_identity()) return {};
    return read_summaries(db_.exec(summary_select(true) +
                                       "WHERE c.staff_id = ANY (ARRAY(SELECT id FROM staff WHERE curp = $1 OR dni = $1 "
                                       "OR foreign_card = $1)) ORDER BY c.id DESC",
                                   {staff_key}));
}

std::vector<std::string> PgContractRepository::units_in_use() {
    // Each distinct value found by one index seek past the previous one: as many steps as
    // there are units, whatever the number of contracts.
    const auto r = db_.exec("WITH RECURSIVE u (code) AS (SELECT min(unit_code) FROM contract UNION ALL "
                            "SELECT (SELECT min(unit_code) FROM contract WHERE unit_code > u.code) FROM u "
                            "WHERE u.code IS NOT NULL) SELECT code FROM u WHERE code IS NOT NULL AND code <> ''");
    std::vector<std::string> out;
    for (int row = 0; row < r.rows(); ++row) out.push_back(r.text(row, 0));
    std::sort(out.begin(), out.end());  // in byte order, as SQLite's (the index walks the database's collation)
    return out;
}

std::optional<d::StoredContract> PgContractRepository::find(const std::string& folio) {
    const auto r = db_.exec(
        std::string("SELECT c.id, c.folio, i.code, t.code, t.version, t.source, ") +
            (reads_identity() ? "coalesce(s.curp, s.dni, s.foreign_card)" : "''") +
            ", s.given_names || ' ' || s.first_surname || ' ' || s.second_surname, c.state, "
            "coalesce(x.data_json, '{}'), c.total_minor, c.currency, c.signing_date::text, c.start_date::text, "
            "c.end_date::text, c.created_at, c.drafted_by, coalesce(o.folio, ''), c.regime, c.unit_code, c.budget_account "
            "FROM contract c JOIN institution i ON i.id = c.institution_id JOIN template t ON t.id = c.template_id "
            "LEFT JOIN staff s ON s.id = c.staff_id LEFT JOIN contract o ON o.id = c.amends_id "
            "LEFT JOIN contract_data x ON x.contract_id = c.id WHERE c.folio = $1",
        {folio});
    if (r.rows() == 0) return std::nullopt;
    d::StoredContract c;
    const std::string id = r.text(0, 0);
    c.folio = r.text(0, 1);
    c.institution_code = r.text(0, 2);
    c.template_code = r.text(0, 3);
    c.template_version = static_cast<int>(r.integer(0, 4));
    c.template_source = r.text(0, 5);
    c.staff_key = r.text(0, 6);
    c.person = r.text(0, 7);
    c.state = d::contract_state_from_name(r.text(0, 8)).value_or(d::ContractState::borrador);
    c.data_json = r.text(0, 9);
    c.total = detail::money_value(r, 0, 10, 11);
    c.signing_date = date_value(r, 0, 12);
    c.start = date_value(r, 0, 13);
    c.end = date_value(r, 0, 14);
    c.created_at = r.text(0, 15);
    c.drafted_by = r.text(0, 16);
    c.amends = r.text(0, 17);
    c.regime = d::regime_from_name(r.text(0, 18)).value_or(d::Regime::honorarios);
    c.unit_code = r.text(0, 19);
    c.budget_account = r.text(0, 20);
    // The rest in one more round trip: amendments, signatories and files, each tagged.
    const auto parts = db_.exec(
        "SELECT 'a', folio, '', '', '', id FROM contract WHERE amends_id = $1 UNION ALL "
        "SELECT 's', cs.role, s.code, '', '', 0 FROM contract_signatory cs JOIN signatory s ON s.id = cs.signatory_id "
        "WHERE cs.contract_id = $1 UNION ALL "
        "SELECT 'f', kind, path, sha256, created_at, id FROM contract_file WHERE contract_id = $1 ORDER BY 1, 6",
        {id});
    for (int row = 0; row < parts.rows(); ++row) {
        const std::string kind = parts.text(row, 0);
        if (kind == "a") {
            c.amendments.push_back(parts.text(row, 1));
        } else if (kind == "s") {
            c.signatories[parts.text(row, 1)] = parts.text(row, 2);
        } else {
            c.files.push_back({parts.text(row, 1), parts.text(row, 2), parts.text(row, 3), parts.text(row, 4)});
        }
    }
    return c;
}

std::optional<std::string> PgContractRepository::template_source(const std::string& code, int version) {
    const auto r = db_.exec("SELECT source FROM template WHERE code = $1 AND version = $2",
                            {code, std::to_string(version)});
    if (r.rows() == 0) return std::nullopt;
    return r.text(0, 0);
}

// On the server the bytes travel with the row, so any desk opens what another recorded.
std::optional<std::string> PgContractRepository::file_contents(const std::string& folio, const std::string& sha256) {
    const auto r = db_.exec("SELECT f.content FROM contract_file f JOIN contract c ON c.id = f.contract_id "
                            "WHERE c.folio = $1 AND f.sha256 = $2 AND f.content IS NOT NULL UNION ALL "
                            "SELECT s.content FROM signed_document s JOIN contract c ON c.id = s.contract_id "
                            "WHERE c.folio = $1 AND s.sha256 = $2 AND s.content IS NOT NULL LIMIT 1",
                            {folio, sha256});
    if (r.rows() == 0) return std::nullopt;
    auto bytes = detail::bytea_value(r.text(0, 0));
    if (platform::sha256_hex(bytes) != sha256) return std::nullopt;
    return bytes;
}

}  // namespace pacta::db::pg
