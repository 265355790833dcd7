// Tables saved for spreadsheets (issue 19): text never runs as a formula, amounts and dates
// stay typed values.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "../../../app/presentation/src/common/xlsx_reader.h"
#include "pacta/document/csv.h"
#include "pacta/presentation/common/table_export.h"

namespace pacta::presentation {
namespace {

namespace fs = std::filesystem;

Table sample() {
    Table t;
    t.sheet_name = "Prueba";
    t.columns = {"Vence", "Concepto", "Importe"};
    t.numeric = {false, false, true};
    t.rows = {{"2024-01-29", "=HYPERLINK(\"http://x\")", "-1,234.50"}, {"29/02/2024", "-2+3", "$13,771.66"},
              {"2024-13-01", "@SUM(A1)", "-2-3"}};
    return t;
}

TEST(ExportSafety, CsvTextThatStartsLikeAFormulaGetsAnApostrophe) {
    EXPECT_EQ(document::csv_field("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    EXPECT_EQ(document::csv_field("@SUM(1)"), "'@SUM(1)");
    EXPECT_EQ(document::csv_field("+52 55 1234 5678"), "'+52 55 1234 5678");
    EXPECT_EQ(document::csv_field("-2+3"), "'-2+3");
    EXPECT_EQ(document::csv_field("\t=1"), "'\t=1");
    EXPECT_EQ(document::csv_field("\r=1"), "\"'\r=1\"");
    EXPECT_EQ(document::csv_field("Ana = Ruiz"), "Ana = Ruiz");
}

// For spreadsheets: comma-separated, amounts with a point and no thousands separator or
// currency sign, dates dd/mm/aaaa, UTF-8 with its BOM.
TEST(ExportSafety, NegativeAmountsStayNumbersInCsvAndFormulasDoNot) {
    const std::string csv = table_csv(sample());
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBFVence,Concepto,Importe\r\n", 0), 0U) << csv;
    EXPECT_NE(csv.find("29/01/2024,\"'=HYPERLINK(\"\"http://x\"\")\",-1234.50\r\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("29/02/2024,'-2+3,13771.66\r\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("2024-13-01,'@SUM(A1),'-2-3\r\n"), std::string::npos) << csv;  // not an amount, not a day
}

TEST(ExportSafety, WorkbooksTypeAmountsAndDatesAndKeepFormulasAsText) {
    const fs::path file = fs::temp_directory_path() / ("pacta-export-" + std::to_string(::getpid()) + ".xlsx");
    write_table(sample(), file);
    const auto sheet = detail::read_first_sheet(file.string());
    fs::remove(file);
    ASSERT_TRUE(sheet);
    ASSERT_EQ(sheet->rows.size(), 4u);
    EXPECT_EQ(sheet->rows[1][0], "45320");  // a date cell: Excel's day number
    EXPECT_EQ(sheet->rows[1][1], "=HYPERLINK(\"http://x\")");
    EXPECT_EQ(sheet->rows[1][2], "-1234.5");  // a number, not the text "-1,234.50"
    EXPECT_EQ(sheet->rows[2][0], "45351");
    EXPECT_EQ(sheet->rows[2][2], "13771.66");
    EXPECT_EQ(sheet->rows[3][0], "2024-13-01");  // no such day: text
    EXPECT_EQ(sheet->rows[3][2], "-2-3");
}

}  // namespace
}  // namespace pacta::presentation
