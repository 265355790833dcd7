#pragma once
// What every desktop test shares: the reference office on a temporary database, logged in
// as its administrator; letting the window settle; screenshots kept as test artefacts.

#include <cstdint>
#include <functional>
#include <filesystem>
#include <memory>
#include <string>

class wxButton;
class wxDialog;
namespace pacta::gui {
class SettingsPanel;
}
class wxWindow;

#include "gui_workspace.h"

namespace pacta::gui_testing {

// Runs the event loop for half a second: layout, paint and deferred calls happen.
void settle();
// The whole screen as <artefacts>/<folder>/<name>.png; its size in bytes (0 on failure).
std::uintmax_t screenshot(const std::string& name, const std::string& folder = "gui");
// The button among `panel`'s children labelled `label` (as shown, with its «&»), or nullptr.
wxButton* button_labelled(wxWindow* panel, const std::string& label);

// Runs `steps` on the next modal dialog titled `title` once it is shown, from inside its own
// event loop (as a person would act on it); a dialog `steps` leaves open is cancelled, so a
// failed expectation inside them cannot hang the test; a dialog that never shows within a
// minute is a failure. (A system message box nobody expected still waits for ctest's timeout.)
void when_modal(const std::string& title, std::function<void(wxDialog&)> steps);
// Keys as a person types them (XTest under Xvfb), each followed by a settle().
void type_text(const std::string& text);
void press_key(int key, int modifiers = 0);
// Every static text of `window` and its children, joined by newlines (what a reader sees).
std::string texts_of(wxWindow* window);

// Configuración › Tablas de ISR (the page shown): `year`'s table imported from a file in `dir`
// shaped like the bundled 2026 one, preview skipped. The page's error; empty when kept.
std::string import_isr_table(gui::SettingsPanel* settings, const std::filesystem::path& dir, int year);

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
