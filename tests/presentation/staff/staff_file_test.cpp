// Staff files: a CURP must agree with the birth date and sex, the apostrophe that guards a
// formula comes off on import, and staff exported to CSV reads back the same.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "pacta/document/csv.h"
#include "pacta/presentation/staff/staff_file.h"

namespace pacta::presentation {
namespace {

namespace fs = std::filesystem;

TEST(StaffCsv, CurpMustAgreeWithBirthDateAndSex) {
    const auto read = read_staff_csv(
        "nombre,primer_apellido,sexo,fecha_nacimiento,curp,categoria,regimen\n"
        "Ana,Ruiz,M,1931-08-21,BOXW310820HNERXN09,asistencial,cas\n",
        "p.csv", {});
    ASSERT_EQ(read.rows.size(), 1u);
    std::vector<std::string> codes;
    for (const auto& f : read.rows[0].findings) codes.push_back(f.code);
    EXPECT_NE(std::find(codes.begin(), codes.end(), "staff.curp_birth_date"), codes.end());
    EXPECT_NE(std::find(codes.begin(), codes.end(), "staff.curp_sex"), codes.end());
}

TEST(ExportSafety, ImportTakesTheApostropheOffAgain) {
    const auto table = document::parse_csv("a,b,c,d\n'=1+1,'+52 55,'Ana,\"'@x, y\"\n", "t.csv");
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0][0], "=1+1");
    EXPECT_EQ(table.rows[0][1], "+52 55");
    EXPECT_EQ(table.rows[0][2], "'Ana");  // an apostrophe before ordinary text is part of it
    EXPECT_EQ(table.rows[0][3], "@x, y");
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
