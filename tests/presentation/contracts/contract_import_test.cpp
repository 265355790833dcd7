// Contracts recorded in bulk from a spreadsheet: every row drafted, then all stored in one
// transaction or none; a refused row says its row number and why. The table is read from
// CSV (either separator, either encoding) like a workbook.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pacta/document/csv.h"
#include "pacta/presentation/contracts/contract_import.h"
#include "support/drafting_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

class ContractImport : public Drafting {
protected:
    void SetUp() override {
        Drafting::SetUp();
        request.tmpl = &tmpl;
        request.common = contract_only;
        request.today = today;
    }
    ContractImportRequest request;
};

TEST_F(ContractImport, ARefusedRowStoresNothingAndSaysItsRowAndWhy) {
    request.table = document::parse_csv("persona\n" + rosa_ramirez().key() + "\nXAXX010101HDFXXX09\n", "campana.csv");
    const auto report = ContractImportService(clerk, store).import(request);
    EXPECT_EQ(report.refused, 1U);
    EXPECT_EQ(report.recorded, 0U);
    ASSERT_EQ(report.rows.size(), 2U);
    EXPECT_TRUE(report.rows[0].findings.empty());
    EXPECT_EQ(report.rows[1].row, 3U);  // the header is row 1
    EXPECT_FALSE(report.rows[1].findings.empty());
    EXPECT_TRUE(store.drafts_.stored.empty());  // all or none
    // The desktop's answer: nothing recorded, the row and its reason, in the user's words.
    const auto summary = contract_import_summary(report);
    EXPECT_EQ(summary.rfind("1 de 2 filas tiene errores; no se registró nada.", 0), 0U) << summary;
    EXPECT_NE(summary.find("\nFila 3: "), std::string::npos) << summary;
    EXPECT_NE(summary.find("XAXX010101HDFXXX09"), std::string::npos) << summary;
}

TEST_F(ContractImport, EveryRowRecordedInOneGoWhenNoneIsRefused) {
    request.table = document::parse_csv("persona\n" + rosa_ramirez().key() + "\nMAMM900312MGRRRR03\n", "campana.csv");
    const auto report = ContractImportService(clerk, store).import(request);
    EXPECT_EQ(report.recorded, 2U);
    EXPECT_EQ(report.refused, 0U);
    ASSERT_EQ(store.drafts_.stored.size(), 2U);
    EXPECT_EQ(store.drafts_.stored[1].staff_key, "MAMM900312MGRRRR03");
    EXPECT_FALSE(report.rows[1].folio.empty());
    EXPECT_EQ(report.rows[1].person, "María Luisa Martínez Martínez");
    EXPECT_EQ(contract_import_summary(report),
              "Se registraron 2 contratos como borradores; aparecen en Contratos.");

    EXPECT_THROW((void)ContractImportService(reviewer, store).import(request), AccessDenied);
}

TEST_F(ContractImport, ATableIsReadFromEitherSeparatorAndEncoding) {
    const fs::path dir = fs::temp_directory_path() / ("pacta-campana-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "campana.csv", std::ios::binary) << "persona;unidad\nMAMM900312MGRRRR03;Unidad M\xE9" "dica\n";
    const auto table = read_table_file(dir / "campana.csv");
    ASSERT_EQ(table.header, (std::vector<std::string>{"persona", "unidad"}));
    ASSERT_EQ(table.rows.size(), 1U);
    EXPECT_EQ(table.rows[0][1], "Unidad Médica");  // Windows-1252, as Excel saves it
    EXPECT_THROW((void)read_table_file(dir / "no-existe.csv"), ServiceError);
    fs::remove_all(dir);
}

}  // namespace
}  // namespace pacta::presentation
