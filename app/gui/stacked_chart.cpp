#include "stacked_chart.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include "wx_text.h"

namespace pacta::gui {

namespace {

// Distinct in colour and in grey.
const wxColour fills[] = {wxColour(60, 90, 150), wxColour(150, 190, 230), wxColour(40, 120, 70), wxColour(170, 210, 150),
                          wxColour(200, 120, 40), wxColour(110, 110, 110)};

// A round step for about four gridlines up to `top`.
double round_step(double top) {
    if (top <= 0) return 1;
    const double raw = top / 4;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * power) return m * power;
    }
    return 10 * power;
}

wxString grouped(double value) {
    auto whole = static_cast<long long>(std::llround(value));
    std::string digits = std::to_string(whole < 0 ? -whole : whole);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return to_wx((whole < 0 ? "-" : "") + digits);
}

}  // namespace

StackedChart::StackedChart(wxWindow* parent) : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxSize(-1, 210)) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        Refresh();
        e.Skip();
    });
}

void StackedChart::set_chart(std::optional<presentation::ReportChart> chart) {
    chart_ = std::move(chart);
    Refresh();
}

void StackedChart::paint() {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    if (!chart_) return;
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return;
    const auto& c = *chart_;
    const wxSize size = GetClientSize();
    const wxFont normal = GetFont();
    gc->SetFont(normal.Bold(), *wxBLACK);
    gc->DrawText(to_wx(c.title), 8, 4);
    gc->SetFont(normal.Smaller(), *wxBLACK);
    double x = 8;
    for (std::size_t s = 0; s < c.series.size(); ++s) {
        gc->SetBrush(wxBrush(fills[s % std::size(fills)]));
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->DrawRectangle(x, 26, 11, 11);
        double w = 0, h = 0;
        gc->GetTextExtent(to_wx(c.series[s].name), &w, &h);
        gc->DrawText(to_wx(c.series[s].name), x + 15, 24);
        x += w + 32;
    }
    const double scale = c.money ? 100.0 : 1.0;
    std::vector<double> totals(c.categories.size(), 0.0);
    for (const auto& s : c.series) {
        for (std::size_t i = 0; i < s.values.size() && i < totals.size(); ++i) totals[i] += static_cast<double>(s.values[i]) / scale;
    }
    const double top_value = totals.empty() ? 0 : *std::max_element(totals.begin(), totals.end());
    // Counts step by whole people at least.
    const double step = c.money ? round_step(top_value) : std::max(1.0, std::ceil(round_step(top_value)));
    const double axis_top = top_value <= 0 ? step : std::ceil(top_value / step) * step;
    double label_w = 0, label_h = 0;
    gc->GetTextExtent(grouped(axis_top), &label_w, &label_h);
    const double left = 12 + label_w, top = 48, bottom = size.y - 22.0, right = size.x - 10.0;
    if (bottom <= top || right <= left || c.categories.empty()) return;
    const double height = bottom - top;
    gc->SetPen(wxPen(wxColour(220, 220, 220)));
    for (double v = 0; v <= axis_top + step / 2; v += step) {
        const double y = bottom - v / axis_top * height;
        gc->StrokeLine(left, y, right, y);
        double w = 0, h = 0;
        gc->GetTextExtent(grouped(v), &w, &h);
        gc->DrawText(grouped(v), left - 4 - w, y - h / 2);
    }
    const double slot = (right - left) / static_cast<double>(c.categories.size());
    const double bar = std::max(2.0, slot * 0.7);
    // Category labels: every one when they fit, else every n-th.
    double widest = 0;
    for (const auto& label : c.categories) {
        double w = 0, h = 0;
        gc->GetTextExtent(to_wx(label), &w, &h);
        widest = std::max(widest, w);
    }
    const std::size_t every = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((widest + 6) / slot)));
    for (std::size_t i = 0; i < c.categories.size(); ++i) {
        const double bx = left + slot * static_cast<double>(i) + (slot - bar) / 2;
        double y = bottom;
        for (std::size_t s = 0; s < c.series.size(); ++s) {
            if (i >= c.series[s].values.size()) continue;
            const double h = static_cast<double>(c.series[s].values[i]) / scale / axis_top * height;
            if (h <= 0) continue;
            gc->SetBrush(wxBrush(fills[s % std::size(fills)]));
            gc->SetPen(*wxTRANSPARENT_PEN);
            gc->DrawRectangle(bx, y - h, bar, h);
            y -= h;
        }
        if (i % every == 0) {
            double w = 0, h = 0;
            gc->GetTextExtent(to_wx(c.categories[i]), &w, &h);
            gc->DrawText(to_wx(c.categories[i]), left + slot * static_cast<double>(i) + (slot - w) / 2, bottom + 3);
        }
    }
    gc->SetPen(*wxBLACK_PEN);
    gc->StrokeLine(left, bottom, right, bottom);
}

}  // namespace pacta::gui
