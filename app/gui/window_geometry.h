#pragma once
// The main window's size and position as the person left them, kept in the settings file.
// The client area is kept, not the outer size: a window manager's frame would otherwise be
// added again at every start (the window grew a few pixels each time).

class wxTopLevelWindow;

namespace pacta::gui {

// Restores what was saved under `name` (nothing when nothing was), within the screen.
void restore_geometry(wxTopLevelWindow* window, const char* name);
// Saves it; called as the window closes.
void save_geometry(const wxTopLevelWindow* window, const char* name);

}  // namespace pacta::gui
