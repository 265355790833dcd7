#pragma once
// A list screen: a search box that filters as one types, the list, and its count.

#include <functional>

#include <wx/panel.h>

#include "record_list_ctrl.h"

class wxSearchCtrl;
class wxStaticText;

namespace pacta::gui {

class ListPanel : public wxPanel {
public:
    ListPanel(wxWindow* parent, presentation::RecordList& list, const std::vector<int>& widths);
    // Called with the visible row a person opens (double click or Enter).
    void on_open(std::function<void(std::size_t row)> handler) { open_ = std::move(handler); }
    void refresh();
    [[nodiscard]] RecordListCtrl* list_ctrl() const { return ctrl_; }
    [[nodiscard]] wxSearchCtrl* search_box() const { return search_; }

private:
    presentation::RecordList& list_;
    wxSearchCtrl* search_;
    RecordListCtrl* ctrl_;
    wxStaticText* count_;
    std::function<void(std::size_t)> open_;
};

}  // namespace pacta::gui
