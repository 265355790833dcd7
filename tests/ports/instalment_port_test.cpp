// The instalments port, the same tests on every engine: a contract's schedule read with what a
// clerk sees beside it; the open lists (signed contracts only, by due date, a window at a
// time, Inicio's contracts in force); every list's filters and orders and its length; the
// sums per month, unit and account; moves (a stale one refused, a paid instalment final);
// an early termination; a schedule replaced only while every instalment is pending. Every
// test names its own institution and people, as the server's database is shared.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>

#include "engine.h"
#include "pacta/domain/termination.h"
#include "pacta/domain/withholding.h"

namespace pacta::testing_ports {
namespace {

namespace d = domain;
using S = d::InstalmentState;
using Order = d::InstalmentQuery::Order;

d::Date day(int y, unsigned m, unsigned dd) { return *d::Date::from_ymd(y, m, dd); }

// An 18-character CURP made of `tag` (test-unique) and `n`.
std::string curp(const std::string& tag, int n) {
    std::string out;
    for (const char c : tag) {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0) out += static_cast<char>(std::toupper(c));
    }
    out += std::to_string(n);
    out.resize(18, 'X');
    return out;
}

d::InstalmentMove move_to(S to, d::Date on) {
    d::InstalmentMove m;
    m.to = to;
    m.on = on;
    m.reference = "REF-" + on.iso();
    m.approved_by = "María Teresa Díaz Martínez";
    m.receipt_number = "R-1";
    m.reason = to == S::cancelled || to == S::suspended ? "sin servicio" : "";
    return m;
}

class InstalmentPort : public testing::TestWithParam<const char*> {
protected:
    void SetUp() override { ASSERT_TRUE(engine.ready()); }

    // The institution `tag` (its supervisor, unit UMM) with Rosa Ramírez (curp 1) and José
    // Muñoz (curp 2, CAS, suspension certificate for 2024).
    void office(const std::string& tag) {
        tag_ = tag;
        d::Institution inst;
        inst.code = tag;
        inst.name = "Institución " + tag;
        inst.country = "MX";
        inst.units = {{"UMM", "Unidad Médica Móvil", "Guerrero", "CC"}};
        d::Signatory supervisor;
        supervisor.code = "supervision";
        supervisor.name = "María Teresa Díaz Martínez";
        supervisor.valid_from = day(2024, 1, 1);
        supervisor.roles = {"supervisor"};
        inst.signatories = {supervisor};
        ASSERT_NO_THROW(engine.institutions().save(inst, engine.actor()));
        d::StaffMember rosa;
        rosa.given_names = "Rosa";
        rosa.first_surname = "Ramírez";
        rosa.second_surname = "Núñez";
        rosa.curp = curp(tag, 1);
        d::StaffMember jose = rosa;
        jose.given_names = "José";
        jose.first_surname = "Muñoz";
        jose.second_surname = "Pérez";
        jose.curp = curp(tag, 2);
        jose.regime = d::Regime::cas;
        jose.suspension_year = 2024;
        ASSERT_NO_THROW((void)engine.staff().import({rosa, jose}, tag, false, engine.actor()));
    }

    // A contract of 3,000.00 MXN in three equal instalments, each due at its period's end.
    std::string contract(int person, const char* start, const char* end, d::ContractState state,
                         const std::string& unit = "", const std::string& account = "") {
        d::NewContract c;
        c.institution_code = tag_;
        c.template_code = "plantilla-" + tag_;
        c.template_title = "Honorarios";
        c.template_source = "@plantilla " + tag_;
        c.staff_key = curp(tag_, person);
        c.data_json = "{}";
        c.total = d::Money(300'000, d::Currency::MXN);
        c.signing_date = day(2024, 1, 2);
        c.start = d::parse_iso_date(start).value;
        c.end = d::parse_iso_date(end).value;
        c.regime = person == 2 ? d::Regime::cas : d::Regime::honorarios;
        c.unit_code = unit;
        c.budget_account = account;
        c.signatories = {{"supervisor", "supervision"}};
        c.schedule = d::build_schedule(c.total, 3, *c.start, *c.end, d::ScheduleRule::equal, {}, {});
        return engine.setup_contract(c, state);
    }

    // Rosa's contract (R): January to March, unit UMM, account 12101; José's (J): April to
    // June, neither; in `rosa` and `jose` states.
    void two_contracts(d::ContractState rosa, d::ContractState jose) {
        rosa_ = contract(1, "2024-01-01", "2024-03-31", rosa, "UMM", "12101");
        jose_ = contract(2, "2024-04-01", "2024-06-30", jose);
    }

    d::InstalmentQuery mine() const {
        d::InstalmentQuery q;
        q.institutions = {tag_};
        return q;
    }

    // "R/1", "J/3": whose contract and which instalment, in the list's order.
    std::vector<std::string> names(const std::vector<d::ContractInstalment>& list) const {
        std::vector<std::string> out;
        for (const auto& i : list) {
            out.push_back((i.folio == rosa_ ? "R/" : i.folio == jose_ ? "J/" : "?/") +
                          std::to_string(i.record.plan.number));
        }
        return out;
    }
    std::vector<std::string> page(const d::InstalmentQuery& q) { return names(engine.instalments().page(q, 0, 100)); }

    d::InstalmentRecord record(const std::string& folio, int number) {
        return engine.instalments().for_contract(folio).at(static_cast<std::size_t>(number - 1)).record;
    }
    // Moves the instalment on through `states`, each a day after the last.
    d::InstalmentRecord walk(const std::string& folio, int number, std::vector<S> states, d::Date on) {
        auto current = record(folio, number);
        d::WithholdingRules rules;
        rules.add_tariff(d::parse_monthly_tariff(2024, "0.01,,0.00,10.00\n"));
        const d::PaymentContext payment{d::Regime::honorarios, false, &rules};
        for (const auto to : states) {
            const auto next = d::apply_move(current, move_to(to, on), payment);
            engine.instalments().save_move(folio, current, next, engine.actor());
            current = next;
            on = on.add_days(1);
        }
        return current;
    }

    Engine engine{GetParam()};
    std::string tag_, rosa_, jose_;
};

TEST_P(InstalmentPort, AContractsScheduleIsReadWithWhatAClerkSeesBesideIt) {
    office("ins-a");
    two_contracts(d::ContractState::firmado, d::ContractState::borrador);
    auto& repo = engine.instalments();
    const auto rosa = repo.for_contract(rosa_);
    ASSERT_EQ(rosa.size(), 3U);
    EXPECT_EQ(rosa_, "INS-A-2024-0001");
    for (int n = 0; n < 3; ++n) EXPECT_EQ(rosa[static_cast<std::size_t>(n)].record.plan.number, n + 1);
    const auto& first = rosa[0];
    EXPECT_EQ(first.folio, rosa_);
    EXPECT_EQ(first.institution_code, "ins-a");
    EXPECT_EQ(first.person, "Rosa Ramírez Núñez");
    EXPECT_EQ(first.unit_code, "UMM");
    EXPECT_EQ(first.budget_account, "12101");
    EXPECT_EQ(first.regime, d::Regime::honorarios);
    EXPECT_FALSE(first.suspension_year);
    EXPECT_EQ(first.supervisor, "María Teresa Díaz Martínez");  // the person's name, not the code
    EXPECT_EQ(first.contract_state, d::ContractState::firmado);
    EXPECT_EQ(first.record.state, S::pending);
    EXPECT_EQ(first.record.plan.amount, d::Money(100'000, d::Currency::MXN));
    EXPECT_EQ(first.record.plan.period_start, day(2024, 1, 1));
    EXPECT_EQ(first.record.plan.period_end, day(2024, 1, 31));
    EXPECT_EQ(first.record.plan.due, day(2024, 1, 31));
    EXPECT_FALSE(first.record.report_date);
    EXPECT_FALSE(first.record.paid);
    const auto jose = repo.for_contract(jose_);
    ASSERT_EQ(jose.size(), 3U);
    EXPECT_EQ(jose[0].regime, d::Regime::cas);
    EXPECT_EQ(jose[0].suspension_year, 2024);
    EXPECT_EQ(jose[0].contract_state, d::ContractState::borrador);
    EXPECT_TRUE(repo.for_contract("NO-EXISTE-2024-0001").empty());

    // all(): every contract's, by folio and number.
    std::vector<std::string> ours;
    for (const auto& i : repo.all()) {
        if (i.institution_code == "ins-a") ours.push_back((i.folio == rosa_ ? "R/" : "J/") + std::to_string(i.record.plan.number));
    }
    EXPECT_EQ(ours, (std::vector<std::string>{"R/1", "R/2", "R/3", "J/1", "J/2", "J/3"}));
}

TEST_P(InstalmentPort, TheOpenListHoldsSignedContractsInstalmentsByDueDateAWindowAtATime) {
    office("ins-b");
    two_contracts(d::ContractState::firmado, d::ContractState::borrador);  // a draft owes nothing yet
    auto& repo = engine.instalments();
    auto q = mine();
    EXPECT_EQ(names(repo.open(q)), (std::vector<std::string>{"R/1", "R/2", "R/3"}));
    EXPECT_EQ(repo.open_count(q), 3U);
    EXPECT_EQ(names(repo.open_page(q, 1, 1)), (std::vector<std::string>{"R/2"}));
    EXPECT_TRUE(repo.open_page(q, 3, 10).empty());
    q.due_by = day(2024, 2, 29);
    EXPECT_EQ(names(repo.open(q)), (std::vector<std::string>{"R/1", "R/2"}));
    EXPECT_EQ(repo.open_count(q), 2U);
    q.unit = "OTRA";
    EXPECT_TRUE(repo.open(q).empty());
    EXPECT_EQ(repo.open_count(q), 0U);
    q = mine();
    q.institutions = {"ins-b-otra"};
    EXPECT_TRUE(repo.open(q).empty());
    EXPECT_EQ(repo.open_count(q), 0U);
    q.institutions = {"ins-b-otra", "ins-b"};
    EXPECT_EQ(repo.open(q).size(), 3U);

    // Inicio: contracts in force (signed or in force), by day and institution.
    auto inicio = mine();
    inicio.contract_states = {d::ContractState::firmado, d::ContractState::vigente};
    inicio.due_by = day(2024, 2, 29);
    EXPECT_EQ(repo.open_count(inicio), 2U);
    EXPECT_EQ(names(repo.open_page(inicio, 0, 10)), (std::vector<std::string>{"R/1", "R/2"}));
    EXPECT_EQ(names(repo.open_page(inicio, 1, 10)), (std::vector<std::string>{"R/2"}));
    inicio.unit = "UMM";  // a filter beyond the day and institutions
    EXPECT_EQ(repo.open_count(inicio), 2U);
    inicio.institutions = {"ins-b-otra"};
    EXPECT_EQ(repo.open_count(inicio), 0U);
    EXPECT_TRUE(repo.open_page(inicio, 0, 10).empty());
    auto signed_only = mine();
    signed_only.contract_states = {d::ContractState::vigente};
    EXPECT_EQ(repo.open_count(signed_only), 0U);

    // Paid and cancelled instalments leave it.
    walk(rosa_, 1, {S::report_delivered, S::approved, S::paid}, day(2024, 2, 1));
    walk(rosa_, 3, {S::cancelled}, day(2024, 2, 1));
    EXPECT_EQ(names(repo.open(mine())), (std::vector<std::string>{"R/2"}));
    inicio = mine();
    inicio.contract_states = {d::ContractState::firmado, d::ContractState::vigente};
    EXPECT_EQ(repo.open_count(inicio), 1U);
    EXPECT_EQ(names(repo.open_page(inicio, 0, 10)), (std::vector<std::string>{"R/2"}));
}

TEST_P(InstalmentPort, EveryInstalmentWithTheScreensFiltersAWindowAtATime) {
    office("ins-c");
    two_contracts(d::ContractState::firmado, d::ContractState::borrador);
    auto& repo = engine.instalments();
    const auto all = mine();
    EXPECT_EQ(repo.count(all), 6U);  // drafts too: Pagos shows every instalment
    EXPECT_EQ(page(all), (std::vector<std::string>{"R/1", "R/2", "R/3", "J/1", "J/2", "J/3"}));
    EXPECT_EQ(names(repo.page(all, 4, 10)), (std::vector<std::string>{"J/2", "J/3"}));
    auto q = all;
    q.unit = "UMM";
    EXPECT_EQ(repo.count(q), 3U);
    q = all;
    q.account = "12101";
    EXPECT_EQ(page(q), (std::vector<std::string>{"R/1", "R/2", "R/3"}));
    q = all;
    q.text = "muñoz";  // a word of the name, case aside
    EXPECT_EQ(page(q), (std::vector<std::string>{"J/1", "J/2", "J/3"}));
    q.text = "MUNOZ jos";  // accents aside, every word
    EXPECT_EQ(repo.count(q), 3U);
    q.text = "muñoz rosa";
    EXPECT_EQ(repo.count(q), 0U);
    q.text = curp("ins-c", 1).substr(0, 8);  // the start of the person's key
    EXPECT_EQ(page(q), (std::vector<std::string>{"R/1", "R/2", "R/3"}));
    q.text = "ins-c-2024-000";  // a folio's start, in lower case too
    EXPECT_EQ(repo.count(q), 6U);
    q.text = jose_;
    EXPECT_EQ(page(q), (std::vector<std::string>{"J/1", "J/2", "J/3"}));
    q.text = "2024-03";  // the start of a due date
    EXPECT_EQ(page(q), (std::vector<std::string>{"R/3"}));
    q.text = "2024-0";
    EXPECT_EQ(repo.count(q), 6U);
    q.text = "2024-06-3";
    EXPECT_EQ(page(q), (std::vector<std::string>{"J/3"}));
    q.text = "2024-02-3";  // no such day
    EXPECT_EQ(repo.count(q), 0U);
    q.text = "2023";
    EXPECT_EQ(repo.count(q), 0U);
    q = all;
    q.period_from = day(2024, 3, 15);
    q.period_to = day(2024, 4, 15);
    EXPECT_EQ(page(q), (std::vector<std::string>{"R/3", "J/1"}));
    q = all;
    q.due_by = day(2024, 2, 29);
    EXPECT_EQ(repo.count(q), 2U);
    q = all;
    q.contract_states = {d::ContractState::borrador};
    EXPECT_EQ(page(q), (std::vector<std::string>{"J/1", "J/2", "J/3"}));
    q = all;
    q.institutions = {"ins-c-otra"};
    EXPECT_EQ(repo.count(q), 0U);
    EXPECT_TRUE(repo.page(q, 0, 10).empty());

    walk(rosa_, 2, {S::report_delivered}, day(2024, 3, 1));
    q = all;
    q.state = S::report_delivered;
    EXPECT_EQ(page(q), (std::vector<std::string>{"R/2"}));
    EXPECT_EQ(repo.count(q), 1U);
    // The open list's filter: signed contracts' instalments neither paid nor cancelled.
    walk(rosa_, 1, {S::cancelled}, day(2024, 3, 1));
    q = all;
    q.open_only = true;
    EXPECT_EQ(page(q), (std::vector<std::string>{"R/2", "R/3"}));
    EXPECT_EQ(repo.count(q), 2U);
    EXPECT_EQ(repo.open_count(q), 2U);
}

TEST_P(InstalmentPort, EachOrderBothWays) {
    office("ins-d");
    two_contracts(d::ContractState::firmado, d::ContractState::borrador);
    auto q = mine();
    const std::vector<std::string> by_folio{"R/1", "R/2", "R/3", "J/1", "J/2", "J/3"};
    std::vector<std::string> reversed(by_folio.rbegin(), by_folio.rend());
    q.order = Order::folio;
    EXPECT_EQ(page(q), by_folio);
    q.descending = true;
    EXPECT_EQ(page(q), reversed);
    q.order = Order::due;  // Rosa's all come due before José's
    EXPECT_EQ(page(q), reversed);
    q.descending = false;
    EXPECT_EQ(page(q), by_folio);
    q.order = Order::period_start;
    EXPECT_EQ(page(q), by_folio);
    q.order = Order::number;
    EXPECT_EQ(page(q), (std::vector<std::string>{"R/1", "J/1", "R/2", "J/2", "R/3", "J/3"}));
    q.descending = true;
    EXPECT_EQ(page(q), (std::vector<std::string>{"J/3", "R/3", "J/2", "R/2", "J/1", "R/1"}));
    q.order = Order::person;
    q.descending = false;
    EXPECT_EQ(page(q), (std::vector<std::string>{"J/1", "J/2", "J/3", "R/1", "R/2", "R/3"}));  // Muñoz, Ramírez
    q.descending = true;
    EXPECT_EQ(page(q), (std::vector<std::string>{"R/3", "R/2", "R/1", "J/3", "J/2", "J/1"}));
    q.order = Order::amount;  // equal amounts: by instalment, the newest first going down
    EXPECT_EQ(page(q), reversed);
    q.order = Order::unit;  // José's names none
    q.descending = false;
    EXPECT_EQ(page(q), (std::vector<std::string>{"J/1", "J/2", "J/3", "R/1", "R/2", "R/3"}));
    q.order = Order::account;
    q.descending = true;
    EXPECT_EQ(page(q), (std::vector<std::string>{"R/3", "R/2", "R/1", "J/3", "J/2", "J/1"}));
    walk(jose_, 2, {S::report_delivered}, day(2024, 5, 1));
    q.order = Order::state;  // "informe_entregado" before "pendiente", then by due date
    q.descending = false;
    EXPECT_EQ(page(q), (std::vector<std::string>{"J/2", "R/1", "R/2", "R/3", "J/1", "J/3"}));
    EXPECT_EQ(names(engine.instalments().page(q, 1, 2)), (std::vector<std::string>{"R/1", "R/2"}));
}

TEST_P(InstalmentPort, TotalsPerMonthUnitAndAccountAddUpAndLeaveCancelledOut) {
    office("ins-e");
    two_contracts(d::ContractState::firmado, d::ContractState::borrador);
    auto& repo = engine.instalments();
    const std::vector<std::string> ours{"ins-e"};
    const auto months = repo.totals(ours, "2024-02", "2024-05", d::TotalsKey::month);
    ASSERT_EQ(months.size(), 4U);
    EXPECT_EQ(months[0].key, "2024-02");
    EXPECT_EQ(months[3].key, "2024-05");
    EXPECT_EQ(months[0].currency, d::Currency::MXN);
    EXPECT_EQ(months[0].planned, 100'000);
    EXPECT_EQ(months[0].approved + months[0].paid + months[0].withheld, 0);
    const auto units = repo.totals(ours, "2024-01", "2024-12", d::TotalsKey::unit);
    ASSERT_EQ(units.size(), 2U);
    EXPECT_EQ(units[0].key, "-");  // José's contract names no unit
    EXPECT_EQ(units[1].key, "UMM");
    EXPECT_EQ(units[0].planned, 300'000);
    EXPECT_EQ(units[1].planned, 300'000);
    const auto accounts = repo.totals(ours, "2024-03", "2024-04", d::TotalsKey::account);
    ASSERT_EQ(accounts.size(), 2U);
    EXPECT_EQ(accounts[0].key, "-");
    EXPECT_EQ(accounts[0].planned, 100'000);  // April's
    EXPECT_EQ(accounts[1].key, "12101");
    EXPECT_EQ(accounts[1].planned, 100'000);  // March's
    EXPECT_TRUE(repo.totals({"ins-e-otra"}, "2024-01", "2024-12", d::TotalsKey::account).empty());
    EXPECT_TRUE(repo.totals({"ins-e-otra"}, "2024-01", "2024-12", d::TotalsKey::month).empty());
    bool found = false;  // every institution's when none is named
    for (const auto& t : repo.totals({}, "2024-01", "2024-12", d::TotalsKey::unit)) found = found || t.key == "UMM";
    EXPECT_TRUE(found);

    // Paid at 10 % withheld; cancelled ones add nothing.
    walk(rosa_, 1, {S::report_delivered, S::approved, S::paid}, day(2024, 2, 1));
    walk(rosa_, 2, {S::report_delivered, S::approved}, day(2024, 3, 1));
    walk(rosa_, 3, {S::cancelled}, day(2024, 3, 1));
    const auto paid = repo.totals(ours, "2024-01", "2024-03", d::TotalsKey::month);
    ASSERT_EQ(paid.size(), 2U);  // March's only instalment was cancelled
    EXPECT_EQ(paid[0].key, "2024-01");
    EXPECT_EQ(paid[0].approved, 100'000);
    EXPECT_EQ(paid[0].paid, 100'000);
    EXPECT_EQ(paid[0].withheld, 10'000);
    EXPECT_EQ(paid[1].approved, 100'000);
    EXPECT_EQ(paid[1].paid, 0);
    const auto by_unit = repo.totals(ours, "2024-01", "2024-12", d::TotalsKey::unit);
    ASSERT_EQ(by_unit.size(), 2U);
    EXPECT_EQ(by_unit[1].planned, 200'000);
    EXPECT_EQ(by_unit[1].approved, 200'000);
    EXPECT_EQ(by_unit[1].paid, 100'000);
    EXPECT_EQ(by_unit[1].withheld, 10'000);
}

TEST_P(InstalmentPort, AMoveIsStoredWholeAndOneOnAStaleReadIsRefused) {
    office("ins-f");
    two_contracts(d::ContractState::firmado, d::ContractState::borrador);
    auto& repo = engine.instalments();
    const auto first = record(rosa_, 1);
    auto delivered = d::apply_move(first, move_to(S::report_delivered, day(2024, 2, 1)), {});
    delivered.report_file = "informes/enero.pdf";
    delivered.report_sha256 = std::string(64, 'a');
    repo.save_move(rosa_, first, delivered, engine.actor());
    const auto back = record(rosa_, 1);
    EXPECT_EQ(back.state, S::report_delivered);
    EXPECT_EQ(back.report_date, day(2024, 2, 1));
    EXPECT_EQ(back.report_reference, "REF-2024-02-01");
    EXPECT_EQ(back.report_file, "informes/enero.pdf");
    EXPECT_EQ(back.report_sha256, std::string(64, 'a'));
    // A second clerk still holding the pending copy.
    EXPECT_THROW(repo.save_move(rosa_, first, delivered, "otra"), std::runtime_error);
    EXPECT_EQ(record(rosa_, 1).state, S::report_delivered);
    // No such instalment or contract.
    auto missing = first;
    missing.plan.number = 9;
    EXPECT_THROW(repo.save_move(rosa_, missing, delivered, engine.actor()), std::runtime_error);
    EXPECT_THROW(repo.save_move("NO-EXISTE-2024-0001", first, delivered, engine.actor()), std::runtime_error);

    // Suspended and resumed: the report is cleared.
    const auto suspended = walk(rosa_, 1, {S::suspended}, day(2024, 2, 2));
    EXPECT_EQ(record(rosa_, 1).reason, "sin servicio");
    walk(rosa_, 1, {S::pending}, day(2024, 2, 3));
    const auto resumed = record(rosa_, 1);
    EXPECT_EQ(resumed.state, S::pending);
    EXPECT_FALSE(resumed.report_date);
    EXPECT_EQ(resumed.report_reference, "");
    EXPECT_EQ(suspended.state, S::suspended);
}

TEST_P(InstalmentPort, APaidInstalmentIsFinal) {
    office("ins-g");
    two_contracts(d::ContractState::vigente, d::ContractState::borrador);
    auto& repo = engine.instalments();
    const auto paid = walk(rosa_, 1, {S::report_delivered, S::approved, S::paid}, day(2024, 2, 1));
    const auto back = record(rosa_, 1);
    EXPECT_EQ(back.state, S::paid);
    EXPECT_EQ(back.approval_date, day(2024, 2, 2));
    EXPECT_EQ(back.approved_by, "María Teresa Díaz Martínez");
    EXPECT_EQ(back.payment_date, day(2024, 2, 3));
    EXPECT_EQ(back.transfer_reference, "REF-2024-02-03");
    EXPECT_EQ(back.receipt_number, "R-1");
    ASSERT_TRUE(back.paid);
    EXPECT_EQ(back.paid->gross.minor_units(), 100'000);
    EXPECT_EQ(back.paid->withheld.minor_units(), 10'000);
    EXPECT_EQ(back.paid->net.minor_units(), 90'000);
    EXPECT_EQ(back.paid->net.currency(), d::Currency::MXN);
    // The engine refuses any change to it, whatever the caller checked.
    auto changed = paid;
    changed.reason = "corregido";
    changed.plan.amount = d::Money(1, d::Currency::MXN);
    EXPECT_THROW(repo.save_move(rosa_, paid, changed, engine.actor()), std::runtime_error);
    const auto still = record(rosa_, 1);
    EXPECT_EQ(still.reason, "");
    EXPECT_EQ(still.plan.amount.minor_units(), 100'000);
    EXPECT_EQ(repo.for_contract(rosa_)[0].contract_state, d::ContractState::vigente);
}

TEST_P(InstalmentPort, AnEarlyTerminationProratesCancelsAndEndsTheContract) {
    office("ins-h");
    two_contracts(d::ContractState::firmado, d::ContractState::borrador);
    auto& repo = engine.instalments();
    walk(rosa_, 1, {S::report_delivered, S::approved, S::paid}, day(2024, 2, 1));
    d::TerminationRequest request;
    request.term_start = day(2024, 1, 1);
    request.term_end = day(2024, 3, 31);
    request.last_day = day(2024, 2, 15);
    request.cause = d::TerminationCause::notice;
    request.notice_given = day(2024, 1, 10);
    request.notice_days = 30;
    request.reason = "renuncia";
    std::vector<d::InstalmentRecord> records;
    for (const auto& i : repo.for_contract(rosa_)) records.push_back(i.record);
    const auto settlement = d::settle_termination(records, d::Currency::MXN, request);
    repo.save_termination(rosa_, settlement, engine.actor());

    const auto after = repo.for_contract(rosa_);
    ASSERT_EQ(after.size(), 3U);
    EXPECT_EQ(after[0].record.state, S::paid);  // untouched
    EXPECT_EQ(after[1].record.plan.amount, settlement.instalments[1].after.plan.amount);
    EXPECT_LT(after[1].record.plan.amount.minor_units(), 100'000);
    EXPECT_EQ(after[1].record.plan.period_end, day(2024, 2, 15));
    EXPECT_EQ(after[2].record.state, S::cancelled);
    for (const auto& i : after) EXPECT_EQ(i.contract_state, d::ContractState::terminado_anticipadamente);
    // Ended, it is no longer in force: Inicio's list leaves it, the open list keeps what is owed.
    auto inicio = mine();
    inicio.contract_states = {d::ContractState::firmado, d::ContractState::vigente};
    EXPECT_EQ(repo.open_count(inicio), 0U);
    EXPECT_EQ(names(repo.open(mine())), (std::vector<std::string>{"R/2"}));
    const auto months = repo.totals({"ins-h"}, "2024-03", "2024-03", d::TotalsKey::month);
    EXPECT_TRUE(months.empty());  // March's instalment was cancelled
    // Stored once: the same settlement again finds its instalments moved on, and changes nothing.
    EXPECT_THROW(repo.save_termination(rosa_, settlement, engine.actor()), std::runtime_error);
    EXPECT_EQ(repo.for_contract(rosa_)[1].record.plan.amount, settlement.instalments[1].after.plan.amount);
    EXPECT_EQ(repo.for_contract(rosa_)[2].record.state, S::cancelled);
}

TEST_P(InstalmentPort, AScheduleIsReplacedOnlyWhileEveryInstalmentIsPending) {
    office("ins-i");
    two_contracts(d::ContractState::firmado, d::ContractState::borrador);
    auto& repo = engine.instalments();
    const auto schedule = d::build_schedule(d::Money(300'000, d::Currency::MXN), 2, day(2024, 4, 1), day(2024, 5, 31),
                                            d::ScheduleRule::equal, {}, {});
    EXPECT_TRUE(repo.replace_schedule(jose_, schedule, engine.actor()));
    const auto now = repo.for_contract(jose_);
    ASSERT_EQ(now.size(), 2U);
    EXPECT_EQ(now[0].record.plan.amount.minor_units(), 150'000);
    EXPECT_EQ(now[1].record.plan.due, day(2024, 5, 31));
    EXPECT_EQ(now[1].record.state, S::pending);
    const auto may = repo.totals({"ins-i"}, "2024-05", "2024-06", d::TotalsKey::month);
    ASSERT_EQ(may.size(), 1U);  // June's instalment went with the old schedule
    EXPECT_EQ(may[0].planned, 150'000);

    // Once one has moved on, nothing changes.
    walk(jose_, 1, {S::report_delivered}, day(2024, 5, 1));
    const auto three = d::build_schedule(d::Money(300'000, d::Currency::MXN), 3, day(2024, 4, 1), day(2024, 6, 30),
                                         d::ScheduleRule::equal, {}, {});
    EXPECT_FALSE(repo.replace_schedule(jose_, three, engine.actor()));
    EXPECT_EQ(repo.for_contract(jose_).size(), 2U);
    EXPECT_EQ(repo.for_contract(jose_)[0].record.state, S::report_delivered);
    // A signed contract's schedule changes only by amendment; an unknown contract has none.
    EXPECT_THROW((void)repo.replace_schedule(rosa_, three, engine.actor()), std::runtime_error);
    EXPECT_EQ(repo.for_contract(rosa_).size(), 3U);
    EXPECT_THROW((void)repo.replace_schedule("NO-EXISTE-2024-0001", three, engine.actor()), std::runtime_error);
}

INSTANTIATE_TEST_SUITE_P(Engines, InstalmentPort, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::testing_ports
