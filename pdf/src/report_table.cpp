// A report section's table: column widths from weights and content, the font shrunk (down to
// 7 pt) before anything wraps, long cells wrapped, the header repeated on every page the table
// runs onto, rows split across pages only when taller than a page.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "report_canvas.h"

namespace pacta::pdf::detail {

namespace {

constexpr double base_size = 9;
constexpr double min_size = 7;
constexpr double pad_x = 4;
constexpr double pad_y = 2.5;
constexpr double leading = 1.25;
constexpr std::size_t max_header_lines = 4;
const Rgb header_fill = grey(0.87);
const Rgb stripe_fill = grey(0.95);

struct Fit {
    double size = base_size;
    std::vector<double> widths;
};

// Widths at 1 pt, so one measuring pass serves every candidate size.
double widest_line(const Canvas& canvas, Face face, std::string_view text) {
    double widest = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        widest = std::max(widest, canvas.width(face, text.substr(start, end - start), 1));
        if (end >= text.size()) return widest;
        start = end + 1;
    }
}

double widest_word(const Canvas& canvas, Face face, std::string_view text) {
    double widest = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find_first_of(" \n", start), text.size());
        widest = std::max(widest, canvas.width(face, text.substr(start, end - start), 1));
        start = end + 1;
    }
    return widest;
}

Fit fit_columns(const Canvas& canvas, const ReportPdfSection& section, double table_width) {
    const std::size_t n = section.columns.size();
    std::vector<double> content(n, 0), header_full(n, 0), header_word(n, 0), weight(n, 1);
    for (std::size_t c = 0; c < n; ++c) {
        const auto& column = section.columns[c];
        header_full[c] = widest_line(canvas, Face::bold, column.title);
        header_word[c] = widest_word(canvas, Face::bold, column.title);
        if (std::isfinite(column.weight) && column.weight > 0) {
            weight[c] = std::clamp(column.weight, 0.01, 100.0);
        }
    }
    for (const auto& row : section.rows) {
        for (std::size_t c = 0; c < std::min(n, row.size()); ++c) {
            content[c] = std::max(content[c], widest_line(canvas, Face::regular, row[c]));
        }
    }
    for (std::size_t c = 0; c < std::min(n, section.totals.size()); ++c) {
        content[c] = std::max(content[c], widest_line(canvas, Face::bold, section.totals[c]));
    }
    const double weights = std::accumulate(weight.begin(), weight.end(), 0.0);

    // natural: everything on one line; desired: numbers whole and text within its share of the
    // width (it may wrap), the header broken between words at most.
    Fit fit;
    std::vector<double> natural(n), desired(n);
    for (double size = base_size;; size -= 0.5) {
        for (std::size_t c = 0; c < n; ++c) {
            natural[c] = std::max({content[c], header_full[c]}) * size + 2 * pad_x;
            const double whole = std::max(content[c], header_word[c]) * size + 2 * pad_x;
            const double share = table_width * weight[c] / weights;
            desired[c] =
                section.columns[c].numeric
                    ? whole
                    : std::min(natural[c], std::max(share, header_word[c] * size + 2 * pad_x));
        }
        fit.size = size;
        if (std::accumulate(desired.begin(), desired.end(), 0.0) <= table_width ||
            size <= min_size) {
            break;
        }
    }
    double total = std::accumulate(desired.begin(), desired.end(), 0.0);
    fit.widths = desired;
    if (total > table_width) {
        // Even 7 pt does not fit. Amounts stay whole and text columns narrow down to a few
        // words each; failing that, every column gives up the same fraction and wraps.
        double numbers = 0, text_min = 0, text_extra = 0;
        std::vector<double> least(n);
        for (std::size_t c = 0; c < n; ++c) {
            if (section.columns[c].numeric) {
                numbers += desired[c];
                continue;
            }
            least[c] = std::min(desired[c], std::max(header_word[c], 6.0) * fit.size + 2 * pad_x);
            text_min += least[c];
            text_extra += desired[c] - least[c];
        }
        if (numbers + text_min <= table_width) {
            const double share =
                text_extra > 0 ? (table_width - numbers - text_min) / text_extra : 0;
            for (std::size_t c = 0; c < n; ++c) {
                if (!section.columns[c].numeric) {
                    fit.widths[c] = least[c] + (desired[c] - least[c]) * share;
                }
            }
        } else {
            for (auto& w : fit.widths) w *= table_width / total;
        }
        return fit;
    }
    // Spare width: first to the columns that would wrap (by weight, up to their natural
    // width), then to all by weight so the table spans the page.
    for (int round = 0; round < 8 && table_width - total > 0.01; ++round) {
        double wanting = 0;
        for (std::size_t c = 0; c < n; ++c) {
            if (natural[c] > fit.widths[c] + 0.01) wanting += weight[c];
        }
        if (wanting == 0) break;
        const double spare = table_width - total;
        for (std::size_t c = 0; c < n; ++c) {
            if (natural[c] <= fit.widths[c] + 0.01) continue;
            const double add = std::min(spare * weight[c] / wanting, natural[c] - fit.widths[c]);
            fit.widths[c] += add;
            total += add;
        }
    }
    const double spare = table_width - total;
    for (std::size_t c = 0; c < n; ++c) fit.widths[c] += spare * weight[c] / weights;
    return fit;
}

// One row (or the header) broken into lines, per column.
struct RowLines {
    std::vector<std::vector<std::string>> cells;
    std::size_t count = 1;  // lines of the tallest cell
};

class TableWriter {
public:
    TableWriter(Canvas& canvas, PageFlow& flow, const ReportPdfSection& section)
        : canvas_(canvas),
          flow_(flow),
          section_(section),
          fit_(fit_columns(canvas, section, flow.width)) {
        line_h_ = fit_.size * leading;
        header_ = lines_of(titles(), Face::bold);
        for (std::size_t c = 0; c < header_.cells.size(); ++c) {
            auto& cell = header_.cells[c];
            if (cell.size() <= max_header_lines) continue;
            cell.resize(max_header_lines);
            cell.back() = canvas_.shorten(Face::bold, cell.back() + "…", fit_.size,
                                          fit_.widths[c] - 2 * pad_x);
        }
        header_.count = std::min(header_.count, max_header_lines);
        header_h_ = height_of(header_.count);
    }

    void draw() {
        // The header never ends a page alone.
        if (flow_.room() < header_h_ + height_of(1)) flow_.new_page();
        draw_header();
        for (std::size_t r = 0; r < section_.rows.size(); ++r) {
            draw_row(lines_of(section_.rows[r], Face::regular), r % 2 == 1);
        }
        if (!section_.totals.empty()) {
            const RowLines totals = lines_of(section_.totals, Face::bold);
            if (flow_.room() < height_of(totals.count)) {
                flow_.new_page();
                draw_header();
            }
            canvas_.line(flow_.left, flow_.y, flow_.left + flow_.width, flow_.y, 0.8, grey(0));
            draw_lines(totals, 0, totals.count, Face::bold);
            flow_.y += height_of(totals.count);
        } else {
            canvas_.line(flow_.left, flow_.y, flow_.left + flow_.width, flow_.y, 0.5, grey(0.55));
        }
    }

private:
    [[nodiscard]] double height_of(std::size_t lines) const {
        return static_cast<double>(lines) * line_h_ + 2 * pad_y;
    }

    [[nodiscard]] std::vector<std::string> titles() const {
        std::vector<std::string> out;
        for (const auto& column : section_.columns) out.push_back(column.title);
        return out;
    }

    RowLines lines_of(const std::vector<std::string>& row, Face face) const {
        RowLines out;
        out.cells.resize(section_.columns.size());
        for (std::size_t c = 0; c < out.cells.size(); ++c) {
            const std::string_view text =
                c < row.size() ? std::string_view(row[c]) : std::string_view();
            out.cells[c] = canvas_.wrap(face, text, fit_.size, fit_.widths[c] - 2 * pad_x);
            out.count = std::max(out.count, out.cells[c].size());
        }
        return out;
    }

    // Lines [first, last) of every cell, from the top of the free space.
    void draw_lines(const RowLines& row, std::size_t first, std::size_t last, Face face) {
        double x = flow_.left;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const auto& cell = row.cells[c];
            const double w = fit_.widths[c];
            for (std::size_t k = first; k < std::min(last, cell.size()); ++k) {
                const double baseline =
                    flow_.y + pad_y + static_cast<double>(k - first) * line_h_ + fit_.size * 0.97;
                if (section_.columns[c].numeric) {
                    canvas_.text_right(x + w - pad_x, baseline, face, fit_.size, cell[k]);
                } else {
                    canvas_.text(x + pad_x, baseline, face, fit_.size, cell[k]);
                }
            }
            x += w;
        }
    }

    void draw_header() {
        const double h = header_h_;
        canvas_.fill_rect(flow_.left, flow_.y, flow_.width, h, header_fill);
        draw_lines(header_, 0, header_.count, Face::bold);
        flow_.y += h;
        canvas_.line(flow_.left, flow_.y, flow_.left + flow_.width, flow_.y, 0.6, grey(0.45));
    }

    // Moved whole onto the next page when it does not fit here; split only when taller than
    // a page's body, or when at least two lines fit here.
    void draw_row(const RowLines& row, bool striped) {
        std::size_t done = 0;
        bool fresh = false;
        while (done < row.count) {
            const std::size_t remaining = row.count - done;
            const double usable = flow_.room() - 2 * pad_y;
            std::size_t fits = usable > 0 ? static_cast<std::size_t>(usable / line_h_ + 1e-6) : 0;
            if (fits < remaining && !fresh) {
                const bool whole_on_next = height_of(remaining) <= flow_.body_height() - header_h_;
                if (whole_on_next || fits < 2) {
                    flow_.new_page();
                    draw_header();
                    fresh = true;
                    continue;
                }
            }
            const std::size_t take = std::min(std::max<std::size_t>(fits, 1), remaining);
            const double h = height_of(take);
            if (striped) canvas_.fill_rect(flow_.left, flow_.y, flow_.width, h, stripe_fill);
            draw_lines(row, done, done + take, Face::regular);
            flow_.y += h;
            done += take;
            fresh = false;
        }
    }

    Canvas& canvas_;
    PageFlow& flow_;
    const ReportPdfSection& section_;
    Fit fit_;
    double line_h_ = 0;
    RowLines header_;
    double header_h_ = 0;
};

}  // namespace

void draw_table(Canvas& canvas, PageFlow& flow, const ReportPdfSection& section) {
    if (section.columns.empty()) return;
    TableWriter(canvas, flow, section).draw();
}

}  // namespace pacta::pdf::detail
