#pragma once
// A choice inside a scrolled form changes its value by the wheel only once focused: turning
// the wheel over it while scrolling the form scrolls the form (a clerk's «Categoría» once
// flipped silently that way).

#include <wx/event.h>
#include <wx/window.h>

namespace pacta::gui {

inline void scroll_form_unless_focused(wxWindow* control) {
    control->Bind(wxEVT_MOUSEWHEEL, [control](wxMouseEvent& e) {
        if (control->HasFocus()) {
            e.Skip();
            return;
        }
        if (wxWindow* parent = control->GetParent()) parent->GetEventHandler()->ProcessEvent(e);
    });
}

}  // namespace pacta::gui
