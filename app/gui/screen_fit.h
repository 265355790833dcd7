#pragma once
// Windows never larger than the screen's free area, so a 1024×700 display shows them whole.

#include <wx/display.h>
#include <wx/window.h>

namespace pacta::gui {

inline void fit_to_screen(wxWindow* window) {
    const int display = wxDisplay::GetFromWindow(window);
    const wxDisplay screen(display == wxNOT_FOUND ? 0U : static_cast<unsigned>(display));
    auto size = window->GetSize();
    size.DecTo(screen.GetClientArea().GetSize());
    window->SetSize(size);
}

}  // namespace pacta::gui
