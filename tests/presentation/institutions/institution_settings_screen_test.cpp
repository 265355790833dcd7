// Configuración › Institución: the institution's settings checked and saved; a
// character the PDF cannot print is refused with its position.
#include <gtest/gtest.h>

#include "pacta/presentation/institutions/institution_settings_screen.h"
#include "support/settings_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

TEST_F(Settings, TheInstitutionsSettingsAreCheckedAndSaved) {
    InstitutionSettingsViewModel settings(admin, institutions, "imss-gro");
    EXPECT_TRUE(settings.editable());
    EXPECT_FALSE(InstitutionSettingsViewModel(clerk, institutions, "imss-gro").editable());
    EXPECT_EQ(settings.value("perfil"), "es_MX");
    EXPECT_EQ(settings.value("dias_aviso"), "30");
    ASSERT_EQ(settings.unit_lines().size(), 1U);
    EXPECT_EQ(settings.unit_lines()[0], "UMM-0231  Unidad Médica Móvil 0231  (Guerrero; centro de costo 073204)");
    settings.set("leyenda", "[ELIMINADO]");
    EXPECT_NE(settings.error("leyenda").find("{etiqueta}"), std::string::npos);
    settings.set("dias_aviso", "treinta");
    EXPECT_FALSE(settings.error("dias_aviso").empty());
    settings.set("dias_aviso", "400");
    EXPECT_FALSE(settings.error("dias_aviso").empty());
    EXPECT_FALSE(settings.save());
    settings.set("leyenda", "[ELIMINADO: {etiqueta}. Art. 116 LGTAIP]");
    settings.set("dias_aviso", "15");
    settings.set("perfil", "es_PE");
    // A signatory added meanwhile (another window) survives the save.
    institutions.institution->signatories.push_back(office().signatories[0]);
    institutions.institution->signatories.back().code = "rep-2";
    ASSERT_TRUE(settings.save()) << settings.save_error();
    EXPECT_FALSE(settings.modified());
    EXPECT_EQ(institutions.institution->profile, d::FormatProfile::es_PE);
    EXPECT_EQ(institutions.institution->notice_days, 15);
    EXPECT_EQ(institutions.institution->signatories.size(), 2U);
    InstitutionSettingsViewModel refused(clerk, institutions, "imss-gro");
    refused.set("nombre", "Otra");
    EXPECT_FALSE(refused.save());
    EXPECT_NE(refused.save_error().find("administrador"), std::string::npos);
}

TEST_F(Settings, APrivateUseCharacterTypedInALegendIsRefusedWithItsPosition) {
    // The desktop's forms reach the same check as files do: the service refuses the save.
    InstitutionSettingsViewModel settings(admin, institutions, "imss-gro");
    settings.set("leyenda", "[ELIMINADO: {etiqueta}\xEE\x80\x82]");
    EXPECT_FALSE(settings.save());
    EXPECT_NE(settings.save_error().find("U+E002"), std::string::npos) << settings.save_error();
    EXPECT_EQ(institutions.institution->public_legend, "[ELIMINADO: {etiqueta}]");
}

}  // namespace
}  // namespace pacta::presentation
