// Reading workbooks: Excel day numbers are dates, and an exported workbook reads back.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "../../../app/presentation/src/common/xlsx_reader.h"
#include "pacta/presentation/staff/staff_file.h"

namespace pacta::presentation {
namespace {

namespace fs = std::filesystem;

TEST(Xlsx, ExcelDayNumbersAreDates) {
    EXPECT_EQ(detail::excel_serial_to_iso("45320"), "2024-01-29");
    EXPECT_EQ(detail::excel_serial_to_iso("1"), "1899-12-31");
    EXPECT_FALSE(detail::excel_serial_to_iso("abc"));
    EXPECT_FALSE(detail::excel_serial_to_iso("2024-01-29"));
}

TEST(Xlsx, ExportedWorkbookReadsBack) {
    domain::StaffMember m;
    m.given_names = "José Ángel";
    m.first_surname = "Muñoz";
    m.second_surname = "Peña";
    m.sex = domain::Sex::man;
    m.birth_date = *domain::Date::from_ymd(1931, 8, 20);
    m.curp = "BOXW310820HNERXN09";
    m.category = domain::Category::asistencial;
    m.regime = domain::Regime::cas;
    const fs::path file = fs::temp_directory_path() / ("pacta-" + std::to_string(::getpid()) + ".xlsx");
    ASSERT_TRUE(write_staff_xlsx({m}, file.string()));
    const auto read = read_staff_xlsx(file.string(), "p.xlsx", {});
    fs::remove(file);
    ASSERT_TRUE(read.file_findings.empty());
    ASSERT_EQ(read.rows.size(), 1u);
    EXPECT_TRUE(read.rows[0].findings.empty()) << read.rows[0].findings.front().code;
    EXPECT_EQ(read.rows[0].member.full_name(), "José Ángel Muñoz Peña");
    EXPECT_EQ(read.rows[0].member.regime, domain::Regime::cas);
    EXPECT_EQ(read.rows[0].line, 2u);
}

}  // namespace
}  // namespace pacta::presentation
