#pragma once
// A virtual report list whose rows come from a callback (a view-model's window of rows read
// from the store): it asks only for the cells on screen, and a click on a heading asks the
// owner to sort. Unlike RecordListCtrl it holds no rows of its own.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <wx/listctrl.h>

namespace pacta::gui {

class PagedListCtrl : public wxListCtrl {
public:
    using Cell = std::function<std::string(std::size_t row, std::size_t column)>;
    PagedListCtrl(wxWindow* parent, const std::vector<std::string>& columns, const std::vector<int>& widths, Cell cell);
    // After the rows changed (a filter, an order, a move): their number, and redraw.
    void set_count(std::size_t count);
    // Called with the column clicked and the order asked (a second click reverses it).
    void on_sort(std::function<void(std::size_t column, bool ascending)> handler) { sort_ = std::move(handler); }
    [[nodiscard]] std::optional<std::size_t> selected_row() const;

private:
    [[nodiscard]] wxString OnGetItemText(long item, long column) const override;

    Cell cell_;
    std::function<void(std::size_t, bool)> sort_;
    std::size_t count_ = 0;
    std::size_t sort_column_ = 0;
    bool ascending_ = true;
};

}  // namespace pacta::gui
