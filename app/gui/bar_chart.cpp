#include "bar_chart.h"

#include <algorithm>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

namespace pacta::gui {

namespace {
const wxColour colours[2] = {wxColour(120, 150, 200), wxColour(40, 130, 70)};
}

BarChart::BarChart(wxWindow* parent, wxString title, std::array<wxString, 2> series,
                   std::function<wxString(double)> format)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxSize(420, 260)),
      title_(std::move(title)), series_(std::move(series)), format_(std::move(format)) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        Refresh();
        e.Skip();
    });
}

void BarChart::set_groups(std::vector<BarGroup> groups) {
    groups_ = std::move(groups);
    Refresh();
}

void BarChart::paint() {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return;
    const wxSize size = GetClientSize();
    const wxFont normal = GetFont();
    gc->SetFont(normal.Bold(), *wxBLACK);
    gc->DrawText(title_, 8, 6);
    gc->SetFont(normal, *wxBLACK);
    // Legend under the title.
    double x = 8;
    for (std::size_t s = 0; s < 2; ++s) {
        gc->SetBrush(wxBrush(colours[s]));
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->DrawRectangle(x, 30, 12, 12);
        gc->DrawText(series_[s], x + 16, 28);
        double w = 0;
        double h = 0;
        gc->GetTextExtent(series_[s], &w, &h);
        x += w + 40;
    }
    if (groups_.empty()) return;
    double top_value = 0;
    for (const auto& g : groups_) top_value = std::max({top_value, g.values[0], g.values[1]});
    const double left = 8;
    const double top = 58;
    const double bottom = size.y - 28;
    const double height = std::max(10.0, bottom - top);
    const double slot = (size.x - left - 8) / static_cast<double>(groups_.size());
    const double bar = std::max(2.0, slot * 0.35);
    gc->SetPen(wxPen(wxColour(200, 200, 200)));
    gc->StrokeLine(left, bottom, size.x - 8, bottom);
    gc->SetFont(normal.Smaller(), wxColour(90, 90, 90));
    if (top_value > 0) gc->DrawText(format_(top_value), left, top - 2);
    // Many narrow groups (twelve months) show every other caption whole rather than all of
    // them cut; a few wide ones (regimes) keep each caption, cut with an ellipsis if need be.
    double widest = 0;
    for (const auto& g : groups_) {
        double w = 0;
        double h = 0;
        gc->GetTextExtent(g.label, &w, &h);
        widest = std::max(widest, w);
    }
    std::size_t step = 1;
    if (groups_.size() > 6) {
        while (widest + 6 > slot * static_cast<double>(step) && step < groups_.size()) ++step;
    }
    for (std::size_t i = 0; i < groups_.size(); ++i) {
        const double x0 = left + slot * static_cast<double>(i) + (slot - 2 * bar) / 2;
        for (std::size_t s = 0; s < 2; ++s) {
            const double h = top_value > 0 ? groups_[i].values[s] / top_value * (height - 14) : 0;
            gc->SetBrush(wxBrush(colours[s]));
            gc->SetPen(*wxTRANSPARENT_PEN);
            gc->DrawRectangle(x0 + bar * static_cast<double>(s), bottom - h, bar - 1, h);
        }
        if ((groups_.size() - 1 - i) % step != 0) continue;  // the latest group always shows
        // A caption wider than its room is cut with an ellipsis, never drawn over the next one.
        const double room = slot * static_cast<double>(step) - 4;
        wxString caption = groups_[i].label;
        double w = 0;
        double h = 0;
        gc->GetTextExtent(caption, &w, &h);
        while (w > room && caption.length() > 1) {
            caption = caption.Left(caption.length() - (caption.EndsWith(wxString::FromUTF8("\u2026")) ? 2 : 1)) +
                      wxString::FromUTF8("\u2026");
            gc->GetTextExtent(caption, &w, &h);
        }
        gc->DrawText(caption, left + slot * static_cast<double>(i) + (slot - w) / 2, bottom + 4);
    }
}

}  // namespace pacta::gui
