// The templates an installation offers: a broken one of the office is listed with its first
// problem on one line, without its file's name in front twice, and named by its file when it
// declares no id.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/templates/installed_templates.h"

namespace pacta::presentation {
namespace {

namespace fs = std::filesystem;

TEST(InstalledTemplates, ABrokenTemplateIsNamedWithItsFirstProblemOnOneLine) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    const fs::path own = fs::temp_directory_path() / ("pacta-instaladas-" + std::to_string(::getpid()));
    fs::create_directories(own);
    std::ofstream(own / "roto.md") << "@plantilla roto\n@titulo Roto\n@pais MX\n\nHola {{a.c}}.\n";
    std::ofstream(own / "sin-id.md") << "Sin encabezado {{x}}\n";
    const document::TemplateLibrary library(PACTA_SOURCE_DIR "/document/plantillas", own);
    const auto entries = library.list();
    const auto find = [&](const std::string& file) {
        return *std::find_if(entries.begin(), entries.end(),
                             [&](const document::TemplateEntry& e) { return e.path.filename() == file; });
    };
    const auto broken = find("roto.md");
    ASSERT_FALSE(broken.usable());
    const auto problem = template_problem(broken);
    EXPECT_EQ(problem.find('\n'), std::string::npos) << problem;
    EXPECT_EQ(problem.rfind("roto.md", 0), std::string::npos) << problem;
    EXPECT_NE(problem.find("a.c"), std::string::npos) << problem;
    EXPECT_EQ(unusable_template_line(broken), "roto.md: no se puede usar: " + problem);
    EXPECT_EQ(template_name(broken), "roto");
    EXPECT_EQ(template_name(find("sin-id.md")), "sin-id.md");
    // A bundled template is usable and has nothing to say.
    const auto bundled = *library.find("imss-bienestar-honorarios");
    EXPECT_TRUE(template_problem(bundled).empty());
    fs::remove_all(own);
}

}  // namespace
}  // namespace pacta::presentation
