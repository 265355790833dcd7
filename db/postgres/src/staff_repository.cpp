#include "pacta/db/pg/staff_repository.h"
#include "pacta/db/pg/params.h"
#include "pacta/db/search_words.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace pacta::db::pg {

namespace {

using domain::StaffMember;

constexpr const char* all_columns =
    "s.given_names, s.first_surname, s.second_surname, s.sex, s.birth_date, s.nationality, s.civil_status, s.curp, "
    "s.rfc, s.dni, s.foreign_card, s.ruc, s.domicile, s.phone, s.email, s.bank_account, s.profession, s.category, "
    "s.regime, s.suspension_year, coalesce(u.code, ''), s.active";
// For a role the server does not let read personal data (the legal reviewer): who the person
// is and where they work, the rest blank, as the service layer would mask it anyway.
constexpr const char* public_columns =
    "s.given_names, s.first_surname, s.second_surname, s.sex, DATE '1900-01-01', '', '', s.curp, NULL, s.dni, "
    "s.foreign_card, NULL, '', '', '', '', '', s.category, s.regime, s.suspension_year, coalesce(u.code, ''), s.active";

// Byte order, as SQLite's BINARY collation sorts (the database's own collation may be a
// language's); the index staff_name is kept in the same order so a page reads only its rows.
std::string name_order(bool descending) {
    const std::string dir = descending ? " DESC" : "";
    return " ORDER BY s.first_surname COLLATE \"C\"" + dir + ", s.second_surname COLLATE \"C\"" + dir +
           ", s.given_names COLLATE \"C\"" + dir + ", s.id" + dir;
}

StaffMember read_row(const Result& r, int row) {
    StaffMember m;
    m.given_names = r.text(row, 0);
    m.first_surname = r.text(row, 1);
    m.second_surname = r.text(row, 2);
    m.sex = domain::sex_from_name(r.text(row, 3)).value_or(domain::Sex::man);
    m.birth_date = *domain::parse_iso_date(r.text(row, 4)).value;
    m.nationality = r.text(row, 5);
    m.civil_status = r.text(row, 6);
    m.curp = r.text(row, 7);
    m.rfc = r.text(row, 8);
    m.dni = r.text(row, 9);
    m.foreign_card = r.text(row, 10);
    m.ruc = r.text(row, 11);
    m.domicile = r.text(row, 12);
    m.phone = r.text(row, 13);
    m.email = r.text(row, 14);
    m.bank_account = r.text(row, 15);
    m.profession = r.text(row, 16);
    m.category = domain::category_from_name(r.text(row, 17)).value_or(domain::Category::administrativo);
    m.regime = domain::regime_from_name(r.text(row, 18)).value_or(domain::Regime::honorarios);
    if (!r.is_null(row, 19)) m.suspension_year = static_cast<int>(r.integer(row, 19));
    m.unit_code = r.text(row, 20);
    m.active = r.text(row, 21) == "t";
    return m;
}

std::vector<StaffMember> read_rows(const Result& r) {
    std::vector<StaffMember> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) out.push_back(read_row(r, i));
    return out;
}

// A row count as a bigint parameter (a count past bigint's range means no limit).
std::string row_count(std::size_t n) {
    return std::to_string(std::min<std::size_t>(n, std::numeric_limits<std::int64_t>::max()));
}

// The WHERE clause of a staff query and its parameters, numbered from $1.
struct StaffFilter {
    std::string where;
    std::vector<Param> params;
    bool tax_numbers = false;  // the words may match an RFC or RUC too (a login that may read them)

    void add(const std::string& term) { where += (where.empty() ? " WHERE " : " AND ") + term; }
    std::string next(std::string value) {
        params.emplace_back(std::move(value));
        return "$" + std::to_string(params.size());
    }
    // Every word of `text` (search_words, as SQLite splits them) in search_text, accents and
    // case aside. LIKE's own characters in a word match themselves. The server's
    // staff_matching finds them by the trigram indexes (row security would test every row).
    // `first_rows`: only the first so many people by name may be wanted.
    void add_words(const std::string& text, std::optional<std::size_t> first_rows = std::nullopt) {
        std::vector<std::string> words;
        for (const auto& word : search_words(text)) {
            std::string escaped;
            for (const char c : word) {
                if (c == '%' || c == '_' || c == '\\') escaped += '\\';
                escaped += c;
            }
            words.push_back(std::move(escaped));
        }
        if (words.empty()) return;
        add("s.id IN (SELECT pacta.staff_matching(" + next(text_array(words)) + "::text[], " +
            (tax_numbers ? "true" : "false") + (first_rows ? ", " + next(row_count(*first_rows)) + "::bigint" : "") + "))");
    }
};

// `first_rows`: a page's end, when it is read by name going up.
StaffFilter staff_filter(const domain::StaffQuery& q, bool tax_numbers,
                         std::optional<std::size_t> first_rows = std::nullopt) {
    StaffFilter f;
    f.tax_numbers = tax_numbers;
    f.add_words(q.text, first_rows);
    if (!q.unit_code.empty()) f.add("s.unit_id IN (SELECT id FROM unit WHERE code = " + f.next(q.unit_code) + ")");
    if (q.regime) f.add("s.regime = " + f.next(std::string(domain::regime_name(*q.regime))));
    if (q.category) f.add("s.category = " + f.next(std::string(domain::category_name(*q.category))));
    if (!q.institutions.empty()) {
        f.add("s.institution_id IN (SELECT id FROM institution WHERE code = ANY (" + f.next(text_array(q.institutions)) +
              "::text[]))");
    }
    return f;
}

}  // namespace

std::vector<std::string> PgStaffRepository::existing_keys(const std::vector<std::string>& keys) {
    // One statement over all the keys, each by its own unique index.
    const auto r = db_.exec("SELECT j.k FROM unnest($1::text[]) WITH ORDINALITY AS j(k, n) WHERE "
                            "EXISTS (SELECT 1 FROM staff WHERE curp = j.k) OR EXISTS (SELECT 1 FROM staff WHERE dni = j.k) "
                            "OR EXISTS (SELECT 1 FROM staff WHERE foreign_card = j.k) ORDER BY j.n",
                            {text_array(keys)});
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) out.push_back(r.text(i, 0));
    return out;
}

std::map<std::string, std::string> PgStaffRepository::institutions_of(const std::vector<std::string>& keys) {
    // Across institutions (the server's function): the service refuses, audited, a key that
    // belongs to an institution this user does not cover.
    const auto r = db_.exec("SELECT key, institution FROM pacta.staff_institutions($1::text[])", {text_array(keys)});
    std::map<std::string, std::string> out;
    for (int i = 0; i < r.rows(); ++i) out.emplace(r.text(i, 0), r.text(i, 1));
    return out;
}

bool PgStaffRepository::personal() {
    if (!personal_) {
        personal_ = db_.exec("SELECT has_column_privilege('pacta.staff', 'search_private', 'SELECT')").text(0, 0) == "t";
    }
    return *personal_;
}

const char* PgStaffRepository::columns() { return personal() ? all_columns : public_columns; }

std::optional<StaffMember> PgStaffRepository::find(const std::string& key) {
    const auto r = db_.exec(std::string("SELECT ") + columns() +
                                " FROM staff s LEFT JOIN unit u ON u.id = s.unit_id WHERE s.curp = $1 OR s.dni = $1 OR "
                                "s.foreign_card = $1 ORDER BY s.id LIMIT 1",
                            {key});
    if (r.rows() == 0) return std::nullopt;
    return read_row(r, 0);
}

std::int64_t PgStaffRepository::version(const std::string& key) {
    const auto r = db_.exec("SELECT max(id) FROM audit_log WHERE entity = 'personal' AND entity_id = $1", {key});
    return r.is_null(0, 0) ? 0 : r.integer(0, 0);
}

std::vector<StaffMember> PgStaffRepository::search(const std::string& text, std::size_t limit) {
    StaffFilter f;
    f.tax_numbers = personal();
    f.add_words(text, limit);
    if (f.where.empty()) return {};
    // By surnames: trigram matching has no rank like FTS5's bm25.
    const std::string limit_param = f.next(row_count(limit));
    return read_rows(db_.exec(std::string("SELECT ") + columns() + " FROM staff s LEFT JOIN unit u ON u.id = s.unit_id" +
                                  f.where + name_order(false) + " LIMIT " + limit_param,
                              f.params));
}

std::vector<StaffMember> PgStaffRepository::all() {
    return read_rows(
        db_.exec(std::string("SELECT ") + columns() + " FROM staff s LEFT JOIN unit u ON u.id = s.unit_id" + name_order(false)));
}

std::vector<StaffMember> PgStaffRepository::page(const domain::StaffQuery& query, std::size_t offset, std::size_t limit) {
    // Only a page read by name going up, with no other filter, may cut the matches short.
    const bool by_name_alone = !query.descending && query.unit_code.empty() && !query.regime && !query.category &&
                               query.institutions.empty() &&
                               offset <= std::numeric_limits<std::size_t>::max() - limit;
    auto f = staff_filter(query, personal(), by_name_alone ? std::optional<std::size_t>(offset + limit) : std::nullopt);
    const std::string limit_param = f.next(row_count(limit));
    const std::string offset_param = f.next(row_count(offset));
    return read_rows(db_.exec(std::string("SELECT ") + columns() + " FROM staff s LEFT JOIN unit u ON u.id = s.unit_id" +
                                  f.where + name_order(query.descending) + " LIMIT " + limit_param + " OFFSET " +
                                  offset_param,
                              f.params));
}

std::size_t PgStaffRepository::count(const domain::StaffQuery& query) {
    const auto f = staff_filter(query, personal());
    return static_cast<std::size_t>(db_.exec("SELECT count(*) FROM staff s" + f.where, f.params).integer(0, 0));
}

std::vector<std::string> PgStaffRepository::units_in_use() {
    // Units are few: read from their own table, keeping those someone is assigned to; a code
    // two institutions share is one choice (a filter by unit matches it in both).
    const auto r = db_.exec("SELECT DISTINCT code COLLATE \"C\" FROM unit u "
                            "WHERE EXISTS (SELECT 1 FROM staff s WHERE s.unit_id = u.id) ORDER BY 1");
    std::vector<std::string> out;
    for (int i = 0; i < r.rows(); ++i) out.push_back(r.text(i, 0));
    return out;
}

std::vector<domain::StaffCount> PgStaffRepository::active_breakdown() {
    // Counted on the index staff_breakdown (active, regime, category).
    const auto r = db_.exec("SELECT regime, category, count(*) FROM staff WHERE active GROUP BY regime, category "
                            "ORDER BY regime COLLATE \"C\", category COLLATE \"C\"");
    std::vector<domain::StaffCount> out;
    for (int i = 0; i < r.rows(); ++i) {
        const auto regime = domain::regime_from_name(r.text(i, 0));
        const auto category = domain::category_from_name(r.text(i, 1));
        if (regime && category) out.push_back({*regime, *category, static_cast<std::size_t>(r.integer(i, 2))});
    }
    return out;
}

}  // namespace pacta::db::pg
