#pragma once
// A virtual report list over a ListModel: it asks only for the cells on screen, so 100,000
// rows scroll smoothly. Column widths are fixed (auto-sizing measures every row).

#include <string>

#include <wx/listctrl.h>

#include "pacta/presentation/common/list_model.h"

namespace pacta::gui {

class RecordListCtrl : public wxListCtrl {
public:
    RecordListCtrl(wxWindow* parent, presentation::ListModel& list, const std::vector<int>& widths);
    // After the list's rows, search or sorting changed: the selected record stays selected
    // (found by its key near where it was) and the first row in view stays in view.
    void refresh();

private:
    [[nodiscard]] wxString OnGetItemText(long item, long column) const override;

    presentation::ListModel& list_;
    std::string selected_key_;  // row_key of the selected row, "" when none
    long selected_at_ = -1;
    std::size_t sort_column_ = 0;
    bool ascending_ = true;
};

}  // namespace pacta::gui
