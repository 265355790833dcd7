#include "record_list_ctrl.h"

#include "wx_text.h"

namespace pacta::gui {

RecordListCtrl::RecordListCtrl(wxWindow* parent, presentation::ListModel& list, const std::vector<int>& widths)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL),
      list_(list) {
    for (std::size_t c = 0; c < list_.columns().size(); ++c) {
        AppendColumn(to_wx(list_.columns()[c]), wxLIST_FORMAT_LEFT, c < widths.size() ? widths[c] : 120);
    }
    Bind(wxEVT_LIST_COL_CLICK, [this](wxListEvent& e) {
        const auto column = static_cast<std::size_t>(e.GetColumn());
        ascending_ = column == sort_column_ ? !ascending_ : true;
        sort_column_ = column;
        list_.sort_by(column, ascending_);
        refresh();
    });
    refresh();
}

void RecordListCtrl::refresh() {
    SetItemCount(static_cast<long>(list_.count()));
    Refresh();
}

wxString RecordListCtrl::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= list_.count()) return {};
    return to_wx(list_.cell(static_cast<std::size_t>(item), static_cast<std::size_t>(column)));
}

}  // namespace pacta::gui
