#include "menu_shortcuts.h"

#include <memory>

#include <wx/accel.h>
#include <wx/frame.h>
#include <wx/menu.h>

namespace pacta::gui {

namespace {

wxMenuItem* item_with_shortcut(wxMenu* menu, int flags, int key) {
    for (auto* item : menu->GetMenuItems()) {
        if (item->IsSubMenu()) {
            if (auto* found = item_with_shortcut(item->GetSubMenu(), flags, key)) return found;
            continue;
        }
        const std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
        if (accel && accel->GetFlags() == flags && accel->GetKeyCode() == key) return item;
    }
    return nullptr;
}

}  // namespace

void give_menu_shortcuts_priority(wxFrame* frame) {
    frame->Bind(wxEVT_CHAR_HOOK, [frame](wxKeyEvent& event) {
        event.Skip();
        auto* origin = dynamic_cast<wxWindow*>(event.GetEventObject());
        if (!event.ControlDown() || event.AltDown() || frame->GetMenuBar() == nullptr ||
            (origin != nullptr && wxGetTopLevelParent(origin) != frame)) {
            return;
        }
        const int flags = wxACCEL_CTRL | (event.ShiftDown() ? wxACCEL_SHIFT : 0);
        int key = event.GetKeyCode();
        if (key >= 'a' && key <= 'z') key -= 'a' - 'A';
        wxMenuBar* bar = frame->GetMenuBar();
        for (std::size_t m = 0; m < bar->GetMenuCount(); ++m) {
            auto* item = item_with_shortcut(bar->GetMenu(m), flags, key);
            if (item == nullptr) continue;
            if (!item->IsEnabled()) return;
            event.Skip(false);
            wxCommandEvent command(wxEVT_MENU, item->GetId());
            command.SetEventObject(frame);
            frame->ProcessWindowEvent(command);
            return;
        }
    });
}

}  // namespace pacta::gui
