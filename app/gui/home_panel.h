#pragma once
// Inicio: what needs the user's attention, and the two charts.

#include <functional>
#include <optional>

#include <wx/panel.h>

#include "gui_workspace.h"
#include "pacta/presentation/home/home_screen.h"

class wxListBox;

namespace pacta::gui {

class BarChart;

class HomePanel : public wxPanel {
public:
    // `open_contract` is called with the folio of an item the user opens; `show_all` with the
    // group whose «See all» line the user opens (the main frame shows the whole of it).
    HomePanel(wxWindow* parent, GuiWorkspace& workspace, std::function<void(const std::string&)> open_contract,
              std::function<void(presentation::AttentionKind)> show_all);
    void reload();
    [[nodiscard]] presentation::HomeViewModel& model() { return model_; }
    // Opens line `line` of the list as a double click does.
    void open_line(std::size_t line);

private:
    struct Line {
        std::string folio;                               // an item: the contract to open
        std::optional<presentation::AttentionKind> more;  // «See all»: its group
    };
    presentation::HomeViewModel model_;
    std::function<void(const std::string&)> open_contract_;
    std::function<void(presentation::AttentionKind)> show_all_;
    wxListBox* attention_;
    std::vector<Line> lines_;  // per line of the list; neither for headings
    BarChart* payments_;
    BarChart* staff_;
};

}  // namespace pacta::gui
