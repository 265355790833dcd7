// Inicio as a view-model: each role sees what needs it (legal review, returned drafts,
// instalments due or overdue of contracts in force, contracts ending soon), and the two
// charts: planned against paid per month over twelve months, active staff by regime.
#include <gtest/gtest.h>

#include "pacta/locale/labels.h"

#include "pacta/domain/schedule.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/home/home_screen.h"
#include "support/memory_repositories.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

d::ContractSummary contract(std::string folio, d::ContractState state, std::string end = "") {
    d::ContractSummary c;
    c.folio = std::move(folio);
    c.institution_code = "imss-gro";
    c.person = "Rosa Ramírez Cruz";
    c.state = state;
    c.end = d::parse_iso_date(end).value;
    return c;
}

class Home : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        catalog.contracts = {contract("GRO-1", d::ContractState::en_revision),
                             contract("GRO-2", d::ContractState::observado),
                             contract("GRO-3", d::ContractState::vigente, "2024-04-10"),
                             contract("GRO-4", d::ContractState::vigente, "2024-12-31"),
                             contract("GRO-5", d::ContractState::borrador, "2024-04-01")};
        const auto schedule = d::build_schedule(d::Money(300'000'00, d::Currency::MXN), 3, *d::Date::from_ymd(2024, 1, 1),
                                                *d::Date::from_ymd(2024, 3, 31), d::ScheduleRule::equal, {}, {});
        for (const auto& [folio, state] : {std::pair{"GRO-3", d::ContractState::vigente},
                                           std::pair{"GRO-5", d::ContractState::borrador}}) {
            for (const auto& plan : schedule) {
                d::ContractInstalment i;
                i.folio = folio;
                i.institution_code = "imss-gro";
                i.person = "Rosa Ramírez Cruz";
                i.contract_state = state;
                i.record.plan = plan;
                instalments.rows.push_back(i);
            }
        }
        instalments.rows[0].record.state = d::InstalmentState::paid;  // January, paid
        instalments.rows[0].record.paid = d::Withholding{plan_amount(), d::Money(0, d::Currency::MXN), plan_amount()};
        auto nurse = rosa_ramirez();
        nurse.category = d::Category::asistencial;
        auto clerk = rosa_ramirez();
        clerk.category = d::Category::administrativo;
        clerk.regime = d::Regime::cas;
        auto gone = clerk;
        gone.active = false;
        staff.people = {nurse, nurse, clerk, gone};
    }
    d::Money plan_amount() const { return instalments.rows[0].record.plan.amount; }
    HomeViewModel open(const Session& session) {
        return HomeViewModel(session, catalog, instalments, staff, *d::Date::from_ymd(2024, 3, 25));
    }
    MemoryAudit audit;
    MemoryCatalog catalog;
    MemoryInstalments instalments;
    MemoryStaff staff;
};

std::vector<std::string> titles(const HomeViewModel& model) {
    std::vector<std::string> out;
    for (const auto& g : model.attention()) out.push_back(g.title);
    return out;
}

TEST_F(Home, EachRoleSeesWhatNeedsIt) {
    const Session reviewer(account_with("rita", {d::Role::revisor_juridico}), audit);
    auto rita = open(reviewer);
    rita.reload();
    EXPECT_EQ(titles(rita), (std::vector<std::string>{"En espera de revisión jurídica (1)",
                                                       "Contratos que terminan en los próximos 30 días (1)"}));
    EXPECT_EQ(rita.attention()[0].items[0].folio, "GRO-1");
    EXPECT_EQ(rita.attention()[1].items[0].folio, "GRO-3");  // ends 2024-04-10; GRO-4 later, GRO-5 a draft

    const Session clerk(account_with("carlos", {d::Role::capturista}), audit);
    auto carlos = open(clerk);
    carlos.reload();
    EXPECT_EQ(titles(carlos).front(), "Devueltos con observaciones (1)");

    const Session finance(account_with("fer", {d::Role::finanzas}), audit);
    auto fer = open(finance);
    fer.reload();
    ASSERT_EQ(titles(fer).front(), "Exhibiciones por vencer o vencidas (2)");  // GRO-3's Feb and Mar, not the draft's
    const auto& due = fer.attention().front().items;
    EXPECT_NE(due[0].text.find("vencida desde 29/02/2024"), std::string::npos) << due[0].text;
    EXPECT_NE(due[1].text.find("vence 31/03/2024"), std::string::npos) << due[1].text;
}

TEST_F(Home, TheChartsCoverTwelveMonthsAndTheActiveStaff) {
    const Session finance(account_with("fer", {d::Role::finanzas}), audit);
    auto model = open(finance);
    model.reload();
    ASSERT_EQ(model.months().size(), 12U);
    EXPECT_EQ(model.months().front().month, "2023-04");
    EXPECT_EQ(model.months().back().month, "2024-03");
    EXPECT_EQ(model.months().back().caption, "03/24");  // short enough for twelve groups
    EXPECT_EQ(model.amount_text(1'234'50), "$1,234.50");
    EXPECT_EQ(HomeViewModel::staff_series(), (std::vector<std::string>{"Asistencial", "Administrativo"}));
    const auto& january = model.months()[9];
    EXPECT_EQ(january.month, "2024-01");
    EXPECT_EQ(january.planned, 2 * plan_amount().minor_units());  // both contracts plan it
    EXPECT_EQ(january.paid, plan_amount().minor_units());
    ASSERT_EQ(model.staff().size(), 4U);
    EXPECT_EQ(model.staff()[0].regime, pacta::locale::regime_label(d::Regime::honorarios));
    EXPECT_EQ(model.staff()[0].asistencial, 2U);
    EXPECT_EQ(model.staff()[1].regime, pacta::locale::regime_label(d::Regime::cas));
    EXPECT_EQ(model.staff()[1].administrativo, 1U);  // the inactive one is not counted
}

TEST_F(Home, EachGroupShowsItsCountAndItsFirstItemsAndTheRestAPageAtATime) {
    for (int k = 0; k < 45; ++k) catalog.contracts.push_back(contract("GRO-R" + std::to_string(k), d::ContractState::en_revision));
    auto other = contract("OAX-1", d::ContractState::en_revision);
    other.institution_code = "imss-oax";
    catalog.contracts.push_back(other);
    auto account = account_with("rita", {d::Role::revisor_juridico});
    account.institutions = {"imss-gro"};
    const Session reviewer(account, audit);
    auto model = open(reviewer);
    model.reload();
    const auto& review = model.attention().front();
    EXPECT_EQ(review.kind, AttentionKind::legal_review);
    EXPECT_EQ(review.count, 46U);  // GRO-1 and 45 more, not Oaxaca's
    EXPECT_EQ(review.title, "En espera de revisión jurídica (46)");
    EXPECT_EQ(review.items.size(), HomeViewModel::first_items);
    EXPECT_EQ(review.more, "Ver todos (46)");
    EXPECT_EQ(model.group_count(AttentionKind::legal_review), 46U);
    const auto rest = model.group_page(AttentionKind::legal_review, 20, 100);
    ASSERT_EQ(rest.size(), 26U);
    EXPECT_NE(rest.back().text.find("enviado a revisión jurídica"), std::string::npos) << rest.back().text;
    // A group that fits shows no «Ver todos».
    EXPECT_TRUE(model.attention().back().more.empty());
}

TEST_F(Home, InstalmentsDueAreOnlyOpenOnesOfContractsInForceInTheUsersInstitutions) {
    auto oaxaca = instalments.rows[1];  // GRO-3's February, overdue
    oaxaca.folio = "OAX-9";
    oaxaca.institution_code = "imss-oax";
    instalments.rows.push_back(oaxaca);
    auto account = account_with("fer", {d::Role::finanzas});
    account.institutions = {"imss-gro"};
    const Session finance(account, audit);
    auto model = open(finance);
    model.reload();
    const auto& due = model.attention().front();
    EXPECT_EQ(due.kind, AttentionKind::instalments_due);
    EXPECT_EQ(due.count, 2U);  // not January (paid), not the draft's, not Oaxaca's
    EXPECT_EQ(model.due_by(), *d::Date::from_ymd(2024, 4, 1));
    // The charts leave Oaxaca out too.
    EXPECT_EQ(model.months()[10].planned, 2 * plan_amount().minor_units());
    // Whoever covers Oaxaca sees it.
    const Session everywhere(account_with("olga", {d::Role::finanzas}), audit);
    auto all = open(everywhere);
    all.reload();
    EXPECT_EQ(all.attention().front().count, 3U);
    EXPECT_EQ(all.months()[10].planned, 3 * plan_amount().minor_units());
}

TEST_F(Home, ContractsEndingSoonAreSignedOrInForceAndEndWithinThirtyDays) {
    catalog.contracts.push_back(contract("GRO-6", d::ContractState::firmado, "2024-04-24"));
    catalog.contracts.push_back(contract("GRO-7", d::ContractState::vigente, "2024-03-24"));  // ended yesterday
    catalog.contracts.push_back(contract("GRO-8", d::ContractState::concluido, "2024-04-01"));
    const Session clerk(account_with("carlos", {d::Role::capturista}), audit);
    auto model = open(clerk);
    model.reload();
    const auto& ending = model.attention().back();
    EXPECT_EQ(ending.kind, AttentionKind::ending_soon);
    ASSERT_EQ(ending.items.size(), 2U);  // GRO-3 (2024-04-10) and GRO-6 (2024-04-24)
    EXPECT_NE(ending.items[0].text.find("termina el 2024-04-10"), std::string::npos) << ending.items[0].text;
}

TEST(CountText, SpanishGroupsThousandsFromFiveDigits) {
    EXPECT_EQ(count_text(7), "7");
    EXPECT_EQ(count_text(1516), "1516");
    EXPECT_EQ(count_text(20516), "20\u00A0516");
    EXPECT_EQ(count_text(1234567), "1\u00A0234\u00A0567");
}

}  // namespace
}  // namespace pacta::presentation
