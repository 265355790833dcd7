// The template library: a template is known by the id its @plantilla line declares, whatever
// its file is called; the office's templates replace bundled ones with the same id; a broken
// file is listed with its first error instead of disappearing; two office files with the
// same id are both unusable, each naming the other.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"

namespace pacta::document {
namespace {

namespace fs = std::filesystem;

std::string small_template(const std::string& id, const std::string& title) {
    return "%% A comment before the id\n@plantilla " + id + "\n@version 3\n@titulo " + title +
           "\n@campo persona.nombre texto requerido \"Nombre\"\n\nContrato con {{persona.nombre}}.\n";
}

class Library : public testing::Test {
protected:
    void SetUp() override {
        root = fs::temp_directory_path() / ("pacta-biblioteca-" + std::to_string(::getpid()));
        bundled = root / "incluidas";
        own = root / "oficina";
        fs::remove_all(root);
        fs::create_directories(bundled);
        fs::create_directories(own);
        write(bundled / "honorarios.md", small_template("honorarios", "Incluida"));
        write(bundled / "honorarios.ejemplo.json", R"({"persona": {"nombre": "Ana"}})");
        write(bundled / "otra.md", small_template("otra", "Otra incluida"));
    }
    void TearDown() override { fs::remove_all(root); }
    static void write(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }
    [[nodiscard]] TemplateLibrary library() const { return TemplateLibrary(bundled, own); }
    static const TemplateEntry* entry_named(const std::vector<TemplateEntry>& entries, const std::string& file) {
        const auto it = std::find_if(entries.begin(), entries.end(),
                                     [&](const TemplateEntry& e) { return e.path.filename() == file; });
        return it == entries.end() ? nullptr : &*it;
    }

    fs::path root;
    fs::path bundled;
    fs::path own;
};

TEST(DeclaredTemplateId, ReadsTheHeaderAsTheParserDoes) {
    EXPECT_EQ(declared_template_id("@plantilla mi-contrato\n@version 2\n"), "mi-contrato");
    EXPECT_EQ(declared_template_id("%% comentario\n\n  @plantilla  \"entre-comillas\"\r\nTexto\n"), "entre-comillas");
    EXPECT_EQ(declared_template_id("@plantilla primera\n@plantilla segunda\n"), "segunda");
    // The body starts at the first line that is neither a directive nor a comment.
    EXPECT_EQ(declared_template_id("Texto\n@plantilla tarde\n"), "");
    EXPECT_EQ(declared_template_id("@plantilla\n@plantillas otra\n"), "");
}

TEST_F(Library, AnOfficeFileIsFoundByTheIdItDeclaresWhateverItsName) {
    write(own / "contrato-locacion.md", small_template("locacion-oficina", "Locación de la oficina"));
    write(own / "contrato-locacion.ejemplo.json", R"({"persona": {"nombre": "Luis"}})");
    const auto lib = library();
    const auto entry = lib.find("locacion-oficina");
    ASSERT_TRUE(entry);
    EXPECT_TRUE(entry->usable());
    EXPECT_EQ(entry->path, own / "contrato-locacion.md");
    EXPECT_EQ(entry->version, 3);
    EXPECT_EQ(entry->title, "Locación de la oficina");
    EXPECT_EQ(lib.template_path("locacion-oficina"), own / "contrato-locacion.md");
    EXPECT_FALSE(lib.find("contrato-locacion")) << "the file's name is not an id";
    // Its example, by the file's name; one named by the id is preferred.
    EXPECT_EQ(lib.example_path("locacion-oficina"), own / "contrato-locacion.ejemplo.json");
    write(own / "locacion-oficina.ejemplo.json", "{}");
    EXPECT_EQ(lib.example_path("locacion-oficina"), own / "locacion-oficina.ejemplo.json");
    EXPECT_FALSE(lib.example_path("otra"));

    const auto entries = lib.list();
    ASSERT_EQ(entries.size(), 3U);
    EXPECT_EQ(entries[0].id, "honorarios");
    EXPECT_EQ(entries[1].id, "locacion-oficina");
    EXPECT_EQ(entries[2].id, "otra");
}

TEST_F(Library, TheOfficesTemplateReplacesTheBundledOneWithTheSameId) {
    write(own / "honorarios-2025.md", small_template("honorarios", "De la oficina"));
    const auto lib = library();
    EXPECT_EQ(lib.template_path("honorarios"), own / "honorarios-2025.md");
    // The bundled example still serves the office's copy.
    EXPECT_EQ(lib.example_path("honorarios"), bundled / "honorarios.ejemplo.json");
    const auto entries = lib.list();
    ASSERT_EQ(entries.size(), 2U);
    EXPECT_EQ(entries[0].title, "De la oficina");
    EXPECT_EQ(entries[1].id, "otra");
}

TEST_F(Library, ABrokenFileIsListedWithItsFirstErrorAndTheOthersStayUsable) {
    write(own / "contrato-roto.md", "@plantilla rota\n@campo a.b texto requerido \"A\"\n\nHola {{a.c}} y {{a.d}}\n");
    write(own / "sin-id.md", "@campo a.b texto requerido \"A\"\n\n{{a.b}}\n");
    write(own / "notas.txt", "not a template");
    const auto lib = library();
    const auto entries = lib.list();
    ASSERT_EQ(entries.size(), 4U);
    const auto* broken = entry_named(entries, "contrato-roto.md");
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->id, "rota");
    ASSERT_FALSE(broken->usable());
    EXPECT_EQ(broken->problem->code, "template.unknown_field");
    EXPECT_EQ(broken->problem->field, "contrato-roto.md");
    EXPECT_EQ(broken->problem->param("line"), "4");
    EXPECT_FALSE(broken->problem->param("column").empty());
    EXPECT_EQ(broken->problem->param("name"), "a.c");
    const auto* no_id = entry_named(entries, "sin-id.md");
    ASSERT_TRUE(no_id);
    EXPECT_EQ(no_id->id, "");
    ASSERT_FALSE(no_id->usable());
    EXPECT_EQ(no_id->problem->code, "template.missing_id");
    EXPECT_TRUE(entry_named(entries, "honorarios.md")->usable());
    EXPECT_TRUE(entry_named(entries, "otra.md")->usable());

    const auto found = lib.find("rota");
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->usable());
    EXPECT_TRUE(lib.find("honorarios")->usable());
}

TEST_F(Library, TwoOfficeFilesWithTheSameIdAreBothUnusableAndNameEachOther) {
    write(own / "a-locacion.md", small_template("locacion", "Primera"));
    write(own / "b-locacion.md", small_template("locacion", "Segunda"));
    const auto lib = library();
    const auto entries = lib.list();
    const auto* first = entry_named(entries, "a-locacion.md");
    const auto* second = entry_named(entries, "b-locacion.md");
    ASSERT_TRUE(first && second);
    for (const auto* e : {first, second}) {
        ASSERT_FALSE(e->usable());
        EXPECT_EQ(e->problem->code, "template.duplicate_id");
        EXPECT_EQ(e->problem->param("id"), "locacion");
    }
    EXPECT_EQ(first->problem->field, "a-locacion.md");
    EXPECT_EQ(first->problem->param("other"), "b-locacion.md");
    EXPECT_EQ(second->problem->param("other"), "a-locacion.md");
    const auto found = lib.find("locacion");
    ASSERT_TRUE(found);
    ASSERT_FALSE(found->usable());
    EXPECT_EQ(found->problem->code, "template.duplicate_id");
}

TEST(JsonData, TheSkeletonsHelpIsNotData) {
    const auto parsed = parse_json_data(
        R"({"persona": {"nombre": "Ana"}, "_ayuda": {"persona.nombre": "Nombre — texto, requerido"}})", "datos.json");
    ASSERT_TRUE(parsed.value);
    EXPECT_EQ(parsed.value->record().count("_ayuda"), 0U);
    EXPECT_EQ(parsed.value->record().count("persona"), 1U);
}

}  // namespace
}  // namespace pacta::document
