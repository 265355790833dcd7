#include "paged_list_ctrl.h"

#include "list_columns.h"
#include "wx_text.h"

namespace pacta::gui {

PagedListCtrl::PagedListCtrl(wxWindow* parent, const std::vector<std::string>& columns, const std::vector<int>& widths,
                             Cell cell)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL),
      cell_(std::move(cell)) {
    append_titled_columns(this, columns, widths);
    Bind(wxEVT_LIST_COL_CLICK, [this](wxListEvent& e) {
        if (!sort_ || e.GetColumn() < 0) return;
        const auto column = static_cast<std::size_t>(e.GetColumn());
        ascending_ = column == sort_column_ ? !ascending_ : true;
        sort_column_ = column;
        sort_(column, ascending_);
        ShowSortIndicator(static_cast<int>(column), ascending_);  // which column orders it, and which way
    });
}

void PagedListCtrl::set_count(std::size_t count) {
    count_ = count;
    SetItemCount(static_cast<long>(count));
    Refresh();
}

std::optional<std::size_t> PagedListCtrl::selected_row() const {
    const long row = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0) return std::nullopt;
    return static_cast<std::size_t>(row);
}

wxString PagedListCtrl::OnGetItemText(long item, long column) const {
    if (item < 0 || column < 0 || static_cast<std::size_t>(item) >= count_) return {};
    return to_wx(cell_(static_cast<std::size_t>(item), static_cast<std::size_t>(column)));
}

}  // namespace pacta::gui
