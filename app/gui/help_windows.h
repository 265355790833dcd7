#pragma once
// Ayuda: the manual shipped with Pacta in a window of its own (offline, its pages linked to
// each other), and the keyboard shortcuts.

class wxWindow;

namespace pacta::gui {

// Opens at the manual's first page; returns the window (tests take its screenshot).
wxWindow* show_manual(wxWindow* parent);
void show_keyboard_shortcuts(wxWindow* parent);

}  // namespace pacta::gui
