#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "../../app/presentation/src/common/xlsx_reader.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/presentation/contracts/contract_drafting.h"
#include "pacta/presentation/institutions/institution_file.h"
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

TEST(InstitutionFile, ReadsTheExampleAndWritesItBack) {
    const auto text = document::read_file(PACTA_FIXTURES_DIR "/datos/institucion-imss-bienestar-gro.json");
    ASSERT_TRUE(text);
    const auto read = read_institution_file(*text, "i.json");
    ASSERT_TRUE(read.institution) << read.findings.front().code;
    EXPECT_EQ(read.institution->signatories.size(), 4u);
    EXPECT_EQ(read.institution->signatories[0].powers.deed_number, "44,852");
    const auto again = read_institution_file(write_institution_file(*read.institution), "again.json");
    ASSERT_TRUE(again.institution);
    EXPECT_EQ(write_institution_file(*again.institution), write_institution_file(*read.institution));
}

TEST(ContractDrafting, PicksTheSignatoryWithValidPowersAndFillsTheTemplate) {
    const auto inst_text = document::read_file(PACTA_FIXTURES_DIR "/datos/institucion-imss-bienestar-gro.json");
    const auto institution = *read_institution_file(*inst_text, "i.json").institution;
    auto tmpl = document::load_template(PACTA_SOURCE_DIR "/document/plantillas/imss-bienestar-honorarios.md");
    ASSERT_TRUE(tmpl.value);
    domain::StaffMember person;
    person.given_names = "Rosa";
    person.first_surname = "Ramírez";
    person.sex = domain::Sex::woman;
    person.curp = "RACR920514MDFMRS05";
    auto extra = *document::parse_json_data(R"({"firma": {"fecha": "2024-01-29"}})", "x").value;
    const auto draft = draft_contract(*tmpl.value, institution, person, {}, extra, *domain::Date::from_ymd(2024, 1, 29));
    EXPECT_TRUE(draft.findings.empty());
    EXPECT_EQ(draft.signatories.at("representante"), "representante-2024");
    EXPECT_EQ(draft.data.find("representante.nombre")->text(), "Mauricio Roldan Parra");
    EXPECT_EQ(draft.data.find("poder.escritura")->text(), "44,852");
    EXPECT_EQ(draft.data.find("prestador.nombre")->text(), "Rosa Ramírez");
    EXPECT_EQ(draft.data.find("programa.domicilio")->text().rfind("Av. Cuauhtémoc", 0), 0u);
    ASSERT_TRUE(draft.data.find("firmantes"));
    EXPECT_EQ(draft.data.find("firmantes")->list().size(), 5u);
    // Before the representative's powers begin, nobody can sign for the institution.
    auto early = *document::parse_json_data(R"({"firma": {"fecha": "2024-01-02"}})", "x").value;
    const auto refused = draft_contract(*tmpl.value, institution, person, {}, early, *domain::Date::from_ymd(2024, 1, 2));
    ASSERT_FALSE(refused.findings.empty());
    EXPECT_EQ(refused.findings.front().code, "contract.no_signatory");
}

}  // namespace
}  // namespace pacta::presentation
