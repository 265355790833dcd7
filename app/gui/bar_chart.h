#pragma once
// A grouped bar chart drawn with wxGraphicsContext: a title, one group per label (a month,
// a regime) with two bars each, a legend, and the largest value on the axis. No chart
// library in Debian's wx stack does this, and it is a few dozen lines.

#include <array>
#include <functional>
#include <string>
#include <vector>

#include <wx/panel.h>

namespace pacta::gui {

struct BarGroup {
    wxString label;
    std::array<double, 2> values{};
};

class BarChart : public wxPanel {
public:
    // `format` writes a value for the axis ("$68,858.30", "12").
    BarChart(wxWindow* parent, wxString title, std::array<wxString, 2> series, std::function<wxString(double)> format);
    void set_groups(std::vector<BarGroup> groups);
    [[nodiscard]] const std::vector<BarGroup>& groups() const { return groups_; }

private:
    void paint();

    wxString title_;
    std::array<wxString, 2> series_;
    std::function<wxString(double)> format_;
    std::vector<BarGroup> groups_;
};

}  // namespace pacta::gui
