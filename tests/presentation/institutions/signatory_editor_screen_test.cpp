// Firmantes: a signatory checked field by field, each problem beside its field, and saved
// into the institution by an administrator only.
#include <gtest/gtest.h>

#include "pacta/presentation/institutions/signatory_editor_screen.h"
#include "support/settings_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

TEST_F(Settings, ASignatoryIsCheckedFieldByFieldAndSavedIntoTheInstitution) {
    SignatoryEditorViewModel editor(admin, institutions, "imss-gro");
    EXPECT_FALSE(editor.editing());
    EXPECT_FALSE(editor.modified());
    editor.set("codigo", "rep");
    EXPECT_NE(editor.error("codigo").find("ya tiene el código «rep»"), std::string::npos) << editor.error("codigo");
    editor.set("codigo", "supervisora 2024");
    EXPECT_NE(editor.error("codigo").find("sin espacios"), std::string::npos) << editor.error("codigo");
    editor.set("codigo", "supervisora-2024");
    EXPECT_TRUE(editor.error("codigo").empty());
    editor.set("vigente_desde", "2024-03-01");
    editor.set("vigente_hasta", "2024-02-01");
    EXPECT_NE(editor.error("vigente_hasta").find("terminan antes de empezar"), std::string::npos);
    editor.set("vigente_desde", "2024-01-01");  // fixing the start clears the end's error
    EXPECT_TRUE(editor.error("vigente_hasta").empty());
    editor.set("fecha_escritura", "2024-02-30");
    EXPECT_FALSE(editor.error("fecha_escritura").empty());
    editor.set("fecha_escritura", "");
    EXPECT_TRUE(editor.modified());
    // Name, title and a role are missing: nothing is saved.
    EXPECT_FALSE(editor.save());
    EXPECT_EQ(editor.save_error(), "corrija primero los campos marcados en rojo.");
    EXPECT_FALSE(editor.error("nombre").empty());
    EXPECT_FALSE(editor.error("roles").empty());
    EXPECT_EQ(institutions.institution->signatories.size(), 1U);
    editor.set("nombre", "Laura Díaz Ortega");
    editor.set("cargo", "Jefa de Recursos Humanos");
    editor.set("roles", "supervisor, personal, supervisor");
    ASSERT_TRUE(editor.save()) << editor.save_error();
    EXPECT_FALSE(editor.modified());
    const auto& saved = institutions.institution->signatories;
    ASSERT_EQ(saved.size(), 2U);
    EXPECT_EQ(saved[1].code, "supervisora-2024");
    EXPECT_EQ(saved[1].sex, d::Sex::woman);
    EXPECT_EQ(saved[1].roles, (std::vector<std::string>{"supervisor", "personal"}));
    EXPECT_EQ(saved[1].valid_to, d::Date::from_ymd(2024, 2, 1));

    // Editing one keeps the other; renaming its code is allowed.
    SignatoryEditorViewModel edit(admin, institutions, "imss-gro", "rep");
    EXPECT_TRUE(edit.editing());
    EXPECT_EQ(edit.value("nombre"), "Mauricio Roldán Parra");
    EXPECT_EQ(edit.value("sexo"), "hombre");
    edit.set("vigente_hasta", "2024-12-31");
    ASSERT_TRUE(edit.save()) << edit.save_error();
    EXPECT_EQ(institutions.institution->signatories[0].valid_to, d::Date::from_ymd(2024, 12, 31));
    EXPECT_EQ(institutions.institution->signatories.size(), 2U);
    ASSERT_TRUE(edit.remove());
    EXPECT_EQ(institutions.institution->signatories.size(), 1U);
    EXPECT_THROW(SignatoryEditorViewModel(admin, institutions, "imss-gro", "rep"), ServiceError);
}

// Two administrators at once: one edits the representative while the other adds a supervisor,
// and both saves stand; a second edit of the representative over the first is refused, naming
// who saved and when, and the first one's change stays.
TEST_F(Settings, ASignatorySavedMeanwhileIsNotOverwritten) {
    SignatoryEditorViewModel first(admin, institutions, "imss-gro", "rep");
    SignatoryEditorViewModel second(admin, institutions, "imss-gro", "rep");
    SignatoryEditorViewModel other(admin, institutions, "imss-gro");
    other.set("codigo", "supervisora-2024");
    other.set("nombre", "Laura Díaz Ortega");
    other.set("cargo", "Jefa de Recursos Humanos");
    other.set("vigente_desde", "2024-01-01");
    other.set("roles", "supervisor");
    ASSERT_TRUE(other.save()) << other.save_error();
    first.set("cargo", "Titular del Órgano");
    ASSERT_TRUE(first.save()) << first.save_error();
    EXPECT_EQ(institutions.institution->signatories.size(), 2U);
    second.set("vigente_hasta", "2024-12-31");
    EXPECT_FALSE(second.save());
    EXPECT_EQ(second.save_error().rfind("ana guardó los datos de la institución el 07/12/2026 a las ", 0), 0U)
        << second.save_error();
    EXPECT_EQ(institutions.institution->signatories[0].title, "Titular del Órgano");
    EXPECT_FALSE(institutions.institution->signatories[0].valid_to);
    // The first editor saves again over what it saved.
    first.set("vigente_hasta", "2025-12-31");
    ASSERT_TRUE(first.save()) << first.save_error();
    EXPECT_EQ(institutions.institution->signatories[0].valid_to, d::Date::from_ymd(2025, 12, 31));
}

TEST_F(Settings, OnlyAdministratorsChangeSignatoriesAndTheRefusalIsShown) {
    SignatoryEditorViewModel editor(clerk, institutions, "imss-gro", "rep");
    editor.set("cargo", "Director");
    EXPECT_FALSE(editor.save());
    EXPECT_NE(editor.save_error().find("administrador"), std::string::npos) << editor.save_error();
    EXPECT_EQ(institutions.institution->signatories[0].title, "Encargado del Despacho");
    EXPECT_EQ(audit.rows.back().action, "denegar");
}

}  // namespace
}  // namespace pacta::presentation
