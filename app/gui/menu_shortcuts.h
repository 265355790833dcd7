#pragma once
// Menu shortcuts first: a focused list would otherwise take some for itself (GTK's lists move
// the cursor on Ctrl+N and Ctrl+P, so «Contrato nuevo» did nothing from the sidebar).

class wxFrame;

namespace pacta::gui {

// Keys pressed with Ctrl in `frame` (not in a dialog over it) run the enabled menu command
// they are the shortcut of, before the focused control sees them.
void give_menu_shortcuts_priority(wxFrame* frame);

}  // namespace pacta::gui
