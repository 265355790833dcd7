// Drafting: the signatory with valid powers on the day is picked and the template filled.
#include <gtest/gtest.h>

#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/presentation/contracts/contract_drafting.h"
#include "pacta/presentation/institutions/institution_file.h"
#include "pacta/locale/finding_messages.h"

namespace pacta::presentation {
namespace {

namespace fs = std::filesystem;

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
    // Named by the role's label and the date as people write it, not «firmante.representante».
    const auto said = locale::describe(refused.findings.front());
    EXPECT_EQ(said.find("firmante."), std::string::npos) << said;
    EXPECT_NE(said.find("02/01/2024"), std::string::npos) << said;
}

// A finding about a template's field is named by the label of its form.
TEST(ContractDrafting, AFindingNamesATemplateFieldByItsLabel) {
    auto tmpl = document::load_template(PACTA_SOURCE_DIR "/document/plantillas/imss-bienestar-honorarios.md");
    ASSERT_TRUE(tmpl.value);
    domain::Findings findings{domain::Finding("data.missing", domain::Severity::error, "representante.nombre"),
                              domain::Finding("data.missing", domain::Severity::error, "no.declarado")};
    label_template_fields(findings, *tmpl.value);
    EXPECT_EQ(findings[0].param("field_label"), "Nombre del representante legal");
    EXPECT_EQ(findings[1].param("field_label"), "");
}

}  // namespace
}  // namespace pacta::presentation
