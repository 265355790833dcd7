#pragma once
// A virtual report list over a RowsProvider, whose rows stay in the store: the control says
// which stretch it is about to paint (wxEVT_LIST_CACHE_HINT) so the provider reads it in one
// query, then asks only for the cells on screen. Newest first, in the provider's order.

#include <wx/listctrl.h>

#include "pacta/presentation/common/rows_provider.h"

namespace pacta::gui {

class RowsProviderCtrl : public wxListCtrl {
public:
    RowsProviderCtrl(wxWindow* parent, presentation::RowsProvider& rows, const std::vector<int>& widths);
    // After the provider's rows or filters changed.
    void refresh();

private:
    [[nodiscard]] wxString OnGetItemText(long item, long column) const override;

    presentation::RowsProvider& rows_;
};

}  // namespace pacta::gui
