// The reports port, the same tests on every engine: headcount by year (planilla every year,
// contract holders on the cut day of a signed contract, inactive people and drafts never),
// payments by month, account, unit, regime and currency, contracts by state, template and
// unit, contracts ending soon, late instalment steps and what transparency publishes. Each
// grouped report is checked against its reconciling total. Every test names its own
// institutions ("rpt-..."), people and templates, as the server's database is shared.
#include <gtest/gtest.h>

#include <algorithm>

#include "report_support.h"

namespace pacta::testing_ports {
namespace {

using namespace report_support;

class ReportPort : public ReportFixture {};

std::string folio_of(const auto& row) { return row.folio; }

TEST_P(ReportPort, HeadcountCountsPlanillaEveryYearAndHoldersOnTheCutDayOfASignedContract) {
    office("rpt-h");
    office("rpt-h2");
    const std::string h = "rpt-h";
    person(h, 1, {"Ana", "Planilla", "Uno", d::Regime::planilla, d::Category::asistencial, "U1"});
    person(h, 2, {"Bea", "Inactiva", "Dos", d::Regime::planilla, d::Category::asistencial, "U1", false});  // never
    const auto carla = person(h, 3, {"Carla", "Honorarios", "Tres", d::Regime::honorarios, d::Category::administrativo, "U2"});
    contract(h, carla, {"2023-03-01", "2024-12-31", C::firmado, 100'000, 1});  // 31 Dec 2023 and 2024
    const auto dora = person(h, 4, {"Dora", "Cas", "Cuatro", d::Regime::cas, d::Category::administrativo, "U1"});
    contract(h, dora, {"2024-01-01", "2024-12-30", C::vigente, 100'000, 1});   // ends a day short of 2024's cut
    contract(h, dora, {"2025-12-31", "2026-06-30", C::firmado, 100'000, 1});   // starts on 2025's
    const auto eva = person(h, 5, {"Eva", "Borrador", "Cinco"});
    contract(h, eva, {"2022-01-01", "2025-12-31", C::borrador, 100'000, 1});  // a draft counts no one
    const auto fany = person(h, 6, {"Fany", "Inactiva", "Seis", d::Regime::honorarios, d::Category::administrativo, "U2", false});
    contract(h, fany, {"2024-01-01", "2024-12-31", C::vigente, 100'000, 1});  // inactive: never
    const auto gina = person(h, 7, {"Gina", "Dos", "Contratos", d::Regime::honorarios, d::Category::administrativo, "U2"});
    contract(h, gina, {"2024-01-01", "2024-12-31", C::vigente, 100'000, 1});  // counted once
    contract(h, gina, {"2024-07-01", "2025-01-31", C::firmado, 100'000, 1});
    const auto hilda = person(h, 8, {"Hilda", "Planilla", "Contrato", d::Regime::planilla, d::Category::administrativo, "U2"});
    contract(h, hilda, {"2024-01-01", "2024-12-31", C::vigente, 100'000, 1});  // counted once
    const auto ines = person(h, 9, {"Inés", "Sin", "Unidad", d::Regime::honorarios, d::Category::asistencial, ""});
    contract(h, ines, {"2022-06-01", "2022-12-31", C::concluido, 100'000, 1});
    const auto otra = person("rpt-h2", 1, {"Julia", "Otra", "Institución"});
    contract("rpt-h2", otra, {"2024-01-01", "2024-12-31", C::vigente, 100'000, 1});

    auto& reports = engine.reports();
    d::HeadcountQuery q;
    q.institutions = {h};
    q.from_year = 2021;
    q.to_year = 2026;
    const auto cells = reports.headcount(q);
    EXPECT_EQ(cells_of(cells),
              (std::vector<std::string>{
                  "2021 planilla administrativo U2 1", "2021 planilla asistencial U1 1", "2022 honorarios asistencial - 1",
                  "2022 planilla administrativo U2 1", "2022 planilla asistencial U1 1", "2023 honorarios administrativo U2 1",
                  "2023 planilla administrativo U2 1", "2023 planilla asistencial U1 1", "2024 honorarios administrativo U2 2",
                  "2024 planilla administrativo U2 1", "2024 planilla asistencial U1 1", "2025 cas administrativo U1 1",
                  "2025 planilla administrativo U2 1", "2025 planilla asistencial U1 1", "2026 planilla administrativo U2 1",
                  "2026 planilla asistencial U1 1"}));
    // The reconciling count, person by person, agrees with the cells of each year.
    for (int year = 2021; year <= 2026; ++year) EXPECT_EQ(reports.headcount_total(q, year), persons_in(cells, year));

    // One unit.
    q.unit = "U1";
    const auto u1 = reports.headcount(q);
    EXPECT_EQ(cells_of(u1), (std::vector<std::string>{"2021 planilla asistencial U1 1", "2022 planilla asistencial U1 1",
                                                      "2023 planilla asistencial U1 1", "2024 planilla asistencial U1 1",
                                                      "2025 cas administrativo U1 1", "2025 planilla asistencial U1 1",
                                                      "2026 planilla asistencial U1 1"}));
    for (int year = 2021; year <= 2026; ++year) EXPECT_EQ(reports.headcount_total(q, year), persons_in(u1, year));

    // Another cut day: 30 June falls within Dora's first contract.
    q.unit.clear();
    q.from_year = q.to_year = 2024;
    q.cut_month = 6;
    q.cut_day = 30;
    EXPECT_EQ(cells_of(reports.headcount(q)),
              (std::vector<std::string>{"2024 cas administrativo U1 1", "2024 honorarios administrativo U2 2",
                                        "2024 planilla administrativo U2 1", "2024 planilla asistencial U1 1"}));
    EXPECT_EQ(reports.headcount_total(q, 2024), 5);
    // 29 February falls back to the 28th in a common year: Carla starts in March 2023.
    q.from_year = 2023;
    q.cut_month = 2;
    q.cut_day = 29;
    EXPECT_EQ(persons_in(reports.headcount(q), 2023), 2);
    EXPECT_EQ(reports.headcount_total(q, 2023), 2);
    EXPECT_EQ(reports.headcount_total(q, 2024), 5);

    // Institutions: a holder counts in the contract's; no one in an institution without staff.
    d::HeadcountQuery other;
    other.institutions = {"rpt-h2"};
    other.from_year = 2023;
    other.to_year = 2025;
    EXPECT_EQ(cells_of(reports.headcount(other)), (std::vector<std::string>{"2024 honorarios administrativo - 1"}));
    EXPECT_EQ(reports.headcount_total(other, 2024), 1);
    other.institutions = {"rpt-h", "rpt-h2"};
    EXPECT_EQ(reports.headcount_total(other, 2024), 5);
    EXPECT_EQ(persons_in(reports.headcount(other), 2024), 5);
    other.institutions = {"rpt-h-ninguna"};
    EXPECT_TRUE(reports.headcount(other).empty());
    EXPECT_EQ(reports.headcount_total(other, 2024), 0);
    other.institutions.clear();  // every institution's: at least ours
    EXPECT_GE(reports.headcount_total(other, 2024), 5);
}

TEST_P(ReportPort, PaymentsSumSignedContractsInstalmentsByMonthAccountUnitRegimeAndCurrency) {
    const std::string p = "rpt-p";
    office(p);
    const auto rosa = person(p, 1, {});
    const auto jose = person(p, 2, {"José", "Muñoz", "Pérez", d::Regime::cas});
    // Rosa's R and L in U1 / 12101, José's J in none, his K in dollars; each month's due at its end.
    const auto r = contract(p, rosa, {"2024-01-01", "2024-03-31", C::vigente, 300'000, 3, d::Currency::MXN,
                                      d::Regime::honorarios, "U1", "12101"});
    contract(p, rosa, {"2024-01-01", "2024-01-31", C::firmado, 20'000, 1, d::Currency::MXN, d::Regime::honorarios, "U1",
                       "12101"});
    const auto j = contract(p, jose, {"2024-01-01", "2024-03-31", C::firmado, 300'000, 3, d::Currency::MXN, d::Regime::cas});
    contract(p, jose, {"2024-01-01", "2024-01-31", C::firmado, 50'000, 1, d::Currency::USD, d::Regime::honorarios, "U1",
                       "12101"});
    contract(p, rosa, {"2024-01-01", "2024-03-31", C::borrador, 900'000, 3, d::Currency::MXN, d::Regime::honorarios,
                       "U1", "12101"});  // a draft commits nothing
    walk(r, 1, {S::report_delivered, S::approved, S::paid}, day(2024, 2, 1));
    walk(r, 2, {S::report_delivered, S::approved}, day(2024, 3, 1));
    walk(r, 3, {S::cancelled}, day(2024, 3, 1));
    walk(j, 1, {S::report_delivered}, day(2024, 2, 1));

    auto& reports = engine.reports();
    d::PaymentsQuery q;
    q.institutions = {p};
    q.from_month = "2024-01";
    q.to_month = "2024-02";  // to 29 February
    const auto cells = reports.payments(q);
    EXPECT_EQ(texts(cells, payment_text), (std::vector<std::string>{
                                      "2024-01 - - cas MXN 1/100000/0/0/0/0/100000",
                                      "2024-01 12101 U1 honorarios MXN 2/120000/100000/100000/10000/90000/20000",
                                      "2024-01 12101 U1 honorarios USD 1/50000/0/0/0/0/50000",
                                      "2024-02 - - cas MXN 1/100000/0/0/0/0/100000",
                                      "2024-02 12101 U1 honorarios MXN 1/100000/100000/0/0/0/100000"}));
    const auto mxn = reports.payment_totals(q, d::Currency::MXN);
    EXPECT_EQ(payment_text(mxn), payment_text(sum_of(cells, d::Currency::MXN)));
    EXPECT_EQ(payment_text(mxn), " - - honorarios MXN 5/420000/200000/100000/10000/90000/320000");
    EXPECT_EQ(payment_text(reports.payment_totals(q, d::Currency::USD)), payment_text(sum_of(cells, d::Currency::USD)));
    EXPECT_EQ(payment_text(reports.payment_totals(q, d::Currency::PEN)), " - - honorarios PEN 0/0/0/0/0/0/0");

    // From the first day of February: March's cancelled instalment leaves only José's.
    q.from_month = "2024-02";
    q.to_month = "2024-03";
    const auto later = reports.payments(q);
    EXPECT_EQ(texts(later, payment_text), (std::vector<std::string>{
                                      "2024-02 - - cas MXN 1/100000/0/0/0/0/100000",
                                      "2024-02 12101 U1 honorarios MXN 1/100000/100000/0/0/0/100000",
                                      "2024-03 - - cas MXN 1/100000/0/0/0/0/100000"}));
    EXPECT_EQ(payment_text(reports.payment_totals(q, d::Currency::MXN)), payment_text(sum_of(later, d::Currency::MXN)));

    // Each filter, on the cells and on the totals alike.
    const auto check = [&](const d::PaymentsQuery& filtered, std::size_t count) {
        const auto some = reports.payments(filtered);
        EXPECT_EQ(some.size(), count);
        for (const auto currency : {d::Currency::MXN, d::Currency::USD}) {
            EXPECT_EQ(payment_text(reports.payment_totals(filtered, currency)), payment_text(sum_of(some, currency)));
        }
        return some;
    };
    q.from_month = "2024-01";
    q.to_month = "2024-12";
    auto f = q;
    f.unit = "U1";
    for (const auto& c : check(f, 3)) EXPECT_EQ(c.unit, "U1");
    f = q;
    f.account = "12101";
    check(f, 3);
    f = q;
    f.regime = d::Regime::cas;
    for (const auto& c : check(f, 3)) EXPECT_EQ(c.regime, d::Regime::cas);
    f.unit = "U1";
    check(f, 0);
    f = q;
    f.institutions = {"rpt-p-otra"};
    check(f, 0);
    EXPECT_EQ(reports.payment_totals(f, d::Currency::MXN).planned, 0);
}

TEST_P(ReportPort, ContractsAreCountedByStateTemplateAndUnit) {
    const std::string c = "rpt-c";
    const auto before = utc_today();
    office(c);
    const auto rosa = person(c, 1, {});
    Terms a{"2024-01-01", "2024-03-31", C::firmado, 300'000, 3, d::Currency::MXN, d::Regime::honorarios, "U1"};
    contract(c, rosa, a);
    a.total = 150'000;
    for (const auto state : {C::firmado, C::borrador, C::cancelado}) {
        a.state = state;
        contract(c, rosa, a);
    }
    Terms b{"2024-01-01", "2024-03-31", C::vigente, 300'000, 3, d::Currency::MXN, d::Regime::honorarios, "U2"};
    b.template_code = "b";
    contract(c, rosa, b);
    b.currency = d::Currency::USD;
    b.total = 10'000;
    contract(c, rosa, b);

    auto& reports = engine.reports();
    d::ContractsQuery q;
    q.institutions = {c};
    const auto cells = reports.contracts(q);
    EXPECT_EQ(contract_cells(cells),
              (std::vector<std::string>{"borrador rpt-c-a U1 MXN 1 150000", "cancelado rpt-c-a U1 MXN 1 150000",
                                        "firmado rpt-c-a U1 MXN 2 450000", "vigente rpt-c-b U2 MXN 1 300000",
                                        "vigente rpt-c-b U2 USD 1 10000"}));
    EXPECT_EQ(reports.contract_total(q), contracts_in(cells));
    EXPECT_EQ(reports.contract_total(q), 6);

    q.unit = "U2";
    EXPECT_EQ(contracts_in(reports.contracts(q)), 2);
    EXPECT_EQ(reports.contract_total(q), 2);
    q.unit.clear();

    // By the day they were drafted (both bounds inclusive, whatever the time of day).
    const auto after = utc_today();
    q.created_from = before;
    q.created_to = after;
    EXPECT_EQ(contracts_in(reports.contracts(q)), 6);
    EXPECT_EQ(reports.contract_total(q), 6);
    if (before == after) {  // not across midnight
        q.created_from = std::nullopt;
        EXPECT_EQ(reports.contract_total(q), 6);
        q.created_from = after;
        q.created_to = std::nullopt;
        EXPECT_EQ(reports.contract_total(q), 6);
    }
    for (const auto& [from, to] : {std::pair<std::optional<d::Date>, std::optional<d::Date>>{after.add_days(1), {}},
                                   {{}, before.add_days(-1)}}) {
        q.created_from = from;
        q.created_to = to;
        EXPECT_TRUE(reports.contracts(q).empty());
        EXPECT_EQ(reports.contract_total(q), 0);
    }

    q = {};
    q.institutions = {"rpt-c-otra"};
    EXPECT_TRUE(reports.contracts(q).empty());
    EXPECT_EQ(reports.contract_total(q), 0);
}

TEST_P(ReportPort, EndingListsContractsInForceEndingWithinTheWindowBothDaysIncluded) {
    const std::string e = "rpt-e";
    office(e);
    const auto rosa = person(e, 1, {});
    const auto jose = person(e, 2, {"José", "Muñoz", ""});
    Terms t{"2024-01-01", "2024-06-01", C::firmado, 300'000, 3, d::Currency::MXN, d::Regime::honorarios, "U1"};
    const auto on_today = contract(e, rosa, t);
    t.end = "2024-07-01";
    t.state = C::vigente;
    t.supervisor = false;
    const auto last_day = contract(e, jose, t);
    t.end = "2024-07-02";  // a day too late
    contract(e, rosa, t);
    t.end = "2024-05-31";  // already ended
    contract(e, rosa, t);
    t.end = "2024-06-15";
    for (const auto state : {C::borrador, C::concluido}) {  // not in force
        t.state = state;
        contract(e, rosa, t);
    }
    t.state = C::firmado;
    t.end = "2024-06-01";
    t.total = 100'001;
    const auto same_day = contract(e, rosa, t);

    auto& reports = engine.reports();
    const auto list = reports.ending({e}, day(2024, 6, 1), 30);
    EXPECT_EQ(texts(list, folio_of<d::EndingContract>), (std::vector<std::string>{on_today, same_day, last_day}));
    ASSERT_EQ(list.size(), 3U);
    EXPECT_EQ(list[0].institution_code, e);
    EXPECT_EQ(list[0].person, "Rosa Ramírez Núñez");
    EXPECT_EQ(list[0].unit, "U1");
    EXPECT_EQ(list[0].supervisor, "María Teresa Díaz Martínez");
    EXPECT_EQ(list[0].monthly, d::Money(100'000, d::Currency::MXN));
    EXPECT_EQ(list[0].total, d::Money(300'000, d::Currency::MXN));
    EXPECT_EQ(list[0].end, day(2024, 6, 1));
    std::int64_t largest = 0;  // the contract's largest instalment
    for (const auto& i : engine.instalments().for_contract(same_day)) largest = std::max(largest, i.record.plan.amount.minor_units());
    EXPECT_EQ(list[1].monthly.minor_units(), largest);
    EXPECT_EQ(list[2].person, "José Muñoz");  // no second surname, no trailing space
    EXPECT_EQ(list[2].supervisor, "");
    EXPECT_EQ(list[2].end, day(2024, 7, 1));

    EXPECT_EQ(reports.ending({e}, day(2024, 6, 2), 29).size(), 1U);
    EXPECT_EQ(reports.ending({e}, day(2024, 6, 1), 0).size(), 2U);
    EXPECT_TRUE(reports.ending({"rpt-e-otra"}, day(2024, 6, 1), 30).empty());
}

TEST_P(ReportPort, OverdueNamesEachLateStepItsDeadlineAndWhoMustAct) {
    const std::string o = "rpt-o";
    office(o);
    const auto rosa = person(o, 1, {});
    const auto jose = person(o, 2, {"José", "Muñoz", "Pérez"});
    Terms t{"2024-01-01", "2024-03-31", C::vigente, 300'000, 3, d::Currency::MXN, d::Regime::honorarios, "U2"};
    const auto r = contract(o, rosa, t);
    t.state = C::firmado;
    const auto j = contract(o, jose, t);
    t.state = C::borrador;  // late on paper, but not signed
    contract(o, rosa, t);
    t.state = C::firmado;
    t.end = "2024-01-31";
    t.instalments = 1;
    const auto paid = contract(o, jose, t);
    walk(r, 1, {S::report_delivered}, day(2024, 3, 5));         // approval due 10 March
    walk(j, 1, {S::report_delivered, S::approved}, day(2024, 1, 31));  // payment due 31 January
    walk(j, 2, {S::report_delivered}, day(2024, 3, 10));        // approval due today: not late yet
    walk(j, 3, {S::cancelled}, day(2024, 3, 1));
    walk(paid, 1, {S::report_delivered, S::approved, S::paid}, day(2024, 2, 1));

    auto& reports = engine.reports();
    const auto late = reports.overdue({o}, day(2024, 3, 15), 5);
    // "J/1 payment 2024-01-31 [responsible]": whose contract, which instalment, the step, its deadline.
    const auto steps = texts(late, [&](const d::OverdueStep& x) {
        static const char* const kinds[] = {"report", "approval", "payment"};
        return (x.folio == r ? "R/" : x.folio == j ? "J/" : "?/") + std::to_string(x.instalment) + " " +
               kinds[static_cast<int>(x.step)] + " " + x.deadline.iso() + " [" + x.responsible + "]";
    });
    // By deadline, then folio: the provider's report, the supervisor's approval; finance is no one person.
    EXPECT_EQ(steps, (std::vector<std::string>{"J/1 payment 2024-01-31 []", "R/2 report 2024-02-29 [Rosa Ramírez Núñez]",
                                               "R/1 approval 2024-03-10 [María Teresa Díaz Martínez]"}));
    ASSERT_EQ(late.size(), 3U);
    EXPECT_EQ(late[0].person, "José Muñoz Pérez");
    for (const auto& x : late) {
        EXPECT_EQ(x.institution_code, o);
        EXPECT_EQ(x.unit, "U2");
        EXPECT_EQ(x.amount, d::Money(100'000, d::Currency::MXN));
    }
    // A day later José's second approval is late too; fewer days allowed make it late sooner.
    EXPECT_EQ(reports.overdue({o}, day(2024, 3, 16), 5).size(), 4U);
    EXPECT_EQ(reports.overdue({o}, day(2024, 3, 15), 4).size(), 4U);
    EXPECT_TRUE(reports.overdue({"rpt-o-otra"}, day(2024, 3, 15), 5).empty());
}

TEST_P(ReportPort, PublishedHoldsSignedContractsOverlappingThePeriodWithNamesAndSexOnly) {
    const std::string t = "rpt-t";
    office(t);
    office("rpt-t2");
    const auto rosa = person(t, 1, {});
    Terms terms{"2024-01-01", "2024-03-31", C::vigente, 300'000, 3, d::Currency::MXN, d::Regime::honorarios, "U1", "12101"};
    contract(t, rosa, terms);  // ends before the period
    terms.end = "2024-04-01";
    terms.state = C::firmado;
    const auto ends_on_first = contract(t, rosa, terms);
    terms.start = "2024-06-30";
    terms.end = "2024-09-30";
    terms.state = C::concluido;
    const auto starts_on_last = contract(t, rosa, terms);
    terms.start = "2024-07-01";
    terms.end = "2024-12-31";
    terms.state = C::firmado;
    contract(t, rosa, terms);  // starts after it
    terms.start = "2024-05-01";
    terms.end = "2024-08-31";
    terms.state = C::borrador;
    contract(t, rosa, terms);
    terms.state = C::cancelado;
    contract(t, rosa, terms);
    terms.state = C::terminado_anticipadamente;
    const auto ended_early = contract(t, rosa, terms);
    const auto other = person("rpt-t2", 1, {});
    contract("rpt-t2", other, terms);

    const auto list = engine.reports().published(t, day(2024, 4, 1), day(2024, 6, 30));
    EXPECT_EQ(texts(list, folio_of<d::PublishedContract>),
              (std::vector<std::string>{ends_on_first, starts_on_last, ended_early}));  // by folio
    ASSERT_EQ(list.size(), 3U);
    const auto& p = list[0];
    EXPECT_EQ(p.institution_code, t);
    EXPECT_EQ(p.template_code, "rpt-t-a");
    EXPECT_EQ(p.template_title, "Plantilla a");
    EXPECT_EQ(p.given_names, "Rosa");
    EXPECT_EQ(p.first_surname, "Ramírez");
    EXPECT_EQ(p.second_surname, "Núñez");
    EXPECT_EQ(p.sex, d::Sex::woman);
    EXPECT_EQ(p.regime, d::Regime::honorarios);
    EXPECT_EQ(p.budget_account, "12101");
    EXPECT_EQ(p.unit, "U1");
    EXPECT_EQ(p.unit_name, "Unidad Uno");
    EXPECT_EQ(p.start, day(2024, 1, 1));
    EXPECT_EQ(p.end, day(2024, 4, 1));
    EXPECT_EQ(p.total, d::Money(300'000, d::Currency::MXN));
    EXPECT_EQ(p.monthly, d::Money(100'000, d::Currency::MXN));  // one of three equal instalments
    EXPECT_EQ(p.service_description, "Consulta médica");  // and nothing else of the data
    EXPECT_EQ(p.activities_json, "");
    EXPECT_EQ(p.state, C::firmado);
    EXPECT_EQ(list[1].state, C::concluido);
    EXPECT_EQ(list[2].state, C::terminado_anticipadamente);
    // Nothing else of the person's record reaches a row.
    for (const auto& x : list) {
        const std::string all = x.folio + x.institution_code + x.template_code + x.template_title + x.given_names +
                                x.first_surname + x.second_surname + x.budget_account + x.unit + x.unit_name +
                                x.service_description + x.activities_json;
        for (const auto& secret : std::vector<std::string>{curp(t, 1), "SECRETO", "RAXN900101AB1", "Calle Secreta", "7470000000",
                                                            "rosa@example.org", "012180001234567891"}) {
            EXPECT_EQ(all.find(secret), std::string::npos) << secret;
        }
    }
    EXPECT_TRUE(engine.reports().published("rpt-t-ninguna", day(2024, 1, 1), day(2024, 12, 31)).empty());
}

// An amendment is stored as a contract of its own, but it changes the contract it amends:
// neither the transparency formats nor the contracts ending soon list it apart.
TEST_P(ReportPort, AnAmendmentIsNeitherPublishedNorListedAsAContractOfItsOwn) {
    office("rpt-a");
    const auto key = person("rpt-a", 1, {"Alma", "Adenda", "Uno"});
    const auto today = utc_today();
    const auto original = contract("rpt-a", key, {today.add_days(-30).iso(), today.add_days(20).iso(), C::vigente});
    auto amendment = draft("rpt-a", key, {today.add_days(-30).iso(), today.add_days(20).iso(), C::firmado, 0, 1});
    amendment.amends = original;
    amendment.template_code = "rpt-a-convenio";
    amendment.template_source = "@plantilla rpt-a-convenio";
    amendment.schedule.clear();
    (void)engine.setup_contract(amendment, C::firmado);
    const auto published = engine.reports().published("rpt-a", today.add_days(-40), today);
    ASSERT_EQ(published.size(), 1U);
    EXPECT_EQ(published[0].folio, original);
    const auto ending = engine.reports().ending({"rpt-a"}, today, 30);
    ASSERT_EQ(ending.size(), 1U);
    EXPECT_EQ(ending[0].folio, original);
}

INSTANTIATE_TEST_SUITE_P(Engines, ReportPort, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::testing_ports
