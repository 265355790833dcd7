#pragma once
// A report's table in Reportes: one section's rows and its totals row (bold, shaded), read
// on demand by a virtual list, columns sized to their content.

#include <algorithm>

#include <wx/listctrl.h>

#include "pacta/presentation/reports/report.h"
#include "wx_text.h"

namespace pacta::gui {

// The rows of one section and its totals row, read on demand (a list of thousands of
// overdue steps costs nothing to show).
class ReportTableCtrl : public wxListCtrl {
public:
    explicit ReportTableCtrl(wxWindow* parent)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_HRULES) {}

    void show(const presentation::ReportSection* section) {
        section_ = section;
        ClearAll();
        if (section_ == nullptr) {
            SetItemCount(0);
            return;
        }
        for (std::size_t c = 0; c < section_->columns.size(); ++c) {
            const auto& column = section_->columns[c];
            AppendColumn(to_wx(column.title), column.kind == presentation::CellKind::text ? wxLIST_FORMAT_LEFT : wxLIST_FORMAT_RIGHT);
            // Sized to the header and the widest of the first rows.
            int widest = GetTextExtent(to_wx(column.title)).GetWidth();
            for (std::size_t r = 0; r < std::min<std::size_t>(section_->rows.size(), 200); ++r) {
                widest = std::max(widest, GetTextExtent(to_wx(presentation::cell_text(section_->rows[r][c]))).GetWidth());
            }
            if (!section_->totals.empty()) widest = std::max(widest, GetTextExtent(to_wx(presentation::cell_text(section_->totals[c]))).GetWidth());
            SetColumnWidth(static_cast<int>(c), std::min(widest + 18, 360));
        }
        SetItemCount(static_cast<long>(section_->rows.size() + (section_->totals.empty() ? 0 : 1)));
        Refresh();
    }
    [[nodiscard]] wxString cell(long row, long column) const { return OnGetItemText(row, column); }

private:
    wxString OnGetItemText(long row, long column) const override {
        if (section_ == nullptr) return {};
        const auto r = static_cast<std::size_t>(row), c = static_cast<std::size_t>(column);
        const auto& cells = r < section_->rows.size() ? section_->rows[r] : section_->totals;
        return c < cells.size() ? to_wx(presentation::cell_text(cells[c])) : wxString();
    }
    wxListItemAttr* OnGetItemAttr(long row) const override {
        if (section_ == nullptr || static_cast<std::size_t>(row) < section_->rows.size()) return nullptr;
        totals_.SetFont(GetFont().Bold());
        totals_.SetBackgroundColour(wxColour(235, 235, 235));
        return &totals_;
    }

    const presentation::ReportSection* section_ = nullptr;
    mutable wxListItemAttr totals_;
};

}  // namespace pacta::gui
