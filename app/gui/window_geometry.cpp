#include "window_geometry.h"

#include <wx/config.h>
#include <wx/display.h>
#include <wx/toplevel.h>

#include <algorithm>

namespace pacta::gui {
namespace {

wxString key(const char* name, const char* part) { return wxString::Format("/ventanas/%s/%s", name, part); }

}  // namespace

void restore_geometry(wxTopLevelWindow* window, const char* name) {
    auto* config = wxConfigBase::Get();
    long x = 0, y = 0, width = 0, height = 0, maximized = 0;
    if (!config->Read(key(name, "ancho"), &width) || !config->Read(key(name, "alto"), &height) || width <= 0 ||
        height <= 0) {
        return;
    }
    config->Read(key(name, "x"), &x);
    config->Read(key(name, "y"), &y);
    config->Read(key(name, "maximizada"), &maximized);
    // Never larger than the screen it opens on, and never off it.
    const int display = wxDisplay::GetFromPoint(wxPoint(static_cast<int>(x), static_cast<int>(y)));
    const wxRect area = wxDisplay(display == wxNOT_FOUND ? 0U : static_cast<unsigned>(display)).GetClientArea();
    window->SetClientSize(std::min(static_cast<int>(width), area.width), std::min(static_cast<int>(height), area.height));
    if (display != wxNOT_FOUND) window->Move(static_cast<int>(x), static_cast<int>(y));
    if (maximized != 0) window->Maximize();
}

void save_geometry(const wxTopLevelWindow* window, const char* name) {
    auto* config = wxConfigBase::Get();
    config->Write(key(name, "maximizada"), window->IsMaximized() ? 1L : 0L);
    if (!window->IsMaximized() && !window->IsIconized()) {
        const auto size = window->GetClientSize();
        const auto where = window->GetPosition();
        config->Write(key(name, "ancho"), static_cast<long>(size.x));
        config->Write(key(name, "alto"), static_cast<long>(size.y));
        config->Write(key(name, "x"), static_cast<long>(where.x));
        config->Write(key(name, "y"), static_cast<long>(where.y));
    }
    config->Flush();
}

}  // namespace pacta::gui
