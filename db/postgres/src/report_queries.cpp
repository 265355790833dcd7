// The sums reports are made of, on the office server: the figures of db/src/report_queries.cpp
// (the same groups, states and sums), each report's grand total again from a query written
// another way (straight from the rows, no grouping) that the report reconciles with. Text
// sorts in byte order (COLLATE "C"), as SQLite's; every value is a parameter.
#include "pacta/db/pg/report_queries.h"

#include "contract_values.h"
#include "pacta/db/pg/params.h"

namespace pacta::db::pg {

namespace d = domain;
using detail::date_value;

namespace {

// Signed contracts: they commit money and count people (drafts and contracts in review do not).
constexpr const char* signed_states =
    "('firmado', 'vigente', 'concluido', 'terminado_anticipadamente', 'rescindido')";

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

std::string unit_in(Where& w, const std::string& unit) {
    return "s.unit_id IN (SELECT id FROM unit WHERE code = " + w.next(unit) + ")";
}

d::Currency currency_of(const std::string& code) { return d::currency_from_code(code).value_or(d::Currency::MXN); }

d::Date stored_date(const Result& r, int row, int column) {
    if (const auto day = date_value(r, row, column)) return *day;
    throw ServerError("22007", "stored date is not valid: «" + r.text(row, column) + "»");
}

// The cut day of `year`; a 29 February falls back to the 28th in common years.
std::optional<d::Date> cut_day(const d::HeadcountQuery& q, int year) {
    const auto month = static_cast<unsigned>(q.cut_month);
    auto day = d::Date::from_ymd(year, month, static_cast<unsigned>(q.cut_day));
    if (!day) day = d::Date::from_ymd(year, month, static_cast<unsigned>(q.cut_day - 1));
    return day;
}

// Who counts in each year: (year, staff id) once each. People in planilla count in their own
// institution; contract holders in the contract's.
std::string counted_people(Where& w, const d::HeadcountQuery& q) {
    std::vector<std::string> years, days;
    for (int y = q.from_year; y <= q.to_year; ++y) {
        const auto day = cut_day(q, y);
        if (!day) {
            throw ServerError("22008", "not a day of the year: " + std::to_string(q.cut_month) + "-" +
                                           std::to_string(q.cut_day));
        }
        years.push_back(std::to_string(y));
        days.push_back(day->iso());
    }
    const std::string cuts = "unnest(" + w.next(text_array(years)) + "::integer[], " + w.next(text_array(days)) +
                             "::date[]) AS y(year, day)";
    std::string planilla = "SELECT y.year, s.id FROM " + cuts + " JOIN staff s ON s.active AND s.regime = 'planilla'";
    std::string holders = "SELECT y.year, c.staff_id FROM " + cuts + " JOIN contract c ON c.state IN " + signed_states +
                          " AND c.start_date <= y.day AND coalesce(c.ended_on, c.end_date) >= y.day";
    if (!q.institutions.empty()) {
        planilla += " AND " + institutions_in(w, "s.institution_id", q.institutions);
        holders += " AND " + institutions_in(w, "c.institution_id", q.institutions);
    }
    return planilla + " UNION " + holders + " JOIN staff s ON s.id = c.staff_id AND s.active";
}

}  // namespace

std::vector<d::HeadcountCell> PgReportQueries::headcount(const d::HeadcountQuery& q) {
    Where w;
    const std::string people = counted_people(w, q);
    std::string sql = "SELECT p.year, s.regime, s.category, coalesce(u.code, ''), count(*) FROM (" + people +
                      ") AS p (year, id) JOIN staff s ON s.id = p.id LEFT JOIN unit u ON u.id = s.unit_id";
    if (!q.unit.empty()) sql += " WHERE " + unit_in(w, q.unit);
    const auto r = db_.exec(sql + " GROUP BY 1, 2, 3, 4 ORDER BY p.year, s.regime COLLATE \"C\", s.category COLLATE "
                                  "\"C\", coalesce(u.code, '') COLLATE \"C\"",
                            w.params);
    std::vector<d::HeadcountCell> out;
    for (int row = 0; row < r.rows(); ++row) {
        d::HeadcountCell c;
        c.year = static_cast<int>(r.integer(row, 0));
        c.regime = d::regime_from_name(r.text(row, 1)).value_or(d::Regime::honorarios);
        c.category = d::category_from_name(r.text(row, 2)).value_or(d::Category::administrativo);
        c.unit_code = r.text(row, 3);
        c.persons = r.integer(row, 4);
        out.push_back(std::move(c));
    }
    return out;
}

// Each person tested once, by their own record: planilla in scope, or holding a signed
// contract in force on the day.
std::int64_t PgReportQueries::headcount_total(const d::HeadcountQuery& q, int year) {
    const auto day = cut_day(q, year);
    if (!day) return 0;
    Where w;
    const std::string on = w.next(day->iso()) + "::date";
    std::string planilla = "s.regime = 'planilla'";
    std::string holder = std::string("EXISTS (SELECT 1 FROM contract c WHERE c.staff_id = s.id AND c.state IN ") +
                         signed_states + " AND c.start_date <= " + on + " AND coalesce(c.ended_on, c.end_date) >= " + on;
    if (!q.institutions.empty()) {
        planilla += " AND " + institutions_in(w, "s.institution_id", q.institutions);
        holder += " AND " + institutions_in(w, "c.institution_id", q.institutions);
    }
    holder += ")";
    w.add("s.active");
    w.add("(" + planilla + " OR " + holder + ")");
    if (!q.unit.empty()) w.add(unit_in(w, q.unit));
    return db_.exec("SELECT count(*) FROM staff s" + w.sql, w.params).integer(0, 0);
}

namespace {

// From the first day of the first month to the last of the last; cancelled instalments out.
Where payments_where(const d::PaymentsQuery& q) {
    Where w;
    w.add("n.due_date >= (" + w.next(q.from_month) + "::text || '-01')::date AND n.due_date < ((" +
          w.next(q.to_month) + "::text || '-01')::date + interval '1 month')::date");
    w.add("n.state <> 'cancelado'");
    return w;
}

// The contracts' terms, numbered in w; `c` is the contract's alias with its dot, or "".
std::vector<std::string> contract_terms(Where& w, const d::PaymentsQuery& q, const std::string& c) {
    std::vector<std::string> terms{c + "state IN " + signed_states};
    if (!q.institutions.empty()) terms.push_back(institutions_in(w, c + "institution_id", q.institutions));
    if (!q.unit.empty()) terms.push_back(c + "unit_code = " + w.next(q.unit));
    if (!q.account.empty()) terms.push_back(c + "budget_account = " + w.next(q.account));
    if (q.regime) terms.push_back(c + "regime = " + w.next(std::string(d::regime_name(*q.regime))));
    return terms;
}

// sum() of no rows (or of NULLs) is NULL, which SQLite's reader takes as 0.
constexpr const char* payment_sums =
    "count(*), coalesce(sum(n.amount_minor), 0)::bigint, "
    "coalesce(sum(CASE WHEN n.state IN ('aprobado', 'pagado') THEN n.amount_minor ELSE 0 END), 0)::bigint, "
    "coalesce(sum(CASE WHEN n.state = 'pagado' THEN n.gross_minor ELSE 0 END), 0)::bigint, "
    "coalesce(sum(CASE WHEN n.state = 'pagado' THEN n.withheld_minor ELSE 0 END), 0)::bigint, "
    "coalesce(sum(CASE WHEN n.state = 'pagado' THEN n.net_minor ELSE 0 END), 0)::bigint, "
    "coalesce(sum(CASE WHEN n.state <> 'pagado' THEN n.amount_minor ELSE 0 END), 0)::bigint";

void read_sums(const Result& r, int row, int first, d::PaymentCell& c) {
    c.instalments = r.integer(row, first);
    c.planned = r.integer(row, first + 1);
    c.approved = r.integer(row, first + 2);
    c.paid = r.integer(row, first + 3);
    c.withheld = r.integer(row, first + 4);
    c.net = r.integer(row, first + 5);
    c.pending = r.integer(row, first + 6);
}

}  // namespace

std::vector<d::PaymentCell> PgReportQueries::payments(const d::PaymentsQuery& q) {
    Where w = payments_where(q);
    for (const auto& term : contract_terms(w, q, "c.")) w.add(term);
    const auto r = db_.exec(std::string("SELECT to_char(n.due_date, 'YYYY-MM'), c.budget_account, c.unit_code, c.regime, "
                                        "c.currency, ") +
                                payment_sums + " FROM instalment n JOIN contract c ON c.id = n.contract_id" + w.sql +
                                " GROUP BY 1, 2, 3, 4, 5 ORDER BY to_char(n.due_date, 'YYYY-MM') COLLATE \"C\", "
                                "c.budget_account COLLATE \"C\", c.unit_code COLLATE \"C\", c.regime COLLATE \"C\", "
                                "c.currency COLLATE \"C\"",
                            w.params);
    std::vector<d::PaymentCell> out;
    for (int row = 0; row < r.rows(); ++row) {
        d::PaymentCell c;
        c.month = r.text(row, 0);
        c.account = r.text(row, 1);
        c.unit = r.text(row, 2);
        c.regime = d::regime_from_name(r.text(row, 3)).value_or(d::Regime::honorarios);
        c.currency = currency_of(r.text(row, 4));
        read_sums(r, row, 5, c);
        out.push_back(std::move(c));
    }
    return out;
}

// The instalments alone, their contracts chosen by a subquery.
d::PaymentCell PgReportQueries::payment_totals(const d::PaymentsQuery& q, d::Currency currency) {
    Where w = payments_where(q);
    auto terms = contract_terms(w, q, "");
    terms.push_back("currency = " + w.next(std::string(d::currency_code(currency))));
    std::string contracts;
    for (const auto& term : terms) contracts += (contracts.empty() ? "" : " AND ") + term;
    w.add("n.contract_id IN (SELECT id FROM contract WHERE " + contracts + ")");
    const auto r = db_.exec(std::string("SELECT ") + payment_sums + " FROM instalment n" + w.sql, w.params);
    d::PaymentCell c;
    c.currency = currency;
    if (r.rows() > 0) read_sums(r, 0, 0, c);
    return c;
}

namespace {

Where contracts_where(const d::ContractsQuery& q) {
    Where w;
    if (!q.institutions.empty()) w.add(institutions_in(w, "c.institution_id", q.institutions));
    // created_at is UTC text "AAAA-MM-DDTHH:MM:SSZ": in byte order '~' sorts after any time of
    // the day (a language's collation might not).
    if (q.created_from) w.add("c.created_at COLLATE \"C\" >= " + w.next(q.created_from->iso()));
    if (q.created_to) w.add("c.created_at COLLATE \"C\" <= " + w.next(q.created_to->iso() + "~"));
    if (!q.unit.empty()) w.add("c.unit_code = " + w.next(q.unit));
    return w;
}

}  // namespace

std::vector<d::ContractCountCell> PgReportQueries::contracts(const d::ContractsQuery& q) {
    Where w = contracts_where(q);
    const auto r = db_.exec("SELECT c.state, t.code, c.unit_code, c.currency, count(*), sum(c.total_minor)::bigint "
                            "FROM contract c JOIN template t ON t.id = c.template_id" + w.sql +
                                " GROUP BY 1, 2, 3, 4 ORDER BY c.state COLLATE \"C\", t.code COLLATE \"C\", "
                                "c.unit_code COLLATE \"C\", c.currency COLLATE \"C\"",
                            w.params);
    std::vector<d::ContractCountCell> out;
    for (int row = 0; row < r.rows(); ++row) {
        d::ContractCountCell c;
        c.state = d::contract_state_from_name(r.text(row, 0)).value_or(d::ContractState::borrador);
        c.template_code = r.text(row, 1);
        c.unit = r.text(row, 2);
        c.currency = currency_of(r.text(row, 3));
        c.contracts = r.integer(row, 4);
        c.total = r.integer(row, 5);
        out.push_back(std::move(c));
    }
    return out;
}

// The contracts alone (no template, no groups).
std::int64_t PgReportQueries::contract_total(const d::ContractsQuery& q) {
    Where w = contracts_where(q);
    return db_.exec("SELECT count(*) FROM contract c" + w.sql, w.params).integer(0, 0);
}

namespace {

// "Given First Second", without a trailing space when there is no second surname.
constexpr const char* person_name =
    "coalesce(s.given_names || ' ' || s.first_surname || rtrim(' ' || s.second_surname), '')";
constexpr const char* supervisor_name =
    "coalesce((SELECT g.name FROM contract_signatory cs JOIN signatory g ON g.id = cs.signatory_id "
    "WHERE cs.contract_id = c.id AND cs.role = 'supervisor'), '')";
constexpr const char* largest_instalment =
    "coalesce((SELECT max(amount_minor) FROM instalment WHERE contract_id = c.id), 0)";

}  // namespace

std::vector<d::EndingContract> PgReportQueries::ending(const std::vector<std::string>& institutions, d::Date today,
                                                       int days) {
    Where w;
    w.add("c.state IN ('firmado', 'vigente') AND c.end_date >= " + w.next(today.iso()) + "::date AND c.end_date <= " +
          w.next(today.add_days(days).iso()) + "::date AND c.amends_id IS NULL");
    if (!institutions.empty()) w.add(institutions_in(w, "c.institution_id", institutions));
    const auto r = db_.exec(std::string("SELECT c.folio, i.code, ") + person_name + ", c.unit_code, " + supervisor_name +
                                ", " + largest_instalment + ", c.total_minor, c.currency, c.end_date "
                                "FROM contract c JOIN institution i ON i.id = c.institution_id "
                                "LEFT JOIN staff s ON s.id = c.staff_id" + w.sql +
                                " ORDER BY c.end_date, c.folio COLLATE \"C\"",
                            w.params);
    std::vector<d::EndingContract> out;
    for (int row = 0; row < r.rows(); ++row) {
        d::EndingContract e;
        e.folio = r.text(row, 0);
        e.institution_code = r.text(row, 1);
        e.person = r.text(row, 2);
        e.unit = r.text(row, 3);
        e.supervisor = r.text(row, 4);
        const auto currency = currency_of(r.text(row, 7));
        e.monthly = d::Money(r.integer(row, 5), currency);
        e.total = d::Money(r.integer(row, 6), currency);
        e.end = stored_date(r, row, 8);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<d::OverdueStep> PgReportQueries::overdue(const std::vector<std::string>& institutions, d::Date today,
                                                     int approval_days) {
    Where w;
    const std::string on = w.next(today.iso()) + "::date";
    const std::string days = w.next(std::to_string(approval_days)) + "::integer";
    // The open instalments (instalment_open's condition) of signed contracts, late on one step.
    w.add(std::string("n.state NOT IN ('pagado', 'cancelado') AND c.state IN ") + signed_states);
    w.add("((n.state = 'pendiente' AND n.period_end < " + on + ") OR (n.state = 'informe_entregado' AND n.report_date < " +
          on + " - " + days + ") OR (n.state = 'aprobado' AND n.due_date < " + on + "))");
    if (!institutions.empty()) w.add(institutions_in(w, "c.institution_id", institutions));
    // Each step's deadline: the period's end, the report plus the days allowed, the due date.
    const std::string deadline = "CASE n.state WHEN 'pendiente' THEN n.period_end WHEN 'informe_entregado' THEN "
                                 "n.report_date + " + days + " ELSE n.due_date END";
    const auto r = db_.exec(std::string("SELECT c.folio, i.code, n.number, n.state, ") + person_name + ", " +
                                supervisor_name + ", c.unit_code, n.amount_minor, c.currency, " + deadline +
                                " FROM instalment n JOIN contract c ON c.id = n.contract_id "
                                "JOIN institution i ON i.id = c.institution_id LEFT JOIN staff s ON s.id = c.staff_id" +
                                w.sql + " ORDER BY 10, c.folio COLLATE \"C\", n.number",
                            w.params);
    std::vector<d::OverdueStep> out;
    for (int row = 0; row < r.rows(); ++row) {
        d::OverdueStep o;
        o.folio = r.text(row, 0);
        o.institution_code = r.text(row, 1);
        o.instalment = static_cast<int>(r.integer(row, 2));
        const std::string state = r.text(row, 3);
        o.person = r.text(row, 4);
        o.unit = r.text(row, 6);
        o.amount = d::Money(r.integer(row, 7), currency_of(r.text(row, 8)));
        o.deadline = stored_date(r, row, 9);
        if (state == "pendiente") {
            o.step = d::OverdueStepKind::report;
            o.responsible = o.person;
        } else if (state == "informe_entregado") {
            o.step = d::OverdueStepKind::approval;
            o.responsible = r.text(row, 5);
        } else {
            o.step = d::OverdueStepKind::payment;
        }
        out.push_back(std::move(o));
    }
    return out;
}

std::vector<d::PublishedContract> PgReportQueries::published(const std::string& institution_code, d::Date from,
                                                             d::Date to) {
    const auto r = db_.exec(
        std::string("SELECT c.folio, i.code, t.code, t.title, coalesce(s.given_names, ''), coalesce(s.first_surname, ''), "
                    "coalesce(s.second_surname, ''), coalesce(s.sex, 'hombre'), c.regime, c.budget_account, c.unit_code, "
                    "coalesce(u.name, ''), c.start_date, coalesce(c.ended_on, c.end_date), ") +
            largest_instalment + ", c.total_minor, c.currency, "
            "coalesce(x.data_json::jsonb #>> '{servicio,descripcion}', ''), "
            "coalesce((x.data_json::jsonb #> '{prestador,actividades}')::text, ''), c.state "
            "FROM contract c JOIN institution i ON i.id = c.institution_id "
            "JOIN template t ON t.id = c.template_id LEFT JOIN staff s ON s.id = c.staff_id "
            "LEFT JOIN unit u ON u.institution_id = c.institution_id AND u.code = c.unit_code "
            "LEFT JOIN contract_data x ON x.contract_id = c.id "
            "WHERE i.code = $1 AND c.state IN " + signed_states +
            " AND c.amends_id IS NULL AND c.start_date <= $3::date AND coalesce(c.ended_on, c.end_date) >= $2::date "
            "ORDER BY c.folio COLLATE \"C\"",
        {institution_code, from.iso(), to.iso()});
    std::vector<d::PublishedContract> out;
    for (int row = 0; row < r.rows(); ++row) {
        d::PublishedContract p;
        p.folio = r.text(row, 0);
        p.institution_code = r.text(row, 1);
        p.template_code = r.text(row, 2);
        p.template_title = r.text(row, 3);
        p.given_names = r.text(row, 4);
        p.first_surname = r.text(row, 5);
        p.second_surname = r.text(row, 6);
        p.sex = d::sex_from_name(r.text(row, 7)).value_or(d::Sex::man);
        p.regime = d::regime_from_name(r.text(row, 8)).value_or(d::Regime::honorarios);
        p.budget_account = r.text(row, 9);
        p.unit = r.text(row, 10);
        p.unit_name = r.text(row, 11);
        p.start = date_value(r, row, 12);
        p.end = date_value(r, row, 13);
        const auto currency = currency_of(r.text(row, 16));
        p.monthly = d::Money(r.integer(row, 14), currency);
        p.total = d::Money(r.integer(row, 15), currency);
        p.service_description = r.text(row, 17);
        p.activities_json = r.text(row, 18);
        p.state = d::contract_state_from_name(r.text(row, 19)).value_or(d::ContractState::vigente);
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace pacta::db::pg
