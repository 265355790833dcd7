#pragma once
// Inicio: what needs the user's attention, and the two charts.

#include <functional>

#include <wx/panel.h>

#include "gui_workspace.h"
#include "pacta/presentation/home_screen.h"

class wxListBox;

namespace pacta::gui {

class BarChart;

class HomePanel : public wxPanel {
public:
    // `open_contract` is called with the folio of an item the user opens.
    HomePanel(wxWindow* parent, GuiWorkspace& workspace, std::function<void(const std::string&)> open_contract);
    void reload();
    [[nodiscard]] presentation::HomeViewModel& model() { return model_; }

private:
    presentation::HomeViewModel model_;
    std::function<void(const std::string&)> open_contract_;
    wxListBox* attention_;
    std::vector<std::string> folios_;  // per line of the list; empty for headings
    BarChart* payments_;
    BarChart* staff_;
};

}  // namespace pacta::gui
