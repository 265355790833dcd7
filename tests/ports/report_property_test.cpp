// The reports port on random offices, on every engine: each of a few fixed seeds builds an
// institution of its own ("rpq-<seed>", as the server's database is shared) with random
// people, contracts in random states, instalments walked on at random and some contracts
// ended early. The expected reports are computed here from that specification alone (only
// the withholding of paid instalments is read back, as the tariff computes it), and every
// grouped report must equal them and cross-foot to its reconciling total.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "pacta/domain/contract_lifecycle.h"
#include "pacta/domain/termination.h"
#include "report_support.h"

namespace pacta::testing_ports {
namespace {

using namespace report_support;

constexpr unsigned seeds[] = {101, 202, 303, 404};  // same width: their CURPs never meet
constexpr int people_per_office = 30;
constexpr int contracts_per_office = 25;

// Fixed-seed choices; `%` rather than a distribution, so every standard library agrees.
class Dice {
public:
    explicit Dice(unsigned seed) : rng_(seed) {}
    int below(std::size_t n) { return static_cast<int>(rng_() % n); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    const T& of(const std::vector<T>& options) { return options[static_cast<std::size_t>(below(options.size()))]; }

private:
    std::mt19937 rng_;
};

int days_from(d::Date from, d::Date to) { return static_cast<int>((to.days() - from.days()).count()); }

struct Staffer {
    std::string key;
    Person record;
};

// A contract as it should be stored: its final state, the day it ended early (if it did),
// and its instalments after every move and the settlement.
struct Deal {
    std::string folio;
    std::size_t holder = 0;  // in Office::people
    Terms terms{"", ""};
    d::Date start = day(2000, 1, 1), end = day(2000, 1, 1);
    C state = C::borrador;
    std::optional<d::Date> ended_on;
    std::vector<d::InstalmentRecord> records;
};

struct Office {
    std::string code;
    std::vector<Staffer> people;
    std::vector<Deal> deals;
    // The instalments as the engine stored them, by folio: only their withholding is used.
    std::map<std::string, std::vector<d::ContractInstalment>> stored;
};

// What reports.h calls signed: such contracts commit money and count people.
bool counts(C state) {
    return state == C::firmado || state == C::vigente || state == C::concluido ||
           state == C::terminado_anticipadamente || state == C::rescindido;
}

// People by year of the query, by regime, category and unit, from the specification.
std::vector<d::HeadcountCell> expected_headcount(const Office& o, const d::HeadcountQuery& q) {
    std::map<std::tuple<int, std::string, std::string, std::string>, d::HeadcountCell> cells;
    for (int year = q.from_year; year <= q.to_year; ++year) {
        const auto cut = day(year, static_cast<unsigned>(q.cut_month), static_cast<unsigned>(q.cut_day));
        for (std::size_t i = 0; i < o.people.size(); ++i) {
            const auto& p = o.people[i].record;
            if (!p.active || (!q.unit.empty() && p.unit != q.unit)) continue;
            bool counted = p.regime == d::Regime::planilla;
            for (const auto& c : o.deals) {
                counted = counted || (c.holder == i && counts(c.state) && c.start <= cut && cut <= c.ended_on.value_or(c.end));
            }
            if (!counted) continue;
            auto& cell = cells[{year, std::string(d::regime_name(p.regime)), std::string(d::category_name(p.category)),
                                p.unit}];
            cell.year = year;
            cell.regime = p.regime;
            cell.category = p.category;
            cell.unit_code = p.unit;
            ++cell.persons;
        }
    }
    std::vector<d::HeadcountCell> out;
    for (const auto& [key, cell] : cells) out.push_back(cell);
    return out;
}

// Instalments due in the query's months by month, account, unit, regime and currency.
std::vector<d::PaymentCell> expected_payments(const Office& o, const d::PaymentsQuery& q) {
    std::map<std::tuple<std::string, std::string, std::string, std::string, std::string>, d::PaymentCell> cells;
    for (const auto& c : o.deals) {
        const auto& t = c.terms;
        if (!counts(c.state) || (!q.unit.empty() && t.unit != q.unit) || (!q.account.empty() && t.account != q.account) ||
            (q.regime && *q.regime != t.regime)) {
            continue;
        }
        for (std::size_t n = 0; n < c.records.size(); ++n) {
            const auto& r = c.records[n];
            const auto month = r.plan.due.iso().substr(0, 7);
            if (r.state == S::cancelled || month < q.from_month || month > q.to_month) continue;
            auto& cell = cells[{month, t.account, t.unit, std::string(d::regime_name(t.regime)),
                                std::string(d::currency_code(t.currency))}];
            cell.month = month;
            cell.account = t.account;
            cell.unit = t.unit;
            cell.regime = t.regime;
            cell.currency = t.currency;
            const auto amount = r.plan.amount.minor_units();
            ++cell.instalments;
            cell.planned += amount;
            if (r.state == S::approved || r.state == S::paid) cell.approved += amount;
            if (r.state == S::paid) {
                const auto& paid = o.stored.at(c.folio).at(n).record.paid;
                cell.paid += amount;
                if (!paid) ADD_FAILURE() << c.folio << "/" << n + 1 << " is paid without its withholding stored";
                cell.withheld += paid ? paid->withheld.minor_units() : 0;
                cell.net += paid ? paid->net.minor_units() : 0;
            } else {
                cell.pending += amount;
            }
        }
    }
    std::vector<d::PaymentCell> out;
    for (const auto& [key, cell] : cells) out.push_back(cell);
    return out;
}

// Contracts by state, template, unit and currency.
std::vector<d::ContractCountCell> expected_contracts(const Office& o, const d::ContractsQuery& q) {
    std::map<std::tuple<std::string, std::string, std::string, std::string>, d::ContractCountCell> cells;
    for (const auto& c : o.deals) {
        const auto& t = c.terms;
        if (!q.unit.empty() && t.unit != q.unit) continue;
        const auto code = o.code + "-" + t.template_code;
        auto& cell = cells[{std::string(d::contract_state_name(c.state)), code, t.unit,
                            std::string(d::currency_code(t.currency))}];
        cell.state = c.state;
        cell.template_code = code;
        cell.unit = t.unit;
        cell.currency = t.currency;
        ++cell.contracts;
        cell.total += t.total;
    }
    std::vector<d::ContractCountCell> out;
    for (const auto& [key, cell] : cells) out.push_back(cell);
    return out;
}

// How much of the reports' ground the seeds covered, so a dull draw is noticed.
struct Coverage {
    int planilla = 0, inactive = 0, signed_contracts = 0, paid = 0, cancelled = 0, ended_early = 0;
};

class ReportProperty : public ReportFixture {
protected:
    // Stores a random office and returns its specification.
    Office build(unsigned seed, Coverage& seen) {
        Dice dice(seed);
        Office o;
        o.code = "rpq-" + std::to_string(seed);
        office(o.code);
        const std::vector<std::string> units{"U1", "U2", ""};
        const std::vector<d::Regime> regimes{d::Regime::honorarios, d::Regime::cas, d::Regime::locacion,
                                             d::Regime::planilla};
        for (int n = 1; n <= people_per_office; ++n) {
            const Person p{"Persona", "Prueba", std::to_string(n), dice.of(regimes),
                           dice.chance(50) ? d::Category::asistencial : d::Category::administrativo, dice.of(units),
                           dice.chance(85)};
            o.people.push_back({person(o.code, n, p), p});
            seen.planilla += p.regime == d::Regime::planilla ? 1 : 0;
            seen.inactive += p.active ? 0 : 1;
        }

        // Signed states twice as likely: they are what the sums are made of.
        const std::vector<C> states{C::borrador, C::en_revision, C::firmado, C::firmado, C::vigente,
                                    C::vigente,  C::concluido,   C::concluido, C::cancelado};
        const std::vector<d::Currency> currencies{d::Currency::MXN, d::Currency::MXN, d::Currency::MXN,
                                                  d::Currency::MXN, d::Currency::USD, d::Currency::PEN};
        const std::vector<std::string> accounts{"A1", "A2", ""};
        // Terms start from October 2021 to the end of 2025 and last up to about 14 months, so
        // some instalments fall outside 2022-2025 and the window's edges are tried.
        const auto first = day(2021, 10, 1);
        const int span = days_from(first, day(2025, 12, 31));
        for (int k = 0; k < contracts_per_office; ++k) {
            Deal c;
            c.holder = static_cast<std::size_t>(dice.below(o.people.size()));
            const auto& holder = o.people[c.holder].record;
            c.start = first.add_days(dice.below(static_cast<std::size_t>(span) + 1));
            c.end = c.start.add_days(dice.below(421));
            c.state = dice.of(states);
            const auto regime = dice.chance(80) ? holder.regime : dice.of(regimes);
            c.terms = Terms{c.start.iso(), c.end.iso(), c.state, 1'000 + dice.below(1'500'000),
                            std::min(1 + dice.below(4), days_from(c.start, c.end) + 1), dice.of(currencies),
                            regime, dice.of(units), dice.of(accounts)};
            c.terms.template_code = dice.chance(50) ? "a" : "b";
            const auto stored = draft(o.code, o.people[c.holder].key, c.terms);
            c.folio = engine.setup_contract(stored, c.state);
            for (const auto& plan : stored.schedule) {
                d::InstalmentRecord r;
                r.plan = plan;
                c.records.push_back(r);
            }
            o.deals.push_back(std::move(c));
        }

        // Walks on signed contracts' instalments, from some days around their due date.
        const std::vector<std::vector<S>> walks{{},
                                                {S::report_delivered},
                                                {S::report_delivered, S::approved},
                                                {S::report_delivered, S::approved, S::paid},
                                                {S::report_delivered, S::approved, S::paid},
                                                {S::cancelled},
                                                {S::report_delivered, S::approved, S::cancelled}};
        for (auto& c : o.deals) {
            if (!counts(c.state)) continue;
            ++seen.signed_contracts;
            if (!dice.chance(70)) continue;
            for (auto& r : c.records) {
                const auto& moves = dice.of(walks);
                const auto on = r.plan.due.add_days(dice.below(46) - 15);
                if (!moves.empty()) r = advance(c.folio, r, moves, on, c.terms.regime);
            }
        }

        // Early endings of contracts in force: the settlement prorates and cancels instalments.
        const std::vector<d::TerminationCause> causes{d::TerminationCause::notice, d::TerminationCause::rescission,
                                                      d::TerminationCause::interruption};
        for (auto& c : o.deals) {
            if ((c.state != C::firmado && c.state != C::vigente) || !(c.start < c.end) || !dice.chance(35)) continue;
            d::TerminationRequest request;
            request.term_start = c.start;
            request.term_end = c.end;
            request.last_day = c.start.add_days(dice.below(static_cast<std::size_t>(days_from(c.start, c.end))));
            request.cause = dice.of(causes);
            request.notice_given = request.last_day.add_days(-30);
            request.reason = "prueba de reportes";
            const auto settlement = d::settle_termination(c.records, c.terms.currency, request);
            engine.instalments().save_termination(c.folio, settlement, engine.actor());
            c.state = d::state_after_termination(request.cause);
            c.ended_on = request.last_day;
            for (std::size_t n = 0; n < c.records.size(); ++n) c.records[n] = settlement.instalments[n].after;
            ++seen.ended_early;
        }

        for (const auto& c : o.deals) {
            o.stored[c.folio] = engine.instalments().for_contract(c.folio);
            for (const auto& r : c.records) {
                seen.paid += counts(c.state) && r.state == S::paid ? 1 : 0;
                seen.cancelled += counts(c.state) && r.state == S::cancelled ? 1 : 0;
            }
        }
        return o;
    }

    void check_headcount(const Office& o, const d::HeadcountQuery& q) {
        const auto expected = expected_headcount(o, q);
        const auto cells = engine.reports().headcount(q);
        EXPECT_EQ(cells_of(cells), cells_of(expected));
        for (int year = q.from_year; year <= q.to_year; ++year) {
            SCOPED_TRACE(year);
            const auto total = engine.reports().headcount_total(q, year);
            EXPECT_EQ(total, persons_in(expected, year));
            EXPECT_EQ(total, persons_in(cells, year));  // cross-footing
        }
    }

    void check_payments(const Office& o, const d::PaymentsQuery& q) {
        const auto expected = expected_payments(o, q);
        const auto cells = engine.reports().payments(q);
        EXPECT_EQ(texts(cells, payment_text), texts(expected, payment_text));
        for (const auto currency : {d::Currency::MXN, d::Currency::USD, d::Currency::PEN}) {
            SCOPED_TRACE(d::currency_code(currency));
            const auto total = payment_text(engine.reports().payment_totals(q, currency));
            EXPECT_EQ(total, payment_text(sum_of(expected, currency)));
            EXPECT_EQ(total, payment_text(sum_of(cells, currency)));  // cross-footing
        }
    }

    void check_contracts(const Office& o, const d::ContractsQuery& q) {
        const auto expected = expected_contracts(o, q);
        const auto cells = engine.reports().contracts(q);
        EXPECT_EQ(contract_cells(cells), contract_cells(expected));
        const auto total = engine.reports().contract_total(q);
        EXPECT_EQ(total, contracts_in(expected));
        EXPECT_EQ(total, contracts_in(cells));  // cross-footing
    }
};

TEST_P(ReportProperty, ReportsOfRandomOfficesEqualWhatTheirSpecificationImplies) {
    Coverage seen;
    for (const auto seed : seeds) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        Office o;
        ASSERT_NO_THROW(o = build(seed, seen));

        d::HeadcountQuery heads;
        heads.institutions = {o.code};
        heads.from_year = 2022;
        heads.to_year = 2025;
        check_headcount(o, heads);
        heads.unit = "U2";
        check_headcount(o, heads);
        heads.unit.clear();
        heads.cut_month = 6;  // another cut day: 30 June
        heads.cut_day = 30;
        check_headcount(o, heads);

        d::PaymentsQuery pay;
        pay.institutions = {o.code};
        pay.from_month = "2022-01";
        pay.to_month = "2025-12";
        check_payments(o, pay);
        for (const auto& [from, to] : {std::pair{"2023-02", "2023-02"}, std::pair{"2024-02", "2024-03"}}) {
            auto months = pay;  // February's last day, common and leap
            months.from_month = from;
            months.to_month = to;
            check_payments(o, months);
        }
        auto filtered = pay;
        filtered.unit = "U1";
        check_payments(o, filtered);
        filtered = pay;
        filtered.account = "A2";
        check_payments(o, filtered);
        filtered.regime = d::Regime::honorarios;
        check_payments(o, filtered);

        d::ContractsQuery deals;
        deals.institutions = {o.code};
        check_contracts(o, deals);
        deals.unit = "U1";
        check_contracts(o, deals);
    }
    // The draws reached every kind of record the reports tell apart.
    EXPECT_GT(seen.planilla, 0);
    EXPECT_GT(seen.inactive, 0);
    EXPECT_GT(seen.signed_contracts, 20);
    EXPECT_GT(seen.paid, 5);
    EXPECT_GT(seen.cancelled, 0);
    EXPECT_GT(seen.ended_early, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, ReportProperty, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::testing_ports
