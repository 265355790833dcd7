#pragma once
// What the reports port's tests build on: an institution with units U1 and U2 and a
// supervisor, people, contracts moved to a state, instalments walked on, and each report's
// rows as text (so a failure shows the rows that differ). Each test names its own
// institutions and people, as the server's database is shared by the program's tests.

#include <gtest/gtest.h>

#include <cctype>
#include <ctime>
#include <numeric>
#include <string>
#include <vector>

#include "engine.h"
#include "pacta/domain/instalment.h"
#include "pacta/domain/schedule.h"
#include "pacta/domain/withholding.h"

namespace pacta::testing_ports::report_support {

namespace d = domain;
using S = d::InstalmentState;
using C = d::ContractState;

inline d::Date day(int y, unsigned m, unsigned dd) { return *d::Date::from_ymd(y, m, dd); }

inline d::Date utc_today() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    return day(parts.tm_year + 1900, static_cast<unsigned>(parts.tm_mon + 1), static_cast<unsigned>(parts.tm_mday));
}

struct Person {
    Person(std::string g = "Rosa", std::string f = "Ramírez", std::string s = "Núñez",
           d::Regime r = d::Regime::honorarios, d::Category c = d::Category::administrativo, std::string u = "",
           bool a = true)
        : given(std::move(g)), first(std::move(f)), second(std::move(s)), unit(std::move(u)), regime(r), category(c),
          active(a) {}
    std::string given, first, second, unit;
    d::Regime regime;
    d::Category category;
    bool active;
};

// A contract's terms, dates "AAAA-MM-DD"; template "a", with the supervisor, unless changed.
struct Terms {
    Terms(std::string s, std::string e, C st = C::firmado, std::int64_t t = 300'000, int n = 3,
          d::Currency cur = d::Currency::MXN, d::Regime r = d::Regime::honorarios, std::string u = "",
          std::string acc = "")
        : start(std::move(s)), end(std::move(e)), state(st), total(t), instalments(n), currency(cur), regime(r),
          unit(std::move(u)), account(std::move(acc)) {}
    std::string start, end;
    C state;
    std::int64_t total;
    int instalments;
    d::Currency currency;
    d::Regime regime;
    std::string unit, account, template_code = "a";
    bool supervisor = true;
};

// Parameterised by engine name ("sqlite", "postgres").
class ReportFixture : public testing::TestWithParam<const char*> {
protected:
    void SetUp() override { ASSERT_TRUE(engine.ready()); }

    // Institution `code`: units U1 and U2, the supervisor María Teresa Díaz Martínez.
    void office(const std::string& code) {
        d::Institution inst;
        inst.code = code;
        inst.name = "Institución " + code;
        inst.units = {{"U1", "Unidad Uno", "Guerrero", "CC-1"}, {"U2", "Unidad Dos", "Guerrero", "CC-2"}};
        d::Signatory supervisor;
        supervisor.code = "supervision";
        supervisor.name = "María Teresa Díaz Martínez";
        supervisor.valid_from = day(2020, 1, 1);
        supervisor.roles = {"supervisor"};
        inst.signatories = {supervisor};
        ASSERT_NO_THROW(engine.institutions().save(inst, engine.actor()));
    }

    // An 18-character CURP from the institution's code and `n`.
    static std::string curp(const std::string& institution, int n) {
        std::string out;
        for (const char c : institution) {
            if (std::isalnum(static_cast<unsigned char>(c)) != 0) out += static_cast<char>(std::toupper(c));
        }
        out += std::to_string(n);
        out.resize(18, 'X');
        return out;
    }

    // Stores `p` in `institution`; returns their key.
    std::string person(const std::string& institution, int n, const Person& p) {
        d::StaffMember m;
        m.given_names = p.given;
        m.first_surname = p.first;
        m.second_surname = p.second;
        m.sex = d::Sex::woman;
        m.curp = curp(institution, n);
        m.rfc = "RAXN900101AB1";
        m.domicile = "Calle Secreta 12";
        m.phone = "7470000000";
        m.email = "rosa@example.org";
        m.bank_account = "012180001234567891";
        m.regime = p.regime;
        m.category = p.category;
        m.unit_code = p.unit;
        m.active = p.active;
        EXPECT_NO_THROW((void)engine.staff().import({m}, institution, false, engine.actor()));
        return m.curp;
    }

    // The draft `contract` stores for `key` in `institution` (its schedule equal instalments).
    static d::NewContract draft(const std::string& institution, const std::string& key, const Terms& t) {
        d::NewContract c;
        c.institution_code = institution;
        c.template_code = institution + "-" + t.template_code;
        c.template_title = "Plantilla " + t.template_code;
        c.template_source = "@plantilla " + c.template_code;
        c.staff_key = key;
        c.data_json = R"({"servicio":{"descripcion":"Consulta médica"},"prestador":{"curp":"SECRETO"}})";
        c.total = d::Money(t.total, t.currency);
        c.signing_date = day(2024, 1, 2);
        c.start = d::parse_iso_date(t.start).value;
        c.end = d::parse_iso_date(t.end).value;
        c.regime = t.regime;
        c.unit_code = t.unit;
        c.budget_account = t.account;
        if (t.supervisor) c.signatories = {{"supervisor", "supervision"}};
        c.schedule = d::build_schedule(c.total, t.instalments, *c.start, *c.end, d::ScheduleRule::equal, {}, {});
        return c;
    }

    // A contract of `key` in `institution` moved to t.state; returns its folio.
    std::string contract(const std::string& institution, const std::string& key, const Terms& t) {
        return engine.setup_contract(draft(institution, key, t), t.state);
    }

    // Moves `current`, the instalment as stored, on through `states`, each a day after the
    // last, paid with the withholding of `regime` (honorarios: 10 %, the same tariff every
    // year); returns it as last moved.
    d::InstalmentRecord advance(const std::string& folio, d::InstalmentRecord current, const std::vector<S>& states,
                                d::Date on, d::Regime regime = d::Regime::honorarios) {
        d::WithholdingRules rules;
        for (int year = 2020; year <= 2030; ++year) rules.add_tariff(d::parse_monthly_tariff(year, "0.01,,0.00,10.00\n"));
        const d::PaymentContext payment{regime, false, &rules};
        for (const auto to : states) {
            const d::InstalmentMove m{to, on, "REF-" + on.iso(), "", "", "María Teresa Díaz Martínez", "", "R-1",
                                      to == S::cancelled ? "sin servicio" : ""};
            const auto next = d::apply_move(current, m, payment);
            engine.instalments().save_move(folio, current, next, engine.actor());
            current = next;
            on = on.add_days(1);
        }
        return current;
    }

    // Instalment `number` (from 1) as the engine has it, moved on as advance() does.
    void walk(const std::string& folio, int number, const std::vector<S>& states, d::Date on) {
        (void)advance(folio, engine.instalments().for_contract(folio).at(static_cast<std::size_t>(number - 1)).record,
                      states, on);
    }

    Engine engine{GetParam()};
};

// Each row as `text` writes it, in order.
template <typename Row, typename Text>
std::vector<std::string> texts(const std::vector<Row>& rows, Text text) {
    std::vector<std::string> out;
    for (const auto& row : rows) out.push_back(text(row));
    return out;
}

// "year regime category unit persons".
inline std::vector<std::string> cells_of(const std::vector<d::HeadcountCell>& cells) {
    return texts(cells, [](const d::HeadcountCell& c) {
        return std::to_string(c.year) + " " + std::string(d::regime_name(c.regime)) + " " +
               std::string(d::category_name(c.category)) + " " + (c.unit_code.empty() ? "-" : c.unit_code) + " " +
               std::to_string(c.persons);
    });
}

inline std::int64_t persons_in(const std::vector<d::HeadcountCell>& cells, int year) {
    std::int64_t n = 0;
    for (const auto& c : cells) n += c.year == year ? c.persons : 0;
    return n;
}

// "month account unit regime currency instalments/planned/approved/paid/withheld/net/pending".
inline std::string payment_text(const d::PaymentCell& c) {
    std::string sums = std::to_string(c.instalments);
    for (const auto n : {c.planned, c.approved, c.paid, c.withheld, c.net, c.pending}) sums += "/" + std::to_string(n);
    return c.month + " " + (c.account.empty() ? "-" : c.account) + " " + (c.unit.empty() ? "-" : c.unit) + " " +
           std::string(d::regime_name(c.regime)) + " " + std::string(d::currency_code(c.currency)) + " " + sums;
}

// The sums of the cells of one currency, as payment_totals reports them.
inline d::PaymentCell sum_of(const std::vector<d::PaymentCell>& cells, d::Currency currency) {
    d::PaymentCell t;
    t.currency = currency;
    for (const auto& c : cells) {
        if (c.currency != currency) continue;
        t.instalments += c.instalments;
        t.planned += c.planned;
        t.approved += c.approved;
        t.paid += c.paid;
        t.withheld += c.withheld;
        t.net += c.net;
        t.pending += c.pending;
    }
    return t;
}

// "state template unit currency contracts total".
inline std::vector<std::string> contract_cells(const std::vector<d::ContractCountCell>& cells) {
    return texts(cells, [](const d::ContractCountCell& c) {
        return std::string(d::contract_state_name(c.state)) + " " + c.template_code + " " + c.unit + " " +
               std::string(d::currency_code(c.currency)) + " " + std::to_string(c.contracts) + " " +
               std::to_string(c.total);
    });
}

inline std::int64_t contracts_in(const std::vector<d::ContractCountCell>& cells) {
    return std::accumulate(cells.begin(), cells.end(), std::int64_t{0},
                           [](std::int64_t n, const d::ContractCountCell& c) { return n + c.contracts; });
}

}  // namespace pacta::testing_ports::report_support
