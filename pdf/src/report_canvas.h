#pragma once
// Drawing a report's pages (report_pdf.h): text, rectangles and rules written straight into a
// page's content stream, positions measured from the top-left corner of the page like the
// contracts' layout; text wrapping and shortening; the stacked bar chart and the table, which
// share the page flow. Internal to pacta_pdf.

#include <string>
#include <string_view>
#include <vector>

#include "embedded_fonts.h"
#include "pacta/pdf/report_pdf.h"

namespace pacta::pdf::detail {

struct Rgb {
    double r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};
[[nodiscard]] constexpr Rgb grey(double level) {
    return {level, level, level};
}

// Two faces of one family (regular and bold) on pages of one height. Only text that went
// through clean() may be drawn or measured: it holds nothing the fonts cannot draw.
class Canvas {
public:
    Canvas(EmbeddedFonts& fonts, double page_height);

    // Characters the fonts lack (both faces) become '?', control characters spaces; line
    // breaks stay when `keep_breaks`.
    [[nodiscard]] std::string clean(std::string_view text, bool keep_breaks = false);

    // Where the following drawing goes; resets the graphics state this class tracks.
    void begin_page(std::string& content);

    [[nodiscard]] double width(Face face, std::string_view text, double size) const {
        return fonts_.width(face, text, size);
    }
    // The longest start of `text` that fits `max_width` with "…" after it; `text` when it fits.
    [[nodiscard]] std::string shorten(Face face, std::string_view text, double size,
                                      double max_width) const;
    // Lines no wider than `max_width`: broken at spaces and at '\n', and inside a word only when
    // the word alone is wider. Always at least one line (maybe empty).
    [[nodiscard]] std::vector<std::string> wrap(Face face, std::string_view text, double size,
                                                double max_width) const;

    void text(double x, double baseline, Face face, double size, std::string_view s,
              Rgb colour = {});
    void text_right(double right, double baseline, Face face, double size, std::string_view s,
                    Rgb colour = {});
    void text_centred(double centre, double baseline, Face face, double size, std::string_view s,
                      Rgb colour = {});
    // Reading upwards (90 degrees counter-clockwise), starting at (x, baseline).
    void text_upwards(double x, double baseline, Face face, double size, std::string_view s,
                      Rgb colour = {});
    void fill_rect(double x, double top, double w, double h, Rgb fill);
    void line(double x1, double y1, double x2, double y2, double line_width, Rgb colour);

    [[nodiscard]] const UsedCharacters& used() const { return used_; }

private:
    void show(Face face, std::string_view s);
    void set_fill(Rgb c);
    void set_stroke(Rgb c);
    void append_colour(Rgb c);

    EmbeddedFonts& fonts_;
    double page_height_;
    std::string* out_ = nullptr;
    UsedCharacters used_;
    std::vector<signed char> drawable_;  // per BMP code point: -1 unknown, 0 no, 1 yes
    Rgb fill_{}, stroke_{};
    double line_width_ = 1;
};

// 1234567.5 with 0 decimals -> "1,234,568"; the grouping the reports' numbers already use.
[[nodiscard]] std::string with_thousands(double value, int decimals);

// The body of the current page and the way onto the next one (with its head drawn).
class PageFlow {
public:
    virtual ~PageFlow() = default;
    virtual void new_page() = 0;
    [[nodiscard]] double room() const { return bottom - y; }
    [[nodiscard]] double body_height() const { return bottom - top; }

    double left = 0, width = 0;  // the body's columns
    double top = 0, bottom = 0;  // the body's extent on every page
    double y = 0;                // the top of the free space on the current page
};

// A stacked bar chart `width` wide: the height it needs, and drawing it with its top at `y`.
[[nodiscard]] double chart_height(Canvas& canvas, const ReportPdfChart& chart, double width);
void draw_chart(Canvas& canvas, const ReportPdfChart& chart, double x, double y, double width);

// A section's table from flow.y on, onto as many pages as it needs; flow.y ends below it.
void draw_table(Canvas& canvas, PageFlow& flow, const ReportPdfSection& section);

}  // namespace pacta::pdf::detail
