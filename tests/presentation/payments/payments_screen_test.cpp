// Pagos as a view-model: only the institutions the user works for, the moves the state and
// the roles allow, each move checked and stored, totals that cross-foot, the list as shown.
// Over a large office it reads windows of rows from the store, never the whole list; its
// filters and orders are the store's, Inicio's group of instalments due one of them.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <regex>

#include "../../../app/presentation/src/common/zip_xml.h"
#include "pacta/presentation/common/table_export.h"
#include "pacta/presentation/payments/payments_screen.h"
#include "support/payments_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;
using State = d::InstalmentState;

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
    // Before paying, what it gives: gross, the ISR withheld with 2024's table, and net; a year
    // without a table says so instead.
    const auto preview = finance_view.payment_preview(0, pay.on, false);
    EXPECT_NE(preview.find("Bruto $100,000.00 · retención $"), std::string::npos) << preview;
    EXPECT_NE(preview.find("neto $"), std::string::npos) << preview;
    const auto no_table = finance_view.payment_preview(0, *d::Date::from_ymd(2031, 3, 5), false);
    EXPECT_NE(no_table.find("2031"), std::string::npos) << no_table;
    EXPECT_EQ(finance_view.cell(0, PaymentsViewModel::withheld), "");  // not paid yet
    ASSERT_TRUE(finance_view.move(0, pay)) << finance_view.error();
    EXPECT_EQ(finance_view.cell(0, PaymentsViewModel::withheld), d::format_money(instalments.rows[0].record.paid->withheld));
    EXPECT_EQ(finance_view.cell(0, PaymentsViewModel::net), d::format_money(instalments.rows[0].record.paid->net));
    // Its detail: the report, the approval and the payment with its CFDI, when and by whom.
    std::string detail;
    for (const auto& line : finance_view.detail_lines(0)) detail += line + "\n";
    EXPECT_NE(detail.find("Informe: entregado el 29/02/2024, INF-02/2024"), std::string::npos) << detail;
    EXPECT_NE(detail.find("Aprobación: el 01/03/2024 por supervisor-2024"), std::string::npos) << detail;
    EXPECT_NE(detail.find("Pago: el 05/03/2024, transferencia SPEI 123"), std::string::npos) << detail;
    EXPECT_NE(detail.find("CFDI: 6F9619FF-8B86-D011-B42D-00C04FC964FF"), std::string::npos) << detail;
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
    EXPECT_EQ(totals.rows.front().front(), "febrero de 2024");  // a month by its name
    EXPECT_EQ(totals.rows.back().front(), "Total");
    EXPECT_NE(totals.rows.back()[1].find("300,000.00"), std::string::npos) << totals.rows.back()[1];
    model.set_search("2024-03");
    const auto shown = model.visible_table();
    ASSERT_EQ(shown.rows.size(), 1U);
    EXPECT_EQ(shown.columns.size(), shown.rows[0].size());
    EXPECT_EQ(shown.rows[0][PaymentsViewModel::folio], "GRO-2024-0001");
}

// Pagos › Exportar is for spreadsheets: LibreOffice Calc opens the workbook and the CSV (as
// CSV:44,34,76, comma, quote, UTF-8) with the amount column as numbers that add up.
TEST_F(Payments, TheExportOpensInLibreOfficeWithAnAmountColumnThatAddsUp) {
    const Session finance(limited("fer", {d::Role::finanzas}), audit);
    PaymentsViewModel model(finance, contracts, instalments);
    model.reload();
    const auto dir = std::filesystem::temp_directory_path() / ("pacta-calc-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir / "calc");
    const auto table = model.visible_table();
    write_table(table, dir / "pagos.xlsx");
    write_table(table, dir / "pagos.csv");
    const char amount_column = static_cast<char>('A' + PaymentsViewModel::amount);
    for (const std::string file : {"pagos.xlsx", "pagos.csv"}) {
        const bool csv = file.ends_with(".csv");
        // Opened by Calc and saved as a workbook again: its cells say how Calc read them.
        const std::string command = "soffice --headless -env:UserInstallation=file://" + (dir / "perfil").string() +
                                    (csv ? " --infilter=CSV:44,34,76" : "") + " --convert-to xlsx --outdir " +
                                    (dir / "calc").string() + " " + (dir / file).string() + " >/dev/null 2>&1";
        ASSERT_EQ(std::system(command.c_str()), 0) << command;
        const auto opened = (dir / "calc" / "pagos.xlsx").string();
        const auto archive = detail::open_zip(opened, "pagos.xlsx");
        ASSERT_TRUE(archive) << file;
        const auto sheet = detail::entry(archive.get(), "xl/worksheets/sheet1.xml", "pagos.xlsx");
        ASSERT_TRUE(sheet) << file;
        const std::regex cell(std::string("<c r=\"") + amount_column + "([0-9]+)\"([^>]*)><v>([^<]*)</v>");
        double sum = 0;
        int numbers = 0;
        for (auto it = std::sregex_iterator(sheet->begin(), sheet->end(), cell); it != std::sregex_iterator(); ++it) {
            if ((*it)[1] == "1") continue;  // the header
            EXPECT_NE((*it)[2].str().find("t=\"n\""), std::string::npos) << file << ": " << it->str();
            sum += std::stod((*it)[3]);
            ++numbers;
        }
        EXPECT_EQ(numbers, 3) << file;
        EXPECT_NEAR(sum, 300'000.00, 0.005) << file;
        std::filesystem::remove(opened);
    }
    std::filesystem::remove_all(dir);
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

class PaymentsPaging : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        // 100 contracts of five monthly instalments; every fourth in Oaxaca, every other one in
        // force; the first instalment of contracts in force paid.
        for (int c = 0; c < 100; ++c) {
            const bool oaxaca = c % 4 == 3;
            char folio[32];
            std::snprintf(folio, sizeof folio, "%s-2024-%04d", oaxaca ? "OAX" : "GRO", c);
            for (int n = 1; n <= 5; ++n) {
                d::ContractInstalment i;
                i.folio = folio;
                i.institution_code = oaxaca ? "imss-oax" : "imss-gro";
                i.person = c % 2 == 0 ? "Rosa Ramírez Cruz" : "José Muñoz Pérez";
                i.unit_code = c % 5 == 0 ? "UMM-ACA" : "UMM-GRO";
                i.budget_account = "12101";
                i.contract_state = c % 2 == 0 ? d::ContractState::vigente : d::ContractState::borrador;
                i.record.plan.number = n;
                i.record.plan.amount = d::Money(1000'00 + c, d::Currency::MXN);
                i.record.plan.period_start = *d::Date::from_ymd(2024, static_cast<unsigned>(n), 1);
                i.record.plan.period_end = *d::Date::from_ymd(2024, static_cast<unsigned>(n), 28);
                i.record.plan.due = i.record.plan.period_end;
                if (n == 1 && c % 2 == 0) {
                    i.record.state = State::paid;
                    i.record.paid = d::Withholding{i.record.plan.amount, d::Money(0, d::Currency::MXN), i.record.plan.amount};
                }
                instalments.rows.push_back(i);
            }
        }
        account = account_with("fer", {d::Role::finanzas});
        account.institutions = {"imss-gro"};
    }
    MemoryAudit audit;
    MemoryContracts contracts;
    MemoryInstalments instalments;
    d::UserAccount account;
};

TEST_F(PaymentsPaging, TheListReadsWindowsOfRowsNotTheWholeList) {
    const Session finance(account, audit);
    PaymentsViewModel model(finance, contracts, instalments);
    model.reload();
    EXPECT_EQ(model.count(), 375U);  // 75 contracts of Guerrero
    EXPECT_EQ(model.total(), 375U);
    EXPECT_EQ(instalments.pages, 0U);  // counting reads no rows
    for (std::size_t row = 0; row < 40; ++row) EXPECT_FALSE(model.cell(row, PaymentsViewModel::folio).empty());
    EXPECT_EQ(model.fetches(), 1U);  // the screen's rows came in one window
    EXPECT_EQ(model.cell(0, PaymentsViewModel::folio), "GRO-2024-0000");
    EXPECT_EQ(model.cell(372, PaymentsViewModel::folio), "GRO-2024-0098");
    EXPECT_EQ(model.fetches(), 2U);
    EXPECT_EQ(model.cell(375, PaymentsViewModel::folio), "");  // past the end
    EXPECT_THROW((void)model.at(375), std::out_of_range);
}

TEST_F(PaymentsPaging, FiltersAndOrdersAreTheStores) {
    const Session finance(account, audit);
    PaymentsViewModel model(finance, contracts, instalments);
    model.reload();
    model.set_state(State::paid);
    EXPECT_EQ(model.count(), 50U);  // the first of every contract in force (all Guerrero's)
    EXPECT_EQ(model.total(), 375U);
    model.set_state(std::nullopt);
    model.set_unit("UMM-ACA");
    EXPECT_EQ(model.count(), 75U);  // contracts 0, 5, 10... of Guerrero
    model.set_unit("");
    model.set_search("José");
    EXPECT_EQ(model.count(), 125U);
    model.set_search("2024-03");
    EXPECT_EQ(model.count(), 75U);
    model.set_search("");
    model.set_period(d::Date::from_ymd(2024, 2, 15), d::Date::from_ymd(2024, 3, 15));
    EXPECT_EQ(model.count(), 150U);  // February's and March's
    model.set_period(std::nullopt, std::nullopt);
    model.sort_by(PaymentsViewModel::amount, true);
    EXPECT_EQ(model.cell(0, PaymentsViewModel::amount), "$1,000.00");
    model.sort_by(PaymentsViewModel::amount, false);
    EXPECT_EQ(model.cell(0, PaymentsViewModel::amount), "$1,000.98");
    EXPECT_EQ(model.query().order, d::InstalmentQuery::Order::amount);
    EXPECT_TRUE(model.query().descending);
    model.sort_by(PaymentsViewModel::due, false);
    EXPECT_EQ(model.cell(0, PaymentsViewModel::due), "28/05/2024");
    EXPECT_EQ(model.visible_table().rows.size(), 375U);
    EXPECT_EQ(model.visible_table().rows.front()[PaymentsViewModel::due], "28/05/2024");
}

TEST_F(PaymentsPaging, InicioGroupOfInstalmentsDueIsAFilterAndMovesStillWork) {
    const Session finance(account, audit);
    PaymentsViewModel model(finance, contracts, instalments);
    model.reload();
    model.set_due_by(*d::Date::from_ymd(2024, 3, 1));
    // February's of the contracts in force (January's are paid; drafts owe nothing yet).
    EXPECT_EQ(model.count(), 50U);
    EXPECT_EQ(model.cell(0, PaymentsViewModel::due), "28/02/2024");
    EXPECT_EQ(model.cell(0, PaymentsViewModel::state), "pendiente");
    const auto folio = model.at(0).folio;
    d::ContractStatus status;
    status.folio = folio;
    status.institution_code = "imss-gro";
    status.state = d::ContractState::vigente;
    contracts.contracts[folio] = status;
    d::InstalmentMove cancel;
    cancel.to = State::cancelled;
    cancel.on = *d::Date::from_ymd(2024, 3, 1);
    // Refused without a reason: the list stays as it was.
    EXPECT_FALSE(model.move(0, cancel));
    EXPECT_FALSE(model.error().empty());
    EXPECT_EQ(model.count(), 50U);
    cancel.reason = "Baja del prestador";
    ASSERT_TRUE(model.move(0, cancel)) << model.error();
    EXPECT_EQ(model.count(), 49U);  // cancelled: no longer to pay
    EXPECT_EQ(instalments.actors, (std::vector<std::string>{"fer"}));
    model.set_due_by(std::nullopt);
    EXPECT_EQ(model.count(), 375U);
}

TEST_F(PaymentsPaging, TotalsAreTheStoresSumsOverTheSpanOfTheRowsShown) {
    const Session finance(account, audit);
    PaymentsViewModel model(finance, contracts, instalments);
    model.reload();
    model.set_search("2024-02");
    const auto span = model.due_months();
    ASSERT_TRUE(span);
    EXPECT_EQ(span->first, "2024-02");
    EXPECT_EQ(span->second, "2024-02");
    const auto totals = model.summary(SummaryKey::unit, span->first, span->second);
    ASSERT_EQ(totals.rows.size(), 3U);  // UMM-ACA, UMM-GRO, Total
    EXPECT_EQ(totals.rows.back().front(), "Total");
    // 75 instalments of $1,000.00 plus each contract's number in cents.
    std::int64_t expected = 0;
    for (int c = 0; c < 100; ++c) expected += c % 4 == 3 ? 0 : 1000'00 + c;
    EXPECT_EQ(totals.rows.back()[1], d::format_money(d::Money(expected, d::Currency::MXN)));
    model.set_search("no existe");
    EXPECT_FALSE(model.due_months());
}

}  // namespace
}  // namespace pacta::presentation
