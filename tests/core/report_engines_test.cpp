// Reports over a real office on both engines (EngineOffice): the demonstration office with one
// contract signed and an instalment paid gives an EsSalud-shaped headcount and the payments by
// budget account, each reconciled with the records; the files come out as PDF, XLSX and CSV;
// the transparency format publishes names and amounts, never identity numbers or addresses.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "engine_office.h"
#include "pacta/presentation/reports/report_files.h"
#include "pacta/presentation/reports/report_service.h"
#include "pacta/presentation/reports/transparency_service.h"
#include "pacta/presentation/session/access.h"

namespace pacta::core {
namespace {

namespace d = pacta::domain;
namespace p = pacta::presentation;
namespace fs = std::filesystem;

std::string output_of(const std::string& command) {
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        while (const auto n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
        ::pclose(pipe);
    }
    return out;
}

class ReportEngines : public EngineOffice {
protected:
    // The sample contract (1 February to 30 June 2024, five instalments) signed, its first
    // instalment paid by finance.
    std::string signed_and_paid() {
        office_->accounts().create({"rita", {d::Role::revisor_juridico}, {}, "clave-de-rita-1"});
        office_->accounts().create({"fer", {d::Role::finanzas}, {}, "clave-de-fer-1"});
        const auto folio = draft();
        office_->lifecycle().move(folio, d::ContractState::en_revision, "", std::nullopt);
        open_as("rita", "clave-de-rita-1")->lifecycle().move(folio, d::ContractState::aprobado, "", std::nullopt);
        // The generated PDF stands for the scan of the copies signed by hand.
        const auto scan = dir_ / "firmado.pdf";
        (void)office_->contracts().generate(folio, scan, std::nullopt);
        office_->lifecycle().move(folio, d::ContractState::firmado, "", scan);
        auto fer = open_as("fer", "clave-de-fer-1");
        d::InstalmentMove move;
        move.on = *d::Date::from_ymd(2024, 3, 1);
        move.to = d::InstalmentState::report_delivered;
        move.reference = "INF-01";
        (void)fer->payments().record(folio, 1, move, false);
        move.to = d::InstalmentState::approved;
        move.approved_by = "supervisora";
        (void)fer->payments().record(folio, 1, move, false);
        move.to = d::InstalmentState::paid;
        move.reference = "SPEI-1";
        move.cfdi_uuid = "6F9619FF-8B86-D011-B42D-00C04FC964FF";
        (void)fer->payments().record(folio, 1, move, false);
        return folio;
    }
    fs::path out(const std::string& name) { return dir_ / name; }
};

const p::ReportCell& cell(const p::ReportSection& s, std::size_t row, const std::string& column) {
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
        if (s.columns[c].title == column) return row < s.rows.size() ? s.rows[row][c] : s.totals[c];
    }
    throw std::runtime_error("no column " + column);
}

TEST_P(ReportEngines, HeadcountAndPaymentsOfTheDemoOfficeReconcileAndComeOutAsFiles) {
    const auto folio = signed_and_paid();
    auto reports = office_->reports();

    p::HeadcountFilters people;
    people.from_year = 2023;
    people.to_year = 2024;
    people.cut_month = 6;
    people.cut_day = 30;  // the contract is in force on 30 June 2024
    const auto headcount = reports.headcount(people);
    ASSERT_TRUE(headcount.reconciled()) << headcount.discrepancies.front();
    const auto& h = headcount.sections.front();
    ASSERT_EQ(h.rows.size(), 1U);
    EXPECT_EQ(cell(h, 0, "Régimen").text, "Honorarios");
    EXPECT_EQ(cell(h, 0, "2023").number, 0);
    EXPECT_EQ(cell(h, 0, "2024").number, 1);
    EXPECT_EQ(cell(h, 0, "Inc. 2024/2023").number, 1);
    EXPECT_TRUE(cell(h, 0, "Inc. %").empty);  // from nobody: no percentage
    ASSERT_FALSE(h.totals.empty());
    EXPECT_EQ(h.totals[3].number, 1);
    ASSERT_TRUE(h.chart);

    people.cut_month = 12;
    people.cut_day = 31;  // ended before: nobody counts
    EXPECT_TRUE(reports.headcount(people).sections.front().rows.empty());
    people.from_year = 2025;
    EXPECT_THROW((void)reports.headcount(people), p::InvalidInput);  // reversed

    p::PaymentFilters money;
    money.from_month = "2024-01";
    money.to_month = "2024-12";
    const auto payments = reports.payments(money);
    ASSERT_TRUE(payments.reconciled()) << payments.discrepancies.front();
    const auto& s = payments.sections.front();
    ASSERT_FALSE(s.totals.empty());
    const std::size_t total = s.rows.size();
    EXPECT_EQ(cell(s, total, "Programado").number, 68'858'30);
    EXPECT_EQ(cell(s, total, "Exhibiciones").number, 5);
    const auto paid = cell(s, total, "Pagado (bruto)").number;
    EXPECT_GT(paid, 0);
    EXPECT_EQ(paid, cell(s, total, "Retención").number + cell(s, total, "Neto pagado").number);
    EXPECT_EQ(cell(s, total, "Pendiente").number, 68'858'30 - paid);

    const auto contracts = reports.contracts({});
    ASSERT_TRUE(contracts.reconciled());
    EXPECT_EQ(contracts.sections.front().totals[2].number, 1);

    // Files: a PDF that qpdf accepts, a workbook LibreOffice reads with numbers as numbers, CSV.
    p::write_report(payments, out("pagos.pdf"));
    EXPECT_NE(output_of("qpdf --check '" + out("pagos.pdf").string() + "' 2>&1").find("No syntax or stream encoding errors"),
              std::string::npos);
    EXPECT_NE(output_of("pdftotext '" + out("pagos.pdf").string() + "' -").find("Programado"), std::string::npos);
    p::write_report(payments, out("pagos.xlsx"));
    p::write_report(headcount, out("personal.csv"));
    EXPECT_EQ(fs::status(out("pagos.xlsx")).permissions() & fs::perms::group_read, fs::perms::none);
    if (!server()) {
        // LibreOffice Calc opens the workbook and reads the totals as numbers: saved again by
        // Calc, the planned total is a numeric cell.
        const auto calc = dir_ / "calc";
        fs::create_directories(calc);
        const std::string command = "soffice --headless -env:UserInstallation=file://" + (dir_ / "perfil").string() +
                                    " --convert-to xlsx --outdir '" + calc.string() + "' '" + out("pagos.xlsx").string() +
                                    "' >/dev/null 2>&1";
        ASSERT_EQ(std::system(command.c_str()), 0) << command;
        const auto sheet = output_of("unzip -p '" + (calc / "pagos.xlsx").string() + "' xl/worksheets/sheet1.xml");
        EXPECT_NE(sheet.find("t=\"n\"><v>68858.3</v>"), std::string::npos) << sheet.substr(0, 2000);
    }
    const auto csv = document::read_file(out("personal.csv")).value_or("");
    EXPECT_NE(csv.find("Régimen,Categoría,2023,2024"), std::string::npos) << csv;

    // A folder that cannot be written: says which, leaves nothing behind.
    try {
        p::write_report(payments, dir_ / "no-existe" / "pagos.xlsx");
        FAIL() << "wrote into a missing folder";
    } catch (const p::ServiceError& e) {
        EXPECT_NE(std::string(e.what()).find("no-existe"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(dir_ / "no-existe"));
    (void)folio;
}

TEST_P(ReportEngines, TheSipotFormatPublishesNamesAndAmountsAndNoIdentityNumberOrAddress) {
    const auto folio = signed_and_paid();
    p::TransparencyFilters period;
    period.from = d::Date::from_ymd(2024, 4, 1);
    period.to = d::Date::from_ymd(2024, 6, 30);
    const auto sipot = office_->transparency().sipot(period);
    const auto& s = sipot.sections.front();
    ASSERT_EQ(s.columns.size(), 22U);
    EXPECT_EQ(s.columns.front().title, "Ejercicio");
    EXPECT_EQ(s.columns[10].title, "Hipervínculo al contrato");
    EXPECT_EQ(s.columns.back().title, "Nota");
    ASSERT_EQ(s.rows.size(), 1U);
    EXPECT_EQ(s.rows[0][5].text, "Laura");
    EXPECT_EQ(s.rows[0][6].text, "Gómez");
    EXPECT_EQ(s.rows[0][8].text, "Mujer");
    EXPECT_EQ(s.rows[0][9].text, folio);
    EXPECT_EQ(s.rows[0][15].number, 68'858'30);
    EXPECT_THROW((void)office_->transparency().pte(period), p::ServiceError);  // a Mexican institution

    p::write_report(sipot, out("sipot.xlsx"));
    p::write_report(sipot, out("sipot.csv"));
    // The bytes written: the sheet's XML and the CSV hold no CURP, RFC, address or bank account.
    const auto sheet = output_of("unzip -p '" + out("sipot.xlsx").string() + "' xl/worksheets/sheet1.xml xl/sharedStrings.xml");
    ASSERT_NE(sheet.find("Laura"), std::string::npos);
    const auto csv = document::read_file(out("sipot.csv")).value_or("");
    const auto person = office_->store().staff().find(laura);
    ASSERT_TRUE(person);
    for (const auto& secret : {person->curp, person->rfc, person->domicile, std::string("Costera")}) {
        if (secret.empty()) continue;
        EXPECT_EQ(sheet.find(secret), std::string::npos) << secret;
        EXPECT_EQ(csv.find(secret), std::string::npos) << secret;
    }
}

INSTANTIATE_TEST_SUITE_P(Engines, ReportEngines, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::core
