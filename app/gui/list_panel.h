#pragma once
// A list screen: a search box that filters as one types, the list, and its count.

#include <functional>
#include <optional>
#include <string>

#include <wx/panel.h>

#include "record_list_ctrl.h"

class wxSearchCtrl;
class wxStaticText;
class wxChoice;
class wxButton;
class wxBoxSizer;

namespace pacta::gui {

class ListPanel : public wxPanel {
public:
    // `name` keeps the column widths between sessions; `filters` are the columns offered as
    // filters (state, unit, regime...), each a choice of the values present.
    ListPanel(wxWindow* parent, presentation::ListModel& list, const std::vector<int>& widths, std::string name = {},
              std::vector<std::size_t> filters = {});
    // Called with the visible row a person opens (double click or Enter).
    void on_open(std::function<void(std::size_t row)> handler) { open_ = std::move(handler); }
    void refresh();
    // "12 de 340": rows shown of rows loaded; `handler` hears it after every refresh.
    [[nodiscard]] wxString count_text() const;
    void on_count(std::function<void(const wxString&)> handler) { counted_ = std::move(handler); }
    // A button under the list; `handler` gets the selected row, if any.
    wxButton* add_button(const wxString& label, std::function<void(std::optional<std::size_t> row)> handler);
    [[nodiscard]] std::optional<std::size_t> selected_row() const;
    // Two date pickers that keep the rows whose period (two date columns) overlaps theirs.
    // `from_label` names what the period is about ("In force from:").
    void add_period_filter(std::size_t start_column, std::size_t end_column, const wxString& from_label);
    // The filters' choices, after the rows changed.
    void refresh_filters();
    [[nodiscard]] RecordListCtrl* list_ctrl() const { return ctrl_; }
    [[nodiscard]] wxSearchCtrl* search_box() const { return search_; }

private:
    presentation::ListModel& list_;
    wxSearchCtrl* search_;
    RecordListCtrl* ctrl_;
    wxStaticText* count_;
    wxBoxSizer* buttons_;
    wxBoxSizer* top_;
    std::function<void(std::size_t)> open_;
    std::function<void(const wxString&)> counted_;
    std::string name_;
    std::vector<std::pair<std::size_t, wxChoice*>> filters_;
};

}  // namespace pacta::gui
