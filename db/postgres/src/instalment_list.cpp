// Lists of instalments read from the office server: windows of a filtered, sorted list,
// their length, and sums per month, unit or budget account. The filters, the order and the
// window are SQL, so a screen reads the rows it shows; the open lists walk the partial index
// instalment_open or due_in_force (kept by the server's triggers), the month sums read
// instalment_month_total (kept likewise). Text sorts in byte order (COLLATE "C"), as SQLite's.
#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "pacta/db/pg/instalment_repository.h"
#include "pacta/db/pg/params.h"
#include "pacta/db/search_words.h"

namespace pacta::db::pg {

namespace d = domain;

namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// "2024", "2024-03", "2024-03-15": the start of a date, searched on the due date.
bool date_prefix(const std::string& text) {
    static const std::string shape = "0000-00-00";
    if (text.size() < 4 || text.size() > shape.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (shape[i] == '-' ? text[i] != '-' : std::isdigit(static_cast<unsigned char>(text[i])) == 0) return false;
    }
    return true;
}

unsigned days_in_month(int year, unsigned month) {
    unsigned day = 31;
    while (!d::Date::from_ymd(year, month, day)) --day;
    return day;
}

// The dates whose ISO text starts with `prefix`, as a range [first, last] (empty when first
// > last): ISO text sorts as the dates do, so they lie between the prefix completed with the
// least digits and with the most, each moved inward to the nearest real day.
std::pair<d::Date, d::Date> prefix_range(const std::string& prefix) {
    const auto completed = [&](const std::string& fill) {
        const std::string t = prefix + fill.substr(prefix.size());
        return std::array<int, 3>{std::stoi(t.substr(0, 4)), std::stoi(t.substr(5, 2)), std::stoi(t.substr(8, 2))};
    };
    const auto none = std::pair{*d::Date::from_ymd(1, 1, 2), *d::Date::from_ymd(1, 1, 1)};
    const auto [y, m, day] = completed("0000-00-00");
    const auto [ly, lm, lday] = completed("9999-99-99");  // ly == y: the prefix holds the year
    if (y < 1 || m > 12 || lm == 0) return none;          // "0000", "2024-13", "2024-00"
    d::Date first = *d::Date::from_ymd(y, 1, 1);
    if (m > 0) {
        const auto month = static_cast<unsigned>(m);
        const unsigned days = days_in_month(y, month);
        first = day == 0                               ? *d::Date::from_ymd(y, month, 1)
                : static_cast<unsigned>(day) > days ? d::Date::from_ymd(y, month, days)->add_days(1)
                                                       : *d::Date::from_ymd(y, month, static_cast<unsigned>(day));
    }
    d::Date last = *d::Date::from_ymd(ly, 12, 31);
    if (lm <= 12) {
        const auto month = static_cast<unsigned>(lm);
        last = lday == 0 ? d::Date::from_ymd(ly, month, 1)->add_days(-1)
                         : *d::Date::from_ymd(ly, month, std::min(static_cast<unsigned>(lday), days_in_month(ly, month)));
    }
    return first <= last ? std::pair{first, last} : none;
}

// A WHERE clause and its parameters, numbered $1, $2... as they are added.
struct Where {
    std::string sql;
    std::vector<Param> params;
    void add(const std::string& term) { sql += (sql.empty() ? " WHERE " : " AND ") + term; }
    std::string next(std::string value) {
        params.emplace_back(std::move(value));
        return "$" + std::to_string(params.size());
    }
};

std::string institutions_in(Where& w, const std::string& column, const std::vector<std::string>& codes) {
    return column + " IN (SELECT id FROM institution WHERE code = ANY (" + w.next(text_array(codes)) + "::text[]))";
}

std::string like_escaped(const std::string& word) {
    std::string out;
    for (const char c : word) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

Where where_of(const d::InstalmentQuery& q, bool open) {
    Where w;
    // Textually the partial index instalment_open's condition.
    if (open) {
        w.add("n.state NOT IN ('pagado', 'cancelado') AND c.state IN ('firmado', 'vigente', 'concluido', "
              "'terminado_anticipadamente', 'rescindido')");
    }
    if (q.due_by) w.add("n.due_date <= " + w.next(q.due_by->iso()));
    if (!q.unit.empty()) w.add("c.unit_code = " + w.next(q.unit));
    if (!q.institutions.empty()) w.add(institutions_in(w, "c.institution_id", q.institutions));
    if (q.state) w.add("n.state = " + w.next(std::string(d::instalment_state_name(*q.state))));
    if (!q.account.empty()) w.add("c.budget_account = " + w.next(q.account));
    if (!q.contract_states.empty()) {
        std::vector<std::string> names;
        for (const auto s : q.contract_states) names.emplace_back(d::contract_state_name(s));
        w.add("c.state = ANY (" + w.next(text_array(names)) + "::text[])");
    }
    if (q.period_from) w.add("n.due_date >= " + w.next(q.period_from->iso()));
    if (q.period_to) w.add("n.period_start <= " + w.next(q.period_to->iso()));
    const std::string text = trimmed(q.text);
    if (date_prefix(text)) {
        const auto [first, last] = prefix_range(text);
        w.add("n.due_date BETWEEN " + w.next(first.iso()) + " AND " + w.next(last.iso()));
    } else if (!text.empty()) {
        std::string folio = text;
        std::transform(folio.begin(), folio.end(), folio.begin(), [](unsigned char c) { return std::toupper(c); });
        const auto start = w.next(folio);
        // The matching contracts drive the lookup (a range of contract_folio_bytes, the
        // staff search's trigram index); '~' sorts after every character a folio holds.
        std::string contracts = "SELECT id FROM contract WHERE folio COLLATE \"C\" >= " + start +
                                " AND folio COLLATE \"C\" < " + start + " || '~'";
        // Each word must be in the person's search text, accents and case aside (the trigram index).
        if (const auto words = search_words(text); !words.empty()) {
            std::vector<std::string> escaped;
            for (const auto& word : words) escaped.push_back(like_escaped(word));
            contracts += " UNION SELECT k.id FROM contract k WHERE k.staff_id IN (SELECT pacta.staff_matching(" +
                         w.next(text_array(escaped)) + "::text[], false))";
        }
        w.add("c.id IN (" + contracts + ")");
    }
    return w;
}

std::string order_of(const d::InstalmentQuery& q) {
    using O = d::InstalmentQuery::Order;
    const std::string dir = q.descending ? " DESC" : "";
    // SQLite puts NULL (a contract without a person) first going up, last going down.
    const std::string nulls = q.descending ? " NULLS LAST" : " NULLS FIRST";
    const auto text = [&](const std::string& column) { return column + " COLLATE \"C\"" + dir; };
    const std::string by_folio = ", " + text("c.folio") + ", n.number" + dir;
    switch (q.order) {
        case O::folio: return " ORDER BY " + text("c.folio") + ", n.number" + dir;
        case O::number: return " ORDER BY n.number" + dir + ", " + text("c.folio");
        case O::person:
            return " ORDER BY " + text("s.first_surname") + nulls + ", " + text("s.second_surname") + nulls + ", " +
                   text("s.given_names") + nulls + by_folio;
        case O::unit: return " ORDER BY " + text("c.unit_code") + by_folio;
        case O::account: return " ORDER BY " + text("c.budget_account") + by_folio;
        case O::period_start: return " ORDER BY n.period_start" + dir + ", n.id" + dir;
        case O::due: return " ORDER BY n.due_date" + dir + ", n.id" + dir;
        case O::amount: return " ORDER BY n.amount_minor" + dir + ", n.id" + dir;
        case O::state: return " ORDER BY " + text("n.state") + ", n.due_date" + dir + ", n.id" + dir;
    }
    return " ORDER BY c.folio COLLATE \"C\", n.number";
}

std::string window(std::size_t offset, std::size_t limit) {
    return " LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset);
}

// Inicio's list keeps only contracts in force: it walks due_in_force, which holds just
// their open instalments, so drafts' schedules and old contracts are never read.
bool in_force_only(const d::InstalmentQuery& q) {
    const std::set<d::ContractState> states(q.contract_states.begin(), q.contract_states.end());
    return states == std::set<d::ContractState>{d::ContractState::firmado, d::ContractState::vigente};
}

constexpr const char* joined = "FROM instalment n JOIN contract c ON c.id = n.contract_id "
                               "LEFT JOIN staff s ON s.id = c.staff_id";
constexpr const char* joined_in_force = "FROM due_in_force d JOIN instalment n ON n.id = d.instalment_id "
                                        "JOIN contract c ON c.id = n.contract_id LEFT JOIN staff s ON s.id = c.staff_id";

// key, currency, planned, approved, paid, withheld.
std::vector<d::InstalmentTotals> read_totals(const Result& r) {
    std::vector<d::InstalmentTotals> out;
    for (int i = 0; i < r.rows(); ++i) {
        d::InstalmentTotals t;
        t.key = r.text(i, 0);
        t.currency = d::currency_from_code(r.text(i, 1)).value_or(d::Currency::MXN);
        t.planned = r.integer(i, 2);
        t.approved = r.integer(i, 3);
        t.paid = r.integer(i, 4);
        t.withheld = r.integer(i, 5);
        out.push_back(t);
    }
    return out;
}

}  // namespace

std::vector<d::ContractInstalment> PgInstalmentRepository::open_list(const d::InstalmentQuery& q,
                                                                     const std::string& rows) {
    auto w = where_of(q, true);
    if (in_force_only(q)) {
        // due_in_force's key (due_date, instalment_id) gives the order and the day's bound.
        if (q.due_by) w.add("d.due_date <= " + w.next(q.due_by->iso()));
        return query(std::string(joined_in_force) + w.sql + " ORDER BY d.due_date, d.instalment_id" + rows, w.params);
    }
    return query(std::string(joined) + w.sql + " ORDER BY n.due_date, n.id" + rows, w.params);
}

std::vector<d::ContractInstalment> PgInstalmentRepository::open(const d::InstalmentQuery& q) { return open_list(q, ""); }

std::vector<d::ContractInstalment> PgInstalmentRepository::open_page(const d::InstalmentQuery& q, std::size_t offset,
                                                                     std::size_t limit) {
    return open_list(q, window(offset, limit));
}

std::size_t PgInstalmentRepository::open_count(const d::InstalmentQuery& q) {
    if (!in_force_only(q)) {
        auto all = q;
        all.open_only = true;
        return count(all);
    }
    // Inicio's count (a day and the user's institutions) reads due_in_force alone.
    const bool only_day_and_institutions = trimmed(q.text).empty() && q.unit.empty() && q.account.empty() &&
                                           !q.state && !q.period_from && !q.period_to;
    Where w;
    std::string from = "FROM due_in_force d";
    if (only_day_and_institutions) {
        if (q.due_by) w.add("d.due_date <= " + w.next(q.due_by->iso()));
        if (!q.institutions.empty()) w.add(institutions_in(w, "d.institution_id", q.institutions));
    } else {
        w = where_of(q, true);
        if (q.due_by) w.add("d.due_date <= " + w.next(q.due_by->iso()));
        from += " JOIN instalment n ON n.id = d.instalment_id JOIN contract c ON c.id = n.contract_id";
    }
    return static_cast<std::size_t>(db_.exec("SELECT count(*) " + from + w.sql, w.params).integer(0, 0));
}

std::vector<d::ContractInstalment> PgInstalmentRepository::page(const d::InstalmentQuery& q, std::size_t offset,
                                                                std::size_t limit) {
    const auto w = where_of(q, q.open_only);
    return query(std::string(joined) + w.sql + order_of(q) + window(offset, limit), w.params);
}

std::size_t PgInstalmentRepository::count(const d::InstalmentQuery& q) {
    const auto w = where_of(q, q.open_only);
    return static_cast<std::size_t>(
        db_.exec("SELECT count(*) FROM instalment n JOIN contract c ON c.id = n.contract_id" + w.sql, w.params)
            .integer(0, 0));
}

// Kept by the server as instalments change: twelve months read twelve rows per
// institution and currency, whatever the office's size.
std::vector<d::InstalmentTotals> PgInstalmentRepository::month_totals(const std::vector<std::string>& institutions,
                                                                      const std::string& from_month,
                                                                      const std::string& to_month) {
    Where w;
    w.add("month >= " + w.next(from_month) + " AND month <= " + w.next(to_month));
    if (!institutions.empty()) w.add(institutions_in(w, "institution_id", institutions));
    return read_totals(db_.exec("SELECT month, currency, sum(planned_minor), sum(approved_minor), sum(paid_minor), "
                                "sum(withheld_minor) FROM instalment_month_total" + w.sql +
                                    " GROUP BY 1, 2 HAVING sum(planned_minor) <> 0 OR sum(paid_minor) <> 0 OR "
                                    "sum(withheld_minor) <> 0 ORDER BY month COLLATE \"C\", currency",
                                w.params));
}

std::vector<d::InstalmentTotals> PgInstalmentRepository::totals(const std::vector<std::string>& institutions,
                                                               const std::string& from_month,
                                                               const std::string& to_month, d::TotalsKey key) {
    if (key == d::TotalsKey::month) return month_totals(institutions, from_month, to_month);
    d::InstalmentQuery q;
    q.institutions = institutions;
    auto w = where_of(q, false);
    // From the first day of the first month to the last of the last (a range of instalment_totals).
    w.add("n.due_date >= (" + w.next(from_month) + "::text || '-01')::date AND n.due_date < ((" + w.next(to_month) +
          "::text || '-01')::date + interval '1 month')::date");
    w.add("n.state <> 'cancelado'");
    const std::string column = key == d::TotalsKey::unit ? "CASE c.unit_code WHEN '' THEN '-' ELSE c.unit_code END"
                                                         : "CASE c.budget_account WHEN '' THEN '-' ELSE c.budget_account END";
    return read_totals(db_.exec("SELECT " + column + ", c.currency, sum(n.amount_minor), "
                                "sum(CASE WHEN n.state IN ('aprobado', 'pagado') THEN n.amount_minor ELSE 0 END), "
                                "coalesce(sum(n.gross_minor), 0), coalesce(sum(n.withheld_minor), 0) "
                                "FROM instalment n JOIN contract c ON c.id = n.contract_id" + w.sql +
                                    " GROUP BY 1, 2 ORDER BY (" + column + ") COLLATE \"C\", c.currency",
                                w.params));
}

}  // namespace pacta::db::pg
