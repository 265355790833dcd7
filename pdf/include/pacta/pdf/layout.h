#pragma once
// Page layout of a contract, independent of PoDoFo: line breaking with justification,
// pagination (headings kept with what follows, no widows or orphans), lists with hanging
// indents, the signature block in two columns. The PDF writer only draws what this decides,
// so every layout rule is tested without writing a PDF.

#include <string>
#include <vector>

#include "pacta/document/model.h"
#include "pacta/document/render.h"

namespace pacta::pdf {

enum class Face { regular, bold, italic, bold_italic };
inline constexpr int face_count = 4;

// Advance widths, as a fraction of the font size (1.0 = one em).
class TextMeasure {
public:
    virtual ~TextMeasure() = default;
    [[nodiscard]] virtual double advance(Face face, char32_t c) const = 0;
    [[nodiscard]] double width(Face face, std::string_view utf8, double size) const;
};

struct PageGeometry {
    double width = 612;    // points; carta 612 x 792, A4 595.28 x 841.89
    double height = 792;
    double margin_left = 72;
    double margin_right = 72;
    double margin_top = 72;
    double margin_bottom = 72;

    [[nodiscard]] static PageGeometry for_paper(const std::string& paper);
    [[nodiscard]] double text_width() const { return width - margin_left - margin_right; }
};

struct LayoutOptions {
    PageGeometry page;
    double body_size = 10;
    double leading = 1.25;        // line height as a multiple of the font size
    double paragraph_gap = 6;    // points after a paragraph
    double list_indent = 18;     // hanging indent of list items
    int min_lines_at_page_end = 2;    // no orphans
    int min_lines_at_page_start = 2;  // no widows
    document::RenderOptions render;   // public version: legends instead of personal data
    std::string folio;                // in the footer of every page, with "Página N de M"
    bool initials_box = true;         // a box for initials in the right margin of every page
};

struct LineRun {
    Face face = Face::regular;
    double size = 11;
    std::string text;  // UTF-8, words separated by single spaces
    document::Mark mark = document::Mark::none;  // drawn underlined or struck through, in colour
};

struct Line {
    double x = 0;
    double baseline = 0;        // from the top of the page, in points
    double extra_per_space = 0; // added after every space to justify the line
    std::vector<LineRun> runs;
};

struct Rule {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;  // from the top of the page
    double width = 0.6;
};

struct Box {
    double x = 0, y = 0, w = 0, h = 0;  // y of the top edge, from the top of the page
};

struct FieldPlacement {
    std::string name;  // "firma_prestador"
    std::size_t page = 0;
    Box box;
};

struct PageLayout {
    std::vector<Line> lines;
    std::vector<Rule> rules;
    std::vector<Box> boxes;
};

struct Layout {
    PageGeometry page;
    std::vector<PageLayout> pages;
    std::vector<FieldPlacement> fields;
};

[[nodiscard]] Layout lay_out(const document::Document& doc, const TextMeasure& measure,
                             const LayoutOptions& options);

// `copies` numbered paper copies of `layout`, one after the other: every page marked
// "Ejemplar K de N" at its top right, and no signature fields (paper is signed by hand).
[[nodiscard]] Layout paper_copies(const Layout& layout, int copies, const TextMeasure& measure);

}  // namespace pacta::pdf
