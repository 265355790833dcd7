// Inicio as a view-model: each role sees what needs it (legal review, returned drafts,
// instalments due or overdue of contracts in force, contracts ending soon), and the two
// charts: planned against paid per month over twelve months, active staff by regime.
#include <gtest/gtest.h>

#include "pacta/domain/schedule.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/home_screen.h"
#include "memory_repositories.h"

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
    EXPECT_NE(due[0].text.find("vencida desde 2024-02-29"), std::string::npos) << due[0].text;
    EXPECT_NE(due[1].text.find("vence 2024-03-31"), std::string::npos) << due[1].text;
}

TEST_F(Home, TheChartsCoverTwelveMonthsAndTheActiveStaff) {
    const Session finance(account_with("fer", {d::Role::finanzas}), audit);
    auto model = open(finance);
    model.reload();
    ASSERT_EQ(model.months().size(), 12U);
    EXPECT_EQ(model.months().front().month, "2023-04");
    EXPECT_EQ(model.months().back().month, "2024-03");
    const auto& january = model.months()[9];
    EXPECT_EQ(january.month, "2024-01");
    EXPECT_EQ(january.planned, 2 * plan_amount().minor_units());  // both contracts plan it
    EXPECT_EQ(january.paid, plan_amount().minor_units());
    ASSERT_EQ(model.staff().size(), 4U);
    EXPECT_EQ(model.staff()[0].regime, "honorarios");
    EXPECT_EQ(model.staff()[0].asistencial, 2U);
    EXPECT_EQ(model.staff()[1].regime, "cas");
    EXPECT_EQ(model.staff()[1].administrativo, 1U);  // the inactive one is not counted
}

}  // namespace
}  // namespace pacta::presentation
