#include "pacta/presentation/help/user_manual.h"

#include <md4c-html.h>

#include <algorithm>

#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"

namespace pacta::presentation {

using locale::tr;

const std::vector<std::string>& manual_pages() {
    static const std::vector<std::string> pages{"manual.md", "escritorio.md", "revision.md", "pagos.md",
                                                "plantillas.md", "datos.md"};
    return pages;
}

std::optional<std::string> manual_page_html(const std::filesystem::path& folder, const std::string& page) {
    const auto& pages = manual_pages();
    if (std::find(pages.begin(), pages.end(), page) == pages.end()) return std::nullopt;
    const auto markdown = document::read_file(folder / page);
    if (!markdown) return std::nullopt;
    std::string html = "<html><head><meta charset=\"utf-8\"></head><body>";
    const auto append = [](const MD_CHAR* text, MD_SIZE size, void* out) {
        static_cast<std::string*>(out)->append(text, size);
    };
    if (md_html(markdown->data(), static_cast<MD_SIZE>(markdown->size()), append, &html, MD_DIALECT_GITHUB, 0) != 0) {
        return std::nullopt;
    }
    return html + "</body></html>";
}

std::vector<KeyboardShortcut> keyboard_shortcuts() {
    return {
        {"Ctrl+N", tr("New contract")},
        {"Ctrl+Shift+N", tr("New person")},
        {"Ctrl+F", tr("Search in the list on screen")},
        {"Ctrl+1", tr("Home")},
        {"Ctrl+2", tr("Contracts")},
        {"Ctrl+3", tr("Staff")},
        {"Ctrl+4", tr("Payments")},
        {"Ctrl+5", tr("Templates and clauses")},
        {"Ctrl+6", tr("Signatories")},
        {"Ctrl+7", tr("Audit trail")},
        {"Ctrl+8", tr("Settings")},
        {"Ctrl+9", tr("Reports")},
        {"F1", tr("User manual")},
        {"Ctrl+Q", tr("Quit")},
        {tr("Enter"), tr("Open the row chosen in a list")},
        {tr("Tab / Shift+Tab"), tr("Next or previous field")},
        {tr("Esc"), tr("Close a window without saving")},
    };
}

}  // namespace pacta::presentation
