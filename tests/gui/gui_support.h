#pragma once
// What every desktop test shares: the reference office on a temporary database, logged in
// as its administrator; letting the window settle; screenshots kept as test artefacts.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

class wxButton;
class wxWindow;

#include "gui_workspace.h"

namespace pacta::gui_testing {

// Runs the event loop for half a second: layout, paint and deferred calls happen.
void settle();
// The whole screen as <artefacts>/<folder>/<name>.png; its size in bytes (0 on failure).
std::uintmax_t screenshot(const std::string& name, const std::string& folder = "gui");
// The button among `panel`'s children labelled `label` (as shown, with its «&»), or nullptr.
wxButton* button_labelled(wxWindow* panel, const std::string& label);

// The reference office on a temporary database: the administrator (also an HR clerk) set
// up through the first-start view-model and logged in, two people, and a contract drafted
// from the bundled template with the real records.
struct Office {
    std::filesystem::path dir;
    std::unique_ptr<gui::GuiWorkspace> ws;
    std::string folio;
};
[[nodiscard]] Office open_office(const std::string& name);

}  // namespace pacta::gui_testing
