// The sums reports are made of, on one desk. Each report has its grouped query and a second,
// written another way (straight from the rows, no grouping), that the report reconciles with.
#include "pacta/db/report_queries.h"

#include <algorithm>
#include <tuple>

#include <nlohmann/json.hpp>

#include "pacta/db/database.h"
#include "pacta/db/json_values.h"
#include "pacta/db/statement.h"

namespace pacta::db {

namespace d = domain;

namespace {

// Signed contracts: they commit money and count people (drafts and contracts in review do not).
constexpr const char* signed_states =
    "('firmado', 'vigente', 'concluido', 'terminado_anticipadamente', 'rescindido')";

// A WHERE clause and its arguments, numbered as they are added.
struct Where {
    std::string sql;
    std::vector<std::string> args;
    void add(const std::string& term) { sql += (sql.empty() ? " WHERE " : " AND ") + term; }
    std::string arg(std::string value) {
        args.push_back(std::move(value));
        return "?" + std::to_string(args.size());
    }
    void bind(Statement& st) const {
        for (std::size_t i = 0; i < args.size(); ++i) st.bind(static_cast<int>(i + 1), std::string_view(args[i]));
    }
};

std::string institutions_term(Where& w, const std::string& column, const std::vector<std::string>& codes) {
    return column + " IN (SELECT id FROM institution WHERE code IN (SELECT value FROM json_each(" +
           w.arg(json_array(codes)) + ")))";
}

d::Date stored_date(const std::string& iso) {
    const auto parsed = d::parse_iso_date(iso);
    if (!parsed.value) throw DatabaseError("stored date is not valid: " + iso, 0);
    return *parsed.value;
}

std::optional<d::Date> optional_date(const std::string& iso) {
    if (iso.empty()) return std::nullopt;
    return stored_date(iso);
}

d::Currency currency_of(const std::string& code) { return d::currency_from_code(code).value_or(d::Currency::MXN); }

// The cut day of each year as a JSON array of [year, "AAAA-MM-DD"]; a 29 February falls back
// to the 28th in common years.
std::string cut_days(const d::HeadcountQuery& q, int from, int to) {
    nlohmann::json out = nlohmann::json::array();
    for (int y = from; y <= to; ++y) {
        auto day = d::Date::from_ymd(y, static_cast<unsigned>(q.cut_month), static_cast<unsigned>(q.cut_day));
        if (!day) day = d::Date::from_ymd(y, static_cast<unsigned>(q.cut_month), static_cast<unsigned>(q.cut_day - 1));
        if (!day) throw DatabaseError("not a day of the year: " + std::to_string(q.cut_month) + "-" +
                                          std::to_string(q.cut_day), 0);
        out.push_back({y, day->iso()});
    }
    return out.dump();
}

// Who counts in each year: (year, staff id) once each. People in planilla count in their own
// institution; contract holders in the contract's.
std::string counted_people(Where& w, const d::HeadcountQuery& q, int from, int to) {
    const std::string years = "(SELECT value ->> 0 AS year, value ->> 1 AS day FROM json_each(" +
                              w.arg(cut_days(q, from, to)) + "))";
    std::string planilla = "SELECT y.year AS year, s.id AS id FROM " + years + " y JOIN staff s ON s.active = 1 AND s.regime = 'planilla'";
    std::string holders = "SELECT y.year, c.staff_id FROM " + years + " y JOIN contract c ON c.state IN " +
                          signed_states + " AND c.start_date <= y.day AND coalesce(c.ended_on, c.end_date) >= y.day "
                          "JOIN staff s ON s.id = c.staff_id AND s.active = 1";
    if (!q.institutions.empty()) {
        planilla += " AND " + institutions_term(w, "s.institution_id", q.institutions);
        holders += " AND " + institutions_term(w, "c.institution_id", q.institutions);
    }
    return planilla + " UNION " + holders;
}

std::string unit_term(Where& w, const std::string& unit) {
    return "s.unit_id IN (SELECT id FROM unit WHERE code = " + w.arg(unit) + ")";
}

}  // namespace

std::vector<d::HeadcountCell> SqliteReportQueries::headcount(const d::HeadcountQuery& q) {
    Where w;
    const std::string people = counted_people(w, q, q.from_year, q.to_year);
    std::string sql = "SELECT p.year, s.regime, s.category, coalesce(u.code, ''), count(*) FROM (" + people +
                      ") AS p JOIN staff s ON s.id = p.id LEFT JOIN unit u ON u.id = s.unit_id";
    if (!q.unit.empty()) sql += " WHERE " + unit_term(w, q.unit);
    Statement st(db_, sql + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4");
    w.bind(st);
    std::vector<d::HeadcountCell> out;
    while (st.step()) {
        d::HeadcountCell c;
        c.year = static_cast<int>(st.column_int(0));
        c.regime = d::regime_from_name(st.column_text(1)).value_or(d::Regime::honorarios);
        c.category = d::category_from_name(st.column_text(2)).value_or(d::Category::administrativo);
        c.unit_code = st.column_text(3);
        c.persons = st.column_int(4);
        out.push_back(std::move(c));
    }
    return out;
}

// Each person tested once, by their own record: planilla in scope, or holding a signed
// contract in force on the day.
std::int64_t SqliteReportQueries::headcount_total(const d::HeadcountQuery& q, int year) {
    auto day = d::Date::from_ymd(year, static_cast<unsigned>(q.cut_month), static_cast<unsigned>(q.cut_day));
    if (!day) day = d::Date::from_ymd(year, static_cast<unsigned>(q.cut_month), static_cast<unsigned>(q.cut_day - 1));
    if (!day) return 0;
    Where w;
    const std::string on = w.arg(day->iso());
    std::string planilla = "s.regime = 'planilla'";
    std::string holder = std::string("EXISTS (SELECT 1 FROM contract c WHERE c.staff_id = s.id AND c.state IN ") +
                         signed_states + " AND c.start_date <= " + on + " AND coalesce(c.ended_on, c.end_date) >= " + on;
    if (!q.institutions.empty()) {
        planilla += " AND " + institutions_term(w, "s.institution_id", q.institutions);
        holder += " AND " + institutions_term(w, "c.institution_id", q.institutions);
    }
    holder += ")";
    w.add("s.active = 1");
    w.add("(" + planilla + " OR " + holder + ")");
    if (!q.unit.empty()) w.add(unit_term(w, q.unit));
    Statement st(db_, "SELECT count(*) FROM staff s" + w.sql);
    w.bind(st);
    return st.step() ? st.column_int(0) : 0;
}

namespace {

Where payments_where(const d::PaymentsQuery& q) {
    Where w;
    // Any valid day of a month sorts at or before its "-31".
    w.add("n.due_date >= " + w.arg(q.from_month + "-01") + " AND n.due_date <= " + w.arg(q.to_month + "-31"));
    w.add("n.state <> 'cancelado'");
    return w;
}

// The contracts' terms, numbered in w.
std::vector<std::string> contract_terms(Where& w, const d::PaymentsQuery& q, const std::string& c) {
    std::vector<std::string> terms{c + "state IN " + signed_states};
    if (!q.institutions.empty()) terms.push_back(institutions_term(w, c + "institution_id", q.institutions));
    if (!q.unit.empty()) terms.push_back(c + "unit_code = " + w.arg(q.unit));
    if (!q.account.empty()) terms.push_back(c + "budget_account = " + w.arg(q.account));
    if (q.regime) terms.push_back(c + "regime = " + w.arg(std::string(d::regime_name(*q.regime))));
    return terms;
}

constexpr const char* payment_sums =
    "count(*), sum(n.amount_minor), "
    "sum(CASE WHEN n.state IN ('aprobado', 'pagado') THEN n.amount_minor ELSE 0 END), "
    "sum(CASE WHEN n.state = 'pagado' THEN n.gross_minor ELSE 0 END), "
    "sum(CASE WHEN n.state = 'pagado' THEN n.withheld_minor ELSE 0 END), "
    "sum(CASE WHEN n.state = 'pagado' THEN n.net_minor ELSE 0 END), "
    "sum(CASE WHEN n.state <> 'pagado' THEN n.amount_minor ELSE 0 END)";

void read_sums(const Statement& st, int first, d::PaymentCell& c) {
    c.instalments = st.column_int(first);
    c.planned = st.column_int(first + 1);
    c.approved = st.column_int(first + 2);
    c.paid = st.column_int(first + 3);
    c.withheld = st.column_int(first + 4);
    c.net = st.column_int(first + 5);
    c.pending = st.column_int(first + 6);
}

}  // namespace

std::vector<d::PaymentCell> SqliteReportQueries::payments(const d::PaymentsQuery& q) {
    Where w = payments_where(q);
    for (const auto& term : contract_terms(w, q, "c.")) w.add(term);
    Statement st(db_, std::string("SELECT substr(n.due_date, 1, 7), c.budget_account, c.unit_code, c.regime, c.currency, ") +
                          payment_sums + " FROM instalment n JOIN contract c ON c.id = n.contract_id" + w.sql +
                          " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5");
    w.bind(st);
    std::vector<d::PaymentCell> out;
    while (st.step()) {
        d::PaymentCell c;
        c.month = st.column_text(0);
        c.account = st.column_text(1);
        c.unit = st.column_text(2);
        c.regime = d::regime_from_name(st.column_text(3)).value_or(d::Regime::honorarios);
        c.currency = currency_of(st.column_text(4));
        read_sums(st, 5, c);
        out.push_back(std::move(c));
    }
    return out;
}

// The instalments alone, their contracts chosen by a subquery.
d::PaymentCell SqliteReportQueries::payment_totals(const d::PaymentsQuery& q, d::Currency currency) {
    Where w = payments_where(q);
    auto terms = contract_terms(w, q, "");
    terms.push_back("currency = " + w.arg(std::string(d::currency_code(currency))));
    std::string contracts;
    for (const auto& term : terms) contracts += (contracts.empty() ? "" : " AND ") + term;
    w.add("n.contract_id IN (SELECT id FROM contract WHERE " + contracts + ")");
    Statement st(db_, std::string("SELECT ") + payment_sums + " FROM instalment n" + w.sql);
    w.bind(st);
    d::PaymentCell c;
    c.currency = currency;
    if (st.step()) read_sums(st, 0, c);
    return c;
}

namespace {

Where contracts_where(const d::ContractsQuery& q) {
    Where w;
    if (!q.institutions.empty()) w.add(institutions_term(w, "c.institution_id", q.institutions));
    // created_at is a UTC timestamp "AAAA-MM-DDTHH:MM:SSZ": '~' sorts after any time of the day.
    if (q.created_from) w.add("c.created_at >= " + w.arg(q.created_from->iso()));
    if (q.created_to) w.add("c.created_at <= " + w.arg(q.created_to->iso() + "~"));
    if (!q.unit.empty()) w.add("c.unit_code = " + w.arg(q.unit));
    return w;
}

}  // namespace

std::vector<d::ContractCountCell> SqliteReportQueries::contracts(const d::ContractsQuery& q) {
    Where w = contracts_where(q);
    Statement st(db_, "SELECT c.state, t.code, c.unit_code, c.currency, count(*), sum(c.total_minor) "
                      "FROM contract c JOIN template t ON t.id = c.template_id" + w.sql +
                      " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4");
    w.bind(st);
    std::vector<d::ContractCountCell> out;
    while (st.step()) {
        d::ContractCountCell c;
        c.state = d::contract_state_from_name(st.column_text(0)).value_or(d::ContractState::borrador);
        c.template_code = st.column_text(1);
        c.unit = st.column_text(2);
        c.currency = currency_of(st.column_text(3));
        c.contracts = st.column_int(4);
        c.total = st.column_int(5);
        out.push_back(std::move(c));
    }
    return out;
}

std::int64_t SqliteReportQueries::contract_total(const d::ContractsQuery& q) {
    Where w = contracts_where(q);
    Statement st(db_, "SELECT count(*) FROM contract c" + w.sql);
    w.bind(st);
    return st.step() ? st.column_int(0) : 0;
}

namespace {

constexpr const char* person_name =
    "coalesce(s.given_names || ' ' || s.first_surname || rtrim(' ' || s.second_surname), '')";
constexpr const char* supervisor_name =
    "coalesce((SELECT g.name FROM contract_signatory cs JOIN signatory g ON g.id = cs.signatory_id "
    "WHERE cs.contract_id = c.id AND cs.role = 'supervisor'), '')";
constexpr const char* largest_instalment = "coalesce((SELECT max(amount_minor) FROM instalment WHERE contract_id = c.id), 0)";

}  // namespace

std::vector<d::EndingContract> SqliteReportQueries::ending(const std::vector<std::string>& institutions, d::Date today,
                                                           int days) {
    Where w;
    w.add("c.state IN ('firmado', 'vigente') AND c.end_date >= " + w.arg(today.iso()) + " AND c.end_date <= " +
          w.arg(today.add_days(days).iso()) + " AND c.amends_id IS NULL");
    if (!institutions.empty()) w.add(institutions_term(w, "c.institution_id", institutions));
    Statement st(db_, std::string("SELECT c.folio, i.code, ") + person_name + ", c.unit_code, " + supervisor_name + ", " +
                          largest_instalment + ", c.total_minor, c.currency, c.end_date "
                          "FROM contract c JOIN institution i ON i.id = c.institution_id "
                          "LEFT JOIN staff s ON s.id = c.staff_id" + w.sql + " ORDER BY c.end_date, c.folio");
    w.bind(st);
    std::vector<d::EndingContract> out;
    while (st.step()) {
        d::EndingContract e;
        e.folio = st.column_text(0);
        e.institution_code = st.column_text(1);
        e.person = st.column_text(2);
        e.unit = st.column_text(3);
        e.supervisor = st.column_text(4);
        const auto currency = currency_of(st.column_text(7));
        e.monthly = d::Money(st.column_int(5), currency);
        e.total = d::Money(st.column_int(6), currency);
        e.end = stored_date(st.column_text(8));
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<d::OverdueStep> SqliteReportQueries::overdue(const std::vector<std::string>& institutions, d::Date today,
                                                         int approval_days) {
    Where w;
    const std::string on = w.arg(today.iso());
    const std::string reported_by = w.arg(today.add_days(-approval_days).iso());
    // The open instalments (instalment_open's condition) of signed contracts, late on one step.
    w.add(std::string("n.state NOT IN ('pagado', 'cancelado') AND c.state IN ") + signed_states);
    w.add("((n.state = 'pendiente' AND n.period_end < " + on + ") OR (n.state = 'informe_entregado' AND n.report_date < " +
          reported_by + ") OR (n.state = 'aprobado' AND n.due_date < " + on + "))");
    if (!institutions.empty()) w.add(institutions_term(w, "c.institution_id", institutions));
    Statement st(db_, std::string("SELECT c.folio, i.code, n.number, n.state, ") + person_name + ", " + supervisor_name +
                          ", c.unit_code, n.amount_minor, c.currency, n.period_end, coalesce(n.report_date, ''), n.due_date "
                          "FROM instalment n JOIN contract c ON c.id = n.contract_id "
                          "JOIN institution i ON i.id = c.institution_id LEFT JOIN staff s ON s.id = c.staff_id" +
                          w.sql);
    w.bind(st);
    std::vector<d::OverdueStep> out;
    while (st.step()) {
        d::OverdueStep o;
        o.folio = st.column_text(0);
        o.institution_code = st.column_text(1);
        o.instalment = static_cast<int>(st.column_int(2));
        const std::string state = st.column_text(3);
        o.person = st.column_text(4);
        o.unit = st.column_text(6);
        o.amount = d::Money(st.column_int(7), currency_of(st.column_text(8)));
        if (state == "pendiente") {
            o.step = d::OverdueStepKind::report;
            o.responsible = o.person;
            o.deadline = stored_date(st.column_text(9));
        } else if (state == "informe_entregado") {
            o.step = d::OverdueStepKind::approval;
            o.responsible = st.column_text(5);
            o.deadline = stored_date(st.column_text(10)).add_days(approval_days);
        } else {
            o.step = d::OverdueStepKind::payment;
            o.deadline = stored_date(st.column_text(11));
        }
        out.push_back(std::move(o));
    }
    std::sort(out.begin(), out.end(), [](const d::OverdueStep& a, const d::OverdueStep& b) {
        return std::tie(a.deadline, a.folio, a.instalment) < std::tie(b.deadline, b.folio, b.instalment);
    });
    return out;
}

std::vector<d::PublishedContract> SqliteReportQueries::published(const std::string& institution_code, d::Date from,
                                                                 d::Date to) {
    Statement st(db_, std::string("SELECT c.folio, i.code, t.code, t.title, coalesce(s.given_names, ''), "
                                  "coalesce(s.first_surname, ''), coalesce(s.second_surname, ''), coalesce(s.sex, 'hombre'), "
                                  "c.regime, c.budget_account, c.unit_code, coalesce(u.name, ''), coalesce(c.start_date, ''), "
                                  "coalesce(c.ended_on, c.end_date, ''), ") +
                          largest_instalment + ", c.total_minor, c.currency, "
                          "coalesce(json_extract(x.data_json, '$.servicio.descripcion'), ''), "
                          "coalesce(json_extract(x.data_json, '$.prestador.actividades'), ''), c.state "
                          "FROM contract c JOIN institution i ON i.id = c.institution_id "
                          "JOIN template t ON t.id = c.template_id LEFT JOIN staff s ON s.id = c.staff_id "
                          "LEFT JOIN unit u ON u.institution_id = c.institution_id AND u.code = c.unit_code "
                          "LEFT JOIN contract_data x ON x.contract_id = c.id "
                          "WHERE i.code = ?1 AND c.state IN " + signed_states +
                          " AND c.amends_id IS NULL AND c.start_date <= ?3 AND coalesce(c.ended_on, c.end_date) >= ?2 "
                          "ORDER BY c.folio");
    st.bind(1, std::string_view(institution_code)).bind(2, from.iso()).bind(3, to.iso());
    std::vector<d::PublishedContract> out;
    while (st.step()) {
        d::PublishedContract p;
        p.folio = st.column_text(0);
        p.institution_code = st.column_text(1);
        p.template_code = st.column_text(2);
        p.template_title = st.column_text(3);
        p.given_names = st.column_text(4);
        p.first_surname = st.column_text(5);
        p.second_surname = st.column_text(6);
        p.sex = d::sex_from_name(st.column_text(7)).value_or(d::Sex::man);
        p.regime = d::regime_from_name(st.column_text(8)).value_or(d::Regime::honorarios);
        p.budget_account = st.column_text(9);
        p.unit = st.column_text(10);
        p.unit_name = st.column_text(11);
        p.start = optional_date(st.column_text(12));
        p.end = optional_date(st.column_text(13));
        const auto currency = currency_of(st.column_text(16));
        p.monthly = d::Money(st.column_int(14), currency);
        p.total = d::Money(st.column_int(15), currency);
        p.service_description = st.column_text(17);
        p.activities_json = st.column_text(18);
        p.state = d::contract_state_from_name(st.column_text(19)).value_or(d::ContractState::vigente);
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace pacta::db
