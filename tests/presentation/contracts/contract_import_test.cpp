// Contracts recorded in bulk from a spreadsheet: every row drafted, then all stored in one
// transaction or none; a refused row says its row number and why. The table is read from
// CSV (either separator, either encoding) like a workbook.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pacta/document/csv.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/contracts/contract_import.h"
#include "pacta/presentation/contracts/contract_service.h"
#include "pacta/presentation/institutions/institution_file.h"
#include "support/memory_store.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

class ContractImport : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        const auto file = document::read_file(PACTA_FIXTURES_DIR "/datos/institucion-imss-bienestar-gro.json");
        store.institutions_.institution = read_institution_file(file.value_or(""), "institucion.json").institution;
        auto luisa = rosa_ramirez();
        luisa.given_names = "María Luisa";
        luisa.first_surname = "Martínez";
        luisa.second_surname = "Martínez";
        luisa.curp = "MAMM900312MGRRRR03";
        store.staff_.people = {rosa_ramirez(), luisa};
        tmpl = load_template("imss-bienestar-honorarios");
        request.tmpl = &tmpl;
        const auto extra = document::read_file(PACTA_FIXTURES_DIR "/datos/contrato-imss-extra.json").value_or("");
        request.common = *document::parse_json_data(extra, "comunes.json").value;
        request.today = *d::Date::from_ymd(2024, 1, 20);
    }
    MemoryStore store;
    MemoryAudit audit;
    const Session clerk{account_with("carlos", {d::Role::capturista}), audit};
    TemplateWithSource tmpl;
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

    const Session reviewer(account_with("rita", {d::Role::revisor_juridico}), audit);
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
