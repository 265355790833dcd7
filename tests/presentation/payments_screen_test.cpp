// Pagos as a view-model: only the institutions the user works for, the moves the state and
// the roles allow, each move checked and stored, totals that cross-foot, the list as shown.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "pacta/domain/schedule.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/contracts/early_termination.h"
#include "pacta/presentation/payments/payments_screen.h"
#include "memory_repositories.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;
using State = d::InstalmentState;

class Payments : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        d::ContractStatus signed_contract;
        signed_contract.folio = "GRO-2024-0001";
        signed_contract.institution_code = "imss-gro";
        signed_contract.state = d::ContractState::vigente;
        contracts.contracts[signed_contract.folio] = signed_contract;
        const auto schedule = d::build_schedule(d::Money(300'000'00, d::Currency::MXN), 3, *d::Date::from_ymd(2024, 2, 1),
                                                *d::Date::from_ymd(2024, 4, 30), d::ScheduleRule::equal, {}, {});
        for (const auto& plan : schedule) {
            d::ContractInstalment i;
            i.folio = "GRO-2024-0001";
            i.institution_code = "imss-gro";
            i.person = "Rosa Ramírez Cruz";
            i.unit_code = "UMM-GRO";
            i.budget_account = "12101";
            i.supervisor = "supervisor-2024";
            i.record.plan = plan;
            instalments.rows.push_back(i);
        }
        // Another institution's instalment, which nobody here may see.
        auto other = instalments.rows.front();
        other.folio = "OAX-2024-0001";
        other.institution_code = "imss-oax";
        instalments.rows.push_back(other);
    }
    d::UserAccount limited(std::string name, std::set<d::Role> roles) {
        auto account = account_with(std::move(name), std::move(roles));
        account.institutions = {"imss-gro"};
        return account;
    }
    MemoryAudit audit;
    MemoryContracts contracts;
    MemoryInstalments instalments;
    MemoryCatalog catalog;
    MemoryInstitutions institutions;
};

TEST_F(Payments, TheMovesFollowTheStateAndTheRolesAndOnlyFinanceRecordsThePayment) {
    // A clerk sees the instalments but moves none of them.
    const Session clerk(limited("carlos", {d::Role::capturista}), audit);
    PaymentsViewModel clerk_view(clerk, contracts, instalments);
    clerk_view.reload();
    ASSERT_EQ(clerk_view.count(), 3U);  // not Oaxaca's
    EXPECT_TRUE(clerk_view.moves(0).empty());

    const Session admin(limited("ana", {d::Role::administrador}), audit);
    PaymentsViewModel model(admin, contracts, instalments);
    model.reload();
    model.sort_by(PaymentsViewModel::due, true);
    EXPECT_EQ(model.cell(0, PaymentsViewModel::state), "pendiente");
    EXPECT_EQ(model.cell(0, PaymentsViewModel::amount), "$100,000.00");
    auto moves = model.moves(0);
    ASSERT_EQ(moves.size(), 3U);
    EXPECT_EQ(moves[0].first, State::report_delivered);
    EXPECT_EQ(moves[0].second, "Registrar el informe");

    d::InstalmentMove report;
    report.to = State::report_delivered;
    report.on = *d::Date::from_ymd(2024, 2, 29);
    EXPECT_FALSE(model.move(0, report));  // no report reference
    EXPECT_FALSE(model.error().empty());
    report.reference = "INF-02/2024";
    ASSERT_TRUE(model.move(0, report)) << model.error();
    EXPECT_EQ(model.cell(0, PaymentsViewModel::state), "informe entregado");
    d::InstalmentMove approve;
    approve.to = State::approved;
    approve.on = *d::Date::from_ymd(2024, 3, 1);
    ASSERT_TRUE(model.move(0, approve)) << model.error();
    EXPECT_EQ(instalments.rows[0].record.approved_by, "supervisor-2024");  // the contract's supervisor
    // An administrator is not offered the payment, and asking anyway is refused and audited.
    moves = model.moves(0);
    EXPECT_TRUE(std::none_of(moves.begin(), moves.end(), [](const auto& m) { return m.first == State::paid; }));
    d::InstalmentMove pay;
    pay.to = State::paid;
    pay.on = *d::Date::from_ymd(2024, 3, 5);
    pay.reference = "SPEI 123";
    pay.cfdi_uuid = "6F9619FF-8B86-D011-B42D-00C04FC964FF";
    EXPECT_FALSE(model.move(0, pay));
    EXPECT_NE(model.error().find("finanzas"), std::string::npos) << model.error();
    EXPECT_EQ(audit.rows.back().action, "denegar");

    const Session finance(limited("fer", {d::Role::finanzas}), audit);
    PaymentsViewModel finance_view(finance, contracts, instalments);
    finance_view.reload();
    finance_view.sort_by(PaymentsViewModel::due, true);
    ASSERT_EQ(finance_view.moves(0).front().first, State::paid);
    ASSERT_TRUE(finance_view.move(0, pay)) << finance_view.error();
    EXPECT_EQ(finance_view.cell(0, PaymentsViewModel::state), "pagado");
    ASSERT_TRUE(instalments.rows[0].record.paid);
    EXPECT_TRUE(finance_view.moves(0).empty());
    EXPECT_EQ(instalments.actors, (std::vector<std::string>{"ana", "ana", "fer"}));
}

TEST_F(Payments, TotalsCrossFootAndTheListIsSavedAsShown) {
    const Session finance(limited("fer", {d::Role::finanzas}), audit);
    PaymentsViewModel model(finance, contracts, instalments);
    model.reload();
    const auto totals = model.summary(SummaryKey::month, "2024-01", "2024-12");
    ASSERT_EQ(totals.rows.size(), 4U);  // February, March, April, total
    EXPECT_EQ(totals.rows.back().front(), "TOTAL");
    EXPECT_NE(totals.rows.back()[1].find("300,000.00"), std::string::npos) << totals.rows.back()[1];
    model.set_search("2024-03");
    const auto shown = model.visible_table();
    ASSERT_EQ(shown.rows.size(), 1U);
    EXPECT_EQ(shown.columns.size(), shown.rows[0].size());
    EXPECT_EQ(shown.rows[0][PaymentsViewModel::folio], "GRO-2024-0001");
}

TEST_F(Payments, NobodyWithoutAccountsOfTheInstitutionSeesItsInstalments) {
    auto account = account_with("olga", {d::Role::finanzas});
    account.institutions = {"imss-oax"};
    const Session oaxaca(account, audit);
    PaymentsViewModel model(oaxaca, contracts, instalments);
    model.reload();
    ASSERT_EQ(model.count(), 1U);
    EXPECT_EQ(model.cell(0, PaymentsViewModel::folio), "OAX-2024-0001");
}

TEST_F(Payments, AnEarlyEndingIsShownBeforeItIsStoredAndItsStatementWrittenFirst) {
    d::StoredContract source;
    source.institution_code = "imss-gro";
    source.person = "Rosa Ramírez Cruz";
    source.total = d::Money(300'000'00, d::Currency::MXN);
    source.start = d::Date::from_ymd(2024, 2, 1);
    source.end = d::Date::from_ymd(2024, 4, 30);
    catalog.sources["GRO-2024-0001"] = source;
    institutions.institution = d::Institution{};
    institutions.institution->code = "imss-gro";
    institutions.institution->name = "IMSS-Bienestar Guerrero";
    institutions.institution->notice_days = 15;
    const Session finance(limited("fer", {d::Role::finanzas}), audit);
    EarlyTerminationService service(finance, catalog, contracts, institutions, instalments);
    EarlyEnding ending{"GRO-2024-0001", d::TerminationCause::notice, *d::Date::from_ymd(2024, 3, 15),
                       *d::Date::from_ymd(2024, 3, 10), "Cambio de adscripción"};
    // Five days of notice where the office asks for fifteen.
    EXPECT_THROW((void)service.preview(ending), d::RuleError);
    ending.notice_given = *d::Date::from_ymd(2024, 2, 20);
    const auto settlement = service.preview(ending);
    const auto lines = settlement_lines(settlement);
    ASSERT_EQ(lines.size(), 4U);
    EXPECT_NE(lines[1].find("prorrateada: 15 de 31 días"), std::string::npos) << lines[1];
    EXPECT_NE(lines[2].find("cancelada"), std::string::npos) << lines[2];
    EXPECT_TRUE(instalments.terminations.empty());  // a preview stores nothing

    const auto statement = std::filesystem::temp_directory_path() / ("pacta-finiquito-" + std::to_string(::getpid()) + ".pdf");
    (void)service.end(ending, statement);
    EXPECT_EQ(service.statement_bytes().rfind("%PDF-", 0), 0U);
    EXPECT_TRUE(std::filesystem::exists(statement));
    ASSERT_EQ(instalments.terminations.size(), 1U);
    EXPECT_EQ(instalments.terminations[0].second.earned, settlement.earned);
    std::filesystem::remove(statement);

    // Only finance or an administrator ends a contract.
    const Session clerk(limited("carlos", {d::Role::capturista}), audit);
    EXPECT_THROW((void)EarlyTerminationService(clerk, catalog, contracts, institutions, instalments).preview(ending),
                 AccessDenied);
}

}  // namespace
}  // namespace pacta::presentation
