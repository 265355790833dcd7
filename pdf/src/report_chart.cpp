// The stacked bar chart of a report section: one bar per category, stacked by series, a legend,
// a value axis with a few round gridlines and the category labels under the bars.
#include <algorithm>
#include <array>
#include <cmath>

#include "report_canvas.h"

namespace pacta::pdf::detail {

namespace {

constexpr double title_size = 10;
constexpr double legend_size = 8;
constexpr double label_size = 7.5;
constexpr double plot_height = 150;
constexpr double legend_line = 12;
constexpr double swatch = 8;
constexpr double max_upwards_label = 70;
constexpr std::size_t max_legend_lines = 6;  // longer category labels are shortened

// Dark and light in turn, so neighbouring segments differ in grey too when printed without colour.
constexpr std::array<Rgb, 8> palette = {{
    {0.12, 0.23, 0.45},  // navy
    {0.96, 0.70, 0.30},  // amber
    {0.20, 0.55, 0.45},  // teal
    {0.72, 0.83, 0.93},  // pale blue
    {0.55, 0.16, 0.20},  // dark red
    {0.85, 0.88, 0.55},  // pale olive
    {0.50, 0.40, 0.65},  // violet
    {0.62, 0.62, 0.62},  // grey
}};

Rgb colour_of(std::size_t series) {
    return palette[series % palette.size()];
}

double value_at(const ReportPdfChart::Series& s, std::size_t category) {
    if (category >= s.values.size()) return 0;
    const double v = s.values[category];
    return std::isfinite(v) && v > 0 ? v : 0;
}

enum class LabelMode { horizontal, two_lines, upwards };

struct LegendItem {
    double x = 0;  // from the chart's left edge
    std::size_t line = 0;
    std::string name;
};

struct Plan {
    double title_h = 0;
    std::vector<LegendItem> legend;
    double legend_cut_x = -1;  // where "…" says series were left out of the legend
    double legend_h = 0;
    double caption_h = 0;
    std::vector<double> totals;  // per category
    bool empty = true;           // nothing above zero: axes and a note only
    double step = 1;
    int intervals = 1;
    std::vector<std::string> ticks;
    double axis_w = 0;  // tick labels, left of the plot
    LabelMode mode = LabelMode::horizontal;
    std::size_t label_every = 1;
    std::vector<std::array<std::string, 2>> labels;
    double labels_h = 0;
    double height = 0;
};

// Round gridlines: a step of 1, 2, 2.5 or 5 times a power of ten giving 3 or 4 intervals
// (4 or 5 values with zero) up to the tallest bar.
void choose_scale(Plan& p, double max_total) {
    if (max_total <= 0) return;
    const double magnitude = std::pow(10.0, std::floor(std::log10(max_total / 4)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        p.step = m * magnitude;
        if (max_total / p.step <= 4 + 1e-9) break;
    }
    p.intervals = std::max(1, static_cast<int>(std::ceil(max_total / p.step - 1e-9)));
}

int decimals_of(double step) {
    int d = 0;
    double scaled = step;
    while (d < 6 && std::fabs(scaled - std::round(scaled)) > 1e-6 * std::max(1.0, scaled)) {
        scaled *= 10;
        ++d;
    }
    return d;
}

Plan plan(Canvas& canvas, const ReportPdfChart& chart, double width) {
    Plan p;
    p.title_h = chart.title.empty() ? 0 : title_size * 1.5;

    // Legend: swatch and name, flowing over as many lines as the width asks for.
    double x = 0;
    std::size_t line = 0;
    for (const auto& s : chart.series) {
        std::string name = canvas.shorten(Face::regular, s.name, legend_size, width / 3);
        const double w = swatch + 4 + canvas.width(Face::regular, name, legend_size);
        if (x > 0 && x + w > width) {
            // A legend taller than this would push the chart off the page: the rest is left out.
            if (line + 1 == max_legend_lines) {
                p.legend_cut_x = std::min(x, width - legend_size);
                break;
            }
            x = 0;
            ++line;
        }
        p.legend.push_back({x, line, std::move(name)});
        x += w + 14;
    }
    p.legend_h = chart.series.empty() ? 0 : static_cast<double>(line + 1) * legend_line + 4;
    // Clear of the top gridline's value, which rises above the plot.
    p.caption_h = label_size * 2.2;

    const std::size_t n = chart.categories.size();
    p.totals.assign(n, 0);
    for (const auto& s : chart.series) {
        for (std::size_t c = 0; c < n; ++c) p.totals[c] += value_at(s, c);
    }
    const double max_total = n == 0 ? 0 : *std::max_element(p.totals.begin(), p.totals.end());
    p.empty = !(max_total > 0) || !std::isfinite(max_total);
    if (!p.empty) choose_scale(p, max_total);
    // Whole values (people, contracts) step by whole units.
    bool whole = true;
    for (const auto& s : chart.series) {
        for (const double v : s.values) whole = whole && std::floor(v) == v;
    }
    if (!p.empty && whole && p.step < 1) {
        p.step = 1;
        p.intervals = std::max(1, static_cast<int>(std::ceil(max_total - 1e-9)));
    }
    const int decimals = decimals_of(p.step);
    for (int i = 0; i <= (p.empty ? 0 : p.intervals); ++i) {
        p.ticks.push_back(canvas.shorten(Face::regular, with_thousands(p.step * i, decimals),
                                         label_size, width / 4));
        p.axis_w = std::max(p.axis_w, canvas.width(Face::regular, p.ticks.back(), label_size));
    }
    p.axis_w += 5;

    // Category labels: on one line if they all fit under their bars, else on two, else
    // reading upwards (every k-th one when even that is too tight).
    const double slot = n == 0 ? width : (width - p.axis_w) / static_cast<double>(n);
    const double room = slot - 3;
    bool one_line = true;
    bool two_lines = true;
    for (const auto& label : chart.categories) {
        if (canvas.width(Face::regular, label, label_size) <= room) {
            p.labels.push_back({label, ""});
            continue;
        }
        one_line = false;
        // The space nearest the middle splits the label in two.
        const auto off_centre = [&](std::size_t at) {
            return std::abs(static_cast<double>(at) - static_cast<double>(label.size()) / 2);
        };
        std::size_t best = std::string::npos;
        for (auto at = label.find(' '); at != std::string::npos; at = label.find(' ', at + 1)) {
            if (best == std::string::npos || off_centre(at) < off_centre(best)) best = at;
        }
        if (best == std::string::npos) {
            two_lines = false;
            p.labels.push_back({label, ""});
            continue;
        }
        std::array<std::string, 2> halves = {label.substr(0, best), label.substr(best + 1)};
        if (canvas.width(Face::regular, halves[0], label_size) > room ||
            canvas.width(Face::regular, halves[1], label_size) > room) {
            two_lines = false;
        }
        p.labels.push_back(std::move(halves));
    }
    const double line_h = label_size * 1.25;
    if (one_line) {
        p.mode = LabelMode::horizontal;
        p.labels_h = n == 0 ? 0 : line_h + 4;
    } else if (two_lines) {
        p.mode = LabelMode::two_lines;
        p.labels_h = 2 * line_h + 4;
    } else {
        p.mode = LabelMode::upwards;
        p.label_every =
            std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(label_size * 1.2 / slot)));
        double longest = 0;
        for (std::size_t c = 0; c < n; ++c) {
            auto& label = p.labels[c];
            label = {
                canvas.shorten(Face::regular, chart.categories[c], label_size, max_upwards_label),
                ""};
            longest = std::max(longest, canvas.width(Face::regular, label[0], label_size));
        }
        p.labels_h = longest + 6;
    }
    p.height = p.title_h + p.legend_h + p.caption_h + plot_height + p.labels_h + 8;
    return p;
}

}  // namespace

double chart_height(Canvas& canvas, const ReportPdfChart& chart, double width) {
    return plan(canvas, chart, width).height;
}

void draw_chart(Canvas& canvas, const ReportPdfChart& chart, double x, double y, double width) {
    const Plan p = plan(canvas, chart, width);
    double top = y;
    if (p.title_h > 0) canvas.text(x, top + title_size, Face::bold, title_size, chart.title);
    top += p.title_h;
    for (std::size_t s = 0; s < p.legend.size(); ++s) {
        const auto& item = p.legend[s];
        const double line_top = top + static_cast<double>(item.line) * legend_line;
        canvas.fill_rect(x + item.x, line_top + 1, swatch, swatch, colour_of(s));
        canvas.text(x + item.x + swatch + 4, line_top + 8, Face::regular, legend_size, item.name);
    }
    if (p.legend_cut_x >= 0) {
        canvas.text(x + p.legend_cut_x,
                    top + static_cast<double>(max_legend_lines - 1) * legend_line + 8,
                    Face::regular, legend_size, "…");
    }
    top += p.legend_h;
    canvas.text(x, top + label_size, Face::regular, label_size, chart.value_caption, grey(0.3));
    top += p.caption_h;

    const double plot_x = x + p.axis_w;
    const double plot_w = width - p.axis_w;
    const double plot_bottom = top + plot_height;
    const double scale_top = p.step * p.intervals;
    // Gridlines and their values.
    for (int i = 0; i <= (p.empty ? 0 : p.intervals); ++i) {
        const double gy = plot_bottom - plot_height * i / (p.empty ? 1 : p.intervals);
        if (i > 0) canvas.line(plot_x, gy, plot_x + plot_w, gy, 0.4, grey(0.8));
        canvas.text_right(plot_x - 4, gy + label_size * 0.35, Face::regular, label_size,
                          p.ticks[static_cast<std::size_t>(i)], grey(0.2));
    }

    const std::size_t n = chart.categories.size();
    const double slot = n == 0 ? plot_w : plot_w / static_cast<double>(n);
    const double bar_w = std::min(slot * 0.62, 46.0);
    if (!p.empty) {
        for (std::size_t c = 0; c < n; ++c) {
            const double bar_x = plot_x + slot * (static_cast<double>(c) + 0.5) - bar_w / 2;
            double level = plot_bottom;
            for (std::size_t s = 0; s < chart.series.size(); ++s) {
                const double h = value_at(chart.series[s], c) / scale_top * plot_height;
                if (h < 0.05) continue;
                canvas.fill_rect(bar_x, level - h, bar_w, h, colour_of(s));
                // A white seam between segments keeps them apart when colours print alike.
                if (level < plot_bottom && h > 1) {
                    canvas.line(bar_x, level, bar_x + bar_w, level, 0.6, grey(1));
                }
                level -= h;
            }
        }
    } else {
        canvas.text_centred(plot_x + plot_w / 2, plot_bottom - plot_height / 2, Face::regular, 9,
                            chart.empty_note, grey(0.35));
    }
    canvas.line(plot_x, top, plot_x, plot_bottom, 0.6, grey(0));
    canvas.line(plot_x, plot_bottom, plot_x + plot_w, plot_bottom, 0.8, grey(0));

    // Category labels.
    const double line_h = label_size * 1.25;
    for (std::size_t c = 0; c < n; ++c) {
        const double centre = plot_x + slot * (static_cast<double>(c) + 0.5);
        const auto& label = p.labels[c];
        switch (p.mode) {
            case LabelMode::horizontal:
            case LabelMode::two_lines:
                canvas.text_centred(centre, plot_bottom + 3 + label_size, Face::regular, label_size,
                                    label[0]);
                canvas.text_centred(centre, plot_bottom + 3 + label_size + line_h, Face::regular,
                                    label_size, label[1]);
                break;
            case LabelMode::upwards:
                if (c % p.label_every != 0) break;
                canvas.line(centre, plot_bottom, centre, plot_bottom + 2, 0.4, grey(0));
                canvas.text_upwards(
                    centre + label_size * 0.35,
                    plot_bottom + 4 + canvas.width(Face::regular, label[0], label_size),
                    Face::regular, label_size, label[0]);
                break;
        }
    }
}

}  // namespace pacta::pdf::detail
