#include "rows_provider_ctrl.h"

#include "wx_text.h"

namespace pacta::gui {

RowsProviderCtrl::RowsProviderCtrl(wxWindow* parent, presentation::RowsProvider& rows, const std::vector<int>& widths)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL),
      rows_(rows) {
    for (std::size_t c = 0; c < rows_.columns().size(); ++c) {
        AppendColumn(to_wx(rows_.columns()[c]), wxLIST_FORMAT_LEFT, c < widths.size() ? widths[c] : 120);
    }
    Bind(wxEVT_LIST_CACHE_HINT, [this](wxListEvent& e) {
        if (e.GetCacheFrom() < 0 || e.GetCacheTo() < e.GetCacheFrom()) return;
        // Sent while painting: a new count is applied after the paint.
        if (rows_.showing(static_cast<std::size_t>(e.GetCacheFrom()), static_cast<std::size_t>(e.GetCacheTo()))) {
            CallAfter([this] { refresh(); });
        }
    });
    refresh();
}

void RowsProviderCtrl::refresh() {
    SetItemCount(static_cast<long>(rows_.size()));
    Refresh();
}

wxString RowsProviderCtrl::OnGetItemText(long item, long column) const {
    if (item < 0 || column < 0) return {};
    return to_wx(rows_.cell(static_cast<std::size_t>(item), static_cast<std::size_t>(column)));
}

}  // namespace pacta::gui
