// Plantillas y cláusulas as a view-model: the templates with their origin and the contracts
// made from each version; the editor's problems with line and column as one types; the
// preview with the example data; saving the office's own copy (administradores only),
// which then takes the bundled one's place; a broken file of the office, listed as unusable
// with its first error and corrected in place.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/templates/template_editor_screen.h"
#include "support/memory_repositories.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

class Templates : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        own = fs::temp_directory_path() / ("pacta-plantillas-" + std::to_string(::getpid()));
        fs::remove_all(own);
        d::ContractSummary used;
        used.institution_code = "imss-gro";
        used.template_code = "imss-bienestar-honorarios";
        used.template_version = 1;
        catalog.contracts = {used, used};
    }
    void TearDown() override { fs::remove_all(own); }
    TemplateEditorViewModel open(const Session& session) {
        TemplateEditorViewModel model(session, document::TemplateLibrary(PACTA_SOURCE_DIR "/document/plantillas", own),
                                      catalog);
        model.reload();
        return model;
    }
    static std::size_t row_of(const TemplateEditorViewModel& model, const std::string& id) {
        for (std::size_t r = 0; r < model.list.count(); ++r) {
            if (model.list.cell(r, TemplateEditorViewModel::id) == id) return r;
        }
        return model.list.count();
    }
    fs::path own;
    MemoryAudit audit;
    MemoryCatalog catalog;
};

TEST_F(Templates, ProblemsCarryTheirLineAndColumnAndThePreviewFollowsTheText) {
    const Session admin(account_with("ana", {d::Role::administrador}), audit);
    auto model = open(admin);
    const auto row = row_of(model, "imss-bienestar-honorarios");
    ASSERT_LT(row, model.list.count());
    EXPECT_EQ(model.list.cell(row, TemplateEditorViewModel::origin), "incluida");
    EXPECT_EQ(model.list.cell(row, TemplateEditorViewModel::contracts), "v1: 2");
    ASSERT_TRUE(model.open(row)) << model.error();
    EXPECT_FALSE(model.has_errors());
    EXPECT_FALSE(model.modified());
    EXPECT_EQ(model.preview_pdf().rfind("%PDF-", 0), 0U) << model.preview_note();

    // A field nobody declared, on the text's last line.
    const auto broken = model.text() + "\n{{ campo_inexistente }}\n";
    model.set_text(broken);
    EXPECT_TRUE(model.modified());
    ASSERT_TRUE(model.has_errors());
    const auto lines = static_cast<int>(std::count(broken.begin(), broken.end(), '\n'));
    bool found = false;
    for (const auto& p : model.problems()) {
        if (p.message.find("campo_inexistente") == std::string::npos) continue;
        found = true;
        EXPECT_EQ(p.line, lines);
        EXPECT_EQ(p.column, 4);  // the name itself, after "{{ "
        EXPECT_NE(p.message.find("línea " + std::to_string(lines) + ", columna 4"), std::string::npos) << p.message;
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(model.preview_pdf().empty());
    EXPECT_FALSE(model.preview_note().empty());
    EXPECT_FALSE(model.save());
    EXPECT_FALSE(fs::exists(own / "imss-bienestar-honorarios.md"));
}

TEST_F(Templates, TheOfficesCopyIsSavedByAnAdministratorAndReplacesTheBundledOne) {
    const Session clerk(account_with("carlos", {d::Role::capturista}), audit);
    auto refused = open(clerk);
    ASSERT_TRUE(refused.open(row_of(refused, "peru-locacion-servicios")));
    refused.set_text(refused.text() + "\n");
    EXPECT_FALSE(refused.save());
    EXPECT_NE(refused.error().find("administrador"), std::string::npos) << refused.error();

    const Session admin(account_with("ana", {d::Role::administrador}), audit);
    auto model = open(admin);
    ASSERT_TRUE(model.open(row_of(model, "peru-locacion-servicios")));
    // The id must stay: the file is named after it.
    auto renamed = model.text();
    renamed.replace(renamed.find("@plantilla peru-locacion-servicios"), 34, "@plantilla otra-plantilla-distinta");
    model.set_text(renamed);
    EXPECT_FALSE(model.save());
    EXPECT_NE(model.error().find("peru-locacion-servicios"), std::string::npos) << model.error();
    ASSERT_TRUE(model.open(row_of(model, "peru-locacion-servicios")));  // back to the file as it is
    model.set_text(model.text() + "\n");  // an edit that changes nothing printed
    ASSERT_TRUE(model.save()) << model.error();
    EXPECT_FALSE(model.modified());
    EXPECT_TRUE(fs::exists(own / "peru-locacion-servicios.md"));
    EXPECT_EQ(model.list.cell(row_of(model, "peru-locacion-servicios"), TemplateEditorViewModel::origin), "de la oficina");
    EXPECT_EQ(audit.rows.back().entity, "plantilla");
}

TEST_F(Templates, ABrokenOfficeFileIsListedAsUnusableWithItsErrorAndIsCorrectedInPlace) {
    fs::create_directories(own);
    std::ofstream(own / "contrato-roto.md") << "@plantilla rota\n@campo a.b texto requerido \"A\"\n\nHola {{a.c}}\n";
    const Session admin(account_with("ana", {d::Role::administrador}), audit);
    auto model = open(admin);
    const auto row = row_of(model, "rota");
    ASSERT_LT(row, model.list.count());
    EXPECT_EQ(model.list.cell(row, TemplateEditorViewModel::state), "no se puede usar");
    // Why, in place of the title a broken file does not give.
    const auto& why = model.list.cell(row, TemplateEditorViewModel::title);
    EXPECT_EQ(why.rfind("línea 4, columna ", 0), 0U) << why;
    EXPECT_NE(why.find(": el campo «a.c» no está declarado; declárelo con @campo o corrija su nombre."), std::string::npos)
        << why;
    EXPECT_EQ(model.list.cell(row, TemplateEditorViewModel::origin), "de la oficina");
    EXPECT_EQ(model.list.cell(row_of(model, "imss-bienestar-honorarios"), TemplateEditorViewModel::state), "se puede usar");

    ASSERT_TRUE(model.open(row)) << model.error();
    EXPECT_TRUE(model.has_errors());
    ASSERT_FALSE(model.problems().empty());
    EXPECT_EQ(model.problems().front().message.rfind("contrato-roto.md, línea 4, columna ", 0), 0U)
        << model.problems().front().message;
    const std::string corrected = "@plantilla rota\n@campo a.b texto requerido \"A\"\n\nHola {{a.b}}\n";
    model.set_text(corrected);
    ASSERT_TRUE(model.save()) << model.error();
    EXPECT_EQ(document::read_file(own / "contrato-roto.md"), corrected);
    EXPECT_FALSE(fs::exists(own / "rota.md"));
    EXPECT_EQ(model.list.cell(row_of(model, "rota"), TemplateEditorViewModel::state), "se puede usar");
}

}  // namespace
}  // namespace pacta::presentation
