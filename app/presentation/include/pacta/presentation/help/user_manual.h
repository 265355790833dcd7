#pragma once
// Ayuda: the user's manual, shipped with Pacta and read offline, and the keyboard shortcuts.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pacta::presentation {

// The pages of the manual (docs/ in the sources; share/pacta/manual once installed), the
// first one being where it opens. Only these are ever read.
[[nodiscard]] const std::vector<std::string>& manual_pages();

// A page of the manual in `folder` as HTML for a help window; nullopt when `page` is not one
// of manual_pages() or cannot be read. Links between pages stay as they are written
// ("escritorio.md"), for the window to follow.
[[nodiscard]] std::optional<std::string> manual_page_html(const std::filesystem::path& folder, const std::string& page);

struct KeyboardShortcut {
    std::string keys;    // "Ctrl+N"
    std::string action;  // "Nuevo contrato"
};
// Every shortcut the desktop answers to, in the interface's language.
[[nodiscard]] std::vector<KeyboardShortcut> keyboard_shortcuts();

}  // namespace pacta::presentation
