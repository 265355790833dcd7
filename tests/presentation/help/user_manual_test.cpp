// Ayuda: the manual shipped with Pacta, read offline as HTML, only its own pages; and every
// keyboard shortcut in the interface's language.
#include <gtest/gtest.h>

#include <set>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/help/user_manual.h"

namespace pacta::presentation {
namespace {

TEST(UserManual, ItsPagesReadAsHtmlAndNothingElseIsRead) {
    const std::filesystem::path docs = PACTA_SOURCE_DIR "/docs";
    for (const auto& page : manual_pages()) {
        const auto html = manual_page_html(docs, page);
        ASSERT_TRUE(html) << page;
        EXPECT_NE(html->find("<h1>"), std::string::npos) << page;
    }
    const auto first = *manual_page_html(docs, manual_pages().front());
    EXPECT_NE(first.find("<h1>Guía del usuario</h1>"), std::string::npos);
    EXPECT_NE(first.find("href=\"escritorio.md\""), std::string::npos);  // links left for the window
    EXPECT_FALSE(manual_page_html(docs, "seguridad.md"));                 // not a page of the manual
    EXPECT_FALSE(manual_page_html(docs, "../README.md"));
    EXPECT_FALSE(manual_page_html(docs / "no-existe", "manual.md"));
}

TEST(UserManual, EveryShortcutIsListedOnceInTheInterfacesLanguage) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    const auto shortcuts = keyboard_shortcuts();
    std::set<std::string> keys;
    for (const auto& s : shortcuts) {
        EXPECT_TRUE(keys.insert(s.keys).second) << s.keys;
        EXPECT_FALSE(s.action.empty());
    }
    EXPECT_TRUE(keys.count("Ctrl+N"));
    EXPECT_TRUE(keys.count("F1"));
    EXPECT_EQ(shortcuts.front().action, "Contrato nuevo");
}

}  // namespace
}  // namespace pacta::presentation
