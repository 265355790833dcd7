// A staff spreadsheet imported and exported as long work: rejected rows, cancellation, and
// an export written whole or not at all.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pacta/document/csv.h"
#include "pacta/presentation/staff/staff_transfer.h"
#include "support/settings_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

class StaffFile : public Settings {
protected:
    void SetUp() override {
        Settings::SetUp();
        dir = fs::temp_directory_path() / ("pacta-staff-file-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        std::ofstream(dir / "personal.csv")
            << "nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,curp,categoria,regimen,unidad\n"
               "María Luisa,Martínez,Martínez,M,1990-03-12,MAMM900312MGRRRR03,asistencial,honorarios,UMM-0231\n"
               "Rosa,Ramírez,Cruz,M,1992-05-14,RACR920514MDFMRS04,asistencial,honorarios,UMM-0231\n"
               "José,Bolaños,Xochitl,H,1931-08-20,BOXW310820HNERXN09,administrativo,honorarios,UMM-0231\n";
        options.institution_code = "imss-gro";
        options.units = {"UMM-0231"};
    }
    void TearDown() override { fs::remove_all(dir); }
    fs::path dir;
    StaffImportOptions options;
    MemoryStaff staff;
};

TEST_F(StaffFile, RejectedRowsStopTheImportUnlessPartialWhichWritesThemWithReasons) {
    auto report = import_staff_file(clerk, staff, dir / "personal.csv", options);
    EXPECT_FALSE(report.imported);
    EXPECT_EQ(report.rows, 3U);
    std::string reasons;
    for (const auto& r : report.rejections) {
        for (const auto& f : r.findings) reasons += std::to_string(r.line) + ": " + f.code + " " + f.field + "\n";
    }
    ASSERT_EQ(report.rejections.size(), 1U) << reasons;
    EXPECT_EQ(report.rejections[0].line, 3U);
    EXPECT_TRUE(staff.people.empty());
    options.partial = true;
    std::size_t total = 0;
    std::size_t last = 0;
    report = import_staff_file(clerk, staff, dir / "personal.csv", options, [&](std::size_t t) { total = t; },
                               [&](std::size_t done) {
                                   last = done;
                                   return true;
                               });
    EXPECT_TRUE(report.imported);
    EXPECT_EQ(total, 2U);
    EXPECT_EQ(report.stored.created, 2U);
    EXPECT_EQ(staff.people.size(), 2U);
    ASSERT_EQ(report.rejected_file, dir / "personal.rechazados.csv");
    std::ifstream rejected(report.rejected_file);
    const std::string text((std::istreambuf_iterator<char>(rejected)), {});
    EXPECT_NE(text.find("RACR920514MDFMRS04"), std::string::npos);
    EXPECT_NE(text.find("dígito verificador"), std::string::npos) << text;
    EXPECT_EQ(last, 2U);
}

TEST_F(StaffFile, CancellingBeforeStoringKeepsNobodyAndAMissingFileIsAFinding) {
    options.partial = true;
    EXPECT_THROW((void)import_staff_file(clerk, staff, dir / "personal.csv", options, {},
                                         [](std::size_t) { return false; }),
                 d::Cancelled);
    EXPECT_TRUE(staff.people.empty());
    EXPECT_FALSE(fs::exists(dir / "personal.rechazados.csv"));
    const auto missing = import_staff_file(clerk, staff, dir / "no-existe.csv", options);
    ASSERT_EQ(missing.file_findings.size(), 1U);
    EXPECT_EQ(missing.file_findings[0].code, "staff.file_unreadable");
}

TEST_F(StaffFile, AnExportIsWrittenWholeOrNotAtAll) {
    staff.people = {rosa_ramirez()};
    EXPECT_THROW((void)export_staff_file(clerk, staff, dir / "salida.csv", [](std::size_t) { return false; }),
                 d::Cancelled);
    EXPECT_FALSE(fs::exists(dir / "salida.csv"));
    EXPECT_THROW((void)export_staff_file(clerk, staff, dir / "salida.pdf"), ServiceError);
    EXPECT_EQ(export_staff_file(clerk, staff, dir / "salida.xlsx"), 1U);
    EXPECT_TRUE(fs::exists(dir / "salida.xlsx"));
    EXPECT_FALSE(fs::exists(dir / "salida.xlsx.parcial.xlsx"));
    // Exports of personal data are audited.
    EXPECT_EQ(audit.rows.back().action, "exportar");
    const Session reviewer(account_with("rita", {d::Role::revisor_juridico}), audit);
    EXPECT_THROW((void)export_staff_file(reviewer, staff, dir / "otra.csv"), AccessDenied);
}

}  // namespace
}  // namespace pacta::presentation
