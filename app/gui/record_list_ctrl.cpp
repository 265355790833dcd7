#include "record_list_ctrl.h"

#include <algorithm>

#include "list_columns.h"
#include "wx_text.h"

namespace pacta::gui {

RecordListCtrl::RecordListCtrl(wxWindow* parent, presentation::ListModel& list, const std::vector<int>& widths)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL),
      list_(list) {
    append_titled_columns(this, list_.columns(), widths);
    Bind(wxEVT_LIST_COL_CLICK, [this](wxListEvent& e) {
        const auto column = static_cast<std::size_t>(e.GetColumn());
        ascending_ = column == sort_column_ ? !ascending_ : true;
        sort_column_ = column;
        list_.sort_by(column, ascending_);
        ShowSortIndicator(static_cast<int>(column), ascending_);  // which column orders it, and which way
        refresh();
    });
    Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        selected_at_ = e.GetIndex();
        selected_key_ = selected_at_ >= 0 && static_cast<std::size_t>(selected_at_) < list_.count()
                            ? list_.row_key(static_cast<std::size_t>(selected_at_))
                            : std::string();
        e.Skip();
    });
    Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent& e) {
        selected_key_.clear();
        selected_at_ = -1;
        e.Skip();
    });
    refresh();
}

void RecordListCtrl::refresh() {
    const long top = GetItemCount() > 0 ? GetTopItem() : 0;
    const auto count = static_cast<long>(list_.count());
    const std::string key = selected_key_;
    const long was_at = selected_at_;
    SetItemCount(count);
    // The record may have moved (sorting, a row added above it); it is looked for near where
    // it was, so a paged list reads no page far from the view.
    long found = -1;
    if (!key.empty()) {
        constexpr long reach = 2000;
        const long from = std::max(0L, was_at - reach);
        const long to = std::min(count, was_at + reach + 1);
        for (long row = from; row < to && found < 0; ++row) {
            if (list_.row_key(static_cast<std::size_t>(row)) == key) found = row;
        }
    }
    for (long row = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); row >= 0;
         row = GetNextItem(row, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED)) {
        if (row != found) SetItemState(row, 0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
    if (found >= 0) {
        SetItemState(found, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        selected_at_ = found;
    } else {
        selected_key_.clear();
        selected_at_ = -1;
    }
    if (count > 0) {
        // The last row of the old view, then its first: that row is at the top again.
        EnsureVisible(std::min(count - 1, top + std::max(0, GetCountPerPage() - 1)));
        EnsureVisible(std::min(count - 1, top));
    }
    Refresh();
}

wxString RecordListCtrl::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= list_.count()) return {};
    return to_wx(list_.cell(static_cast<std::size_t>(item), static_cast<std::size_t>(column)));
}

}  // namespace pacta::gui
