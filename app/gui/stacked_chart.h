#pragma once
// Bars by category stacked by series (a report's months by regime), drawn with
// wxGraphicsContext: a title, a legend, gridlines with round values and the categories under
// the bars. What it shows comes from the report's chart; it only draws.

#include <wx/panel.h>

#include "pacta/presentation/reports/report.h"

namespace pacta::gui {

class StackedChart : public wxPanel {
public:
    explicit StackedChart(wxWindow* parent);
    void set_chart(std::optional<presentation::ReportChart> chart);
    [[nodiscard]] const std::optional<presentation::ReportChart>& chart() const { return chart_; }

private:
    void paint();
    std::optional<presentation::ReportChart> chart_;
};

}  // namespace pacta::gui
