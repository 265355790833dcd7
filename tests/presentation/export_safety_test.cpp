// Exports open in spreadsheets (issue 19): text never runs as a formula, amounts and dates
// stay typed values, and what Pacta exports it reads back unchanged.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "../../app/presentation/src/common/xlsx_reader.h"
#include "pacta/document/csv.h"
#include "pacta/presentation/staff/staff_file.h"
#include "pacta/presentation/common/table_export.h"

namespace pacta::presentation {
namespace {

namespace fs = std::filesystem;

TEST(ExportSafety, CsvTextThatStartsLikeAFormulaGetsAnApostrophe) {
    EXPECT_EQ(document::csv_field("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    EXPECT_EQ(document::csv_field("@SUM(1)"), "'@SUM(1)");
    EXPECT_EQ(document::csv_field("+52 55 1234 5678"), "'+52 55 1234 5678");
    EXPECT_EQ(document::csv_field("-2+3"), "'-2+3");
    EXPECT_EQ(document::csv_field("\t=1"), "'\t=1");
    EXPECT_EQ(document::csv_field("\r=1"), "\"'\r=1\"");
    EXPECT_EQ(document::csv_field("Ana = Ruiz"), "Ana = Ruiz");
}

TEST(ExportSafety, ImportTakesTheApostropheOffAgain) {
    const auto table = document::parse_csv("a,b,c,d\n'=1+1,'+52 55,'Ana,\"'@x, y\"\n", "t.csv");
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0][0], "=1+1");
    EXPECT_EQ(table.rows[0][1], "+52 55");
    EXPECT_EQ(table.rows[0][2], "'Ana");  // an apostrophe before ordinary text is part of it
    EXPECT_EQ(table.rows[0][3], "@x, y");
}

Table sample() {
    Table t;
    t.sheet_name = "Prueba";
    t.columns = {"Vence", "Concepto", "Importe"};
    t.numeric = {false, false, true};
    t.rows = {{"2024-01-29", "=HYPERLINK(\"http://x\")", "-1,234.50"}, {"29/02/2024", "-2+3", "$13,771.66"},
              {"2024-13-01", "@SUM(A1)", "-2-3"}};
    return t;
}

TEST(ExportSafety, NegativeAmountsStayNumbersInCsvAndFormulasDoNot) {
    const std::string csv = table_csv(sample());
    EXPECT_NE(csv.find("2024-01-29,\"'=HYPERLINK(\"\"http://x\"\")\",\"-1,234.50\"\r\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("29/02/2024,'-2+3,\"$13,771.66\"\r\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("2024-13-01,'@SUM(A1),'-2-3\r\n"), std::string::npos) << csv;  // not an amount
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

TEST(ExportSafety, StaffExportedToCsvReadsBackTheSame) {
    domain::StaffMember m;
    m.given_names = "Ana";
    m.first_surname = "Ruiz";
    m.sex = domain::Sex::woman;
    m.birth_date = *domain::Date::from_ymd(1931, 8, 20);
    m.phone = "+52 55 1234 5678";
    m.domicile = "-Calle 5, =Colonia @Centro";
    m.category = domain::Category::asistencial;
    m.regime = domain::Regime::cas;
    const std::string csv = write_staff_csv({m});
    EXPECT_NE(csv.find(",'+52 55 1234 5678,"), std::string::npos);
    const auto read = read_staff_csv(csv, "p.csv", {});
    ASSERT_EQ(read.rows.size(), 1u);
    EXPECT_EQ(read.rows[0].member.phone, "+52 55 1234 5678");
    EXPECT_EQ(read.rows[0].member.domicile, "-Calle 5, =Colonia @Centro");
}

}  // namespace
}  // namespace pacta::presentation
