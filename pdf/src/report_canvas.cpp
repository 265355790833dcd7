#include "report_canvas.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "pacta/domain/utf8.h"

namespace pacta::pdf::detail {

namespace {

std::size_t index_of(Face f) {
    return static_cast<std::size_t>(f);
}

constexpr char32_t ellipsis = U'\u2026';

}  // namespace

Canvas::Canvas(EmbeddedFonts& fonts, double page_height)
    : fonts_(fonts), page_height_(page_height), drawable_(0x10000, -1) {}

std::string Canvas::clean(std::string_view text, bool keep_breaks) {
    std::string out;
    out.reserve(text.size());
    for (char32_t c : domain::decode_utf8(text)) {
        if (c == U'\n' && keep_breaks) {
            out.push_back('\n');
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            c = U' ';
        } else if (c > 0xFFFF) {
            c = U'?';  // glyph codes here are 16-bit, and Liberation has nothing beyond the BMP
        } else {
            auto& known = drawable_[c];
            if (known < 0) {
                known =
                    fonts_.code(Face::regular, c) != 0 && fonts_.code(Face::bold, c) != 0 ? 1 : 0;
            }
            if (known == 0) c = U'?';
        }
        out += domain::encode_utf8(c);
    }
    return out;
}

void Canvas::begin_page(std::string& content) {
    out_ = &content;
    fill_ = {};
    stroke_ = {};
    line_width_ = 1;
}

std::string Canvas::shorten(Face face, std::string_view text, double size, double max_width) const {
    if (width(face, text, size) <= max_width) return std::string(text);
    const double room = max_width - fonts_.advance(face, ellipsis) * size;
    double used = 0;
    std::size_t at = 0;
    std::size_t fits = 0;
    while (at < text.size()) {
        const char32_t c = domain::next_code_point(text, at);
        used += fonts_.advance(face, c) * size;
        if (used > room) break;
        fits = at;
    }
    std::string out(text.substr(0, fits));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + domain::encode_utf8(ellipsis);
}

std::vector<std::string> Canvas::wrap(Face face, std::string_view text, double size,
                                      double max_width) const {
    // One character per line at least, however narrow the room.
    const double limit = std::max(max_width, size);
    const double space = fonts_.advance(face, U' ') * size;
    std::vector<std::string> lines;
    std::string line;
    double line_width = 0;
    auto add_word = [&](std::string_view word) {
        const double w = width(face, word, size);
        if (!line.empty() && line_width + space + w <= limit) {
            line += ' ';
            line += word;
            line_width += space + w;
            return;
        }
        if (!line.empty()) {
            lines.push_back(std::move(line));
            line.clear();
            line_width = 0;
        }
        if (w <= limit) {
            line = word;
            line_width = w;
            return;
        }
        // A word wider than the room: broken between characters.
        std::size_t at = 0;
        while (at < word.size()) {
            const std::size_t start = at;
            const double cw = fonts_.advance(face, domain::next_code_point(word, at)) * size;
            if (!line.empty() && line_width + cw > limit) {
                lines.push_back(std::move(line));
                line.clear();
                line_width = 0;
            }
            line.append(word.substr(start, at - start));
            line_width += cw;
        }
    };
    std::size_t start = 0;
    while (true) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view paragraph = text.substr(start, end - start);
        std::size_t w = 0;
        while (w < paragraph.size()) {
            const std::size_t space_at = std::min(paragraph.find(' ', w), paragraph.size());
            if (space_at > w) add_word(paragraph.substr(w, space_at - w));
            w = space_at + 1;
        }
        lines.push_back(std::move(line));
        line.clear();
        line_width = 0;
        if (end >= text.size()) break;
        start = end + 1;
    }
    return lines;
}

void Canvas::append_colour(Rgb c) {
    append_number(*out_, c.r);
    if (c.r == c.g && c.g == c.b) return;
    *out_ += ' ';
    append_number(*out_, c.g);
    *out_ += ' ';
    append_number(*out_, c.b);
}

void Canvas::set_fill(Rgb c) {
    if (c == fill_) return;
    fill_ = c;
    append_colour(c);
    *out_ += c.r == c.g && c.g == c.b ? " g\n" : " rg\n";
}

void Canvas::set_stroke(Rgb c) {
    if (c == stroke_) return;
    stroke_ = c;
    append_colour(c);
    *out_ += c.r == c.g && c.g == c.b ? " G\n" : " RG\n";
}

// The string of a text object whose font and position are already set, and its end.
void Canvas::show(Face face, std::string_view s) {
    *out_ += " (";
    const auto f = index_of(face);
    std::size_t at = 0;
    while (at < s.size()) {
        const char32_t c = domain::next_code_point(s, at);
        used_.mark(f, c);
        append_code(*out_, fonts_.code(face, c));
    }
    *out_ += ") Tj ET\n";
}

void Canvas::text(double x, double baseline, Face face, double size, std::string_view s,
                  Rgb colour) {
    if (s.empty()) return;
    set_fill(colour);
    *out_ += "BT /F";
    *out_ += static_cast<char>('0' + index_of(face));
    *out_ += ' ';
    append_number(*out_, size);
    *out_ += " Tf ";
    append_number(*out_, x);
    *out_ += ' ';
    append_number(*out_, page_height_ - baseline);
    *out_ += " Td";
    show(face, s);
}

void Canvas::text_right(double right, double baseline, Face face, double size, std::string_view s,
                        Rgb colour) {
    text(right - width(face, s, size), baseline, face, size, s, colour);
}

void Canvas::text_centred(double centre, double baseline, Face face, double size,
                          std::string_view s, Rgb colour) {
    text(centre - width(face, s, size) / 2, baseline, face, size, s, colour);
}

void Canvas::text_upwards(double x, double baseline, Face face, double size, std::string_view s,
                          Rgb colour) {
    if (s.empty()) return;
    set_fill(colour);
    *out_ += "BT /F";
    *out_ += static_cast<char>('0' + index_of(face));
    *out_ += ' ';
    append_number(*out_, size);
    *out_ += " Tf 0 1 -1 0 ";
    append_number(*out_, x);
    *out_ += ' ';
    append_number(*out_, page_height_ - baseline);
    *out_ += " Tm";
    show(face, s);
}

void Canvas::fill_rect(double x, double top, double w, double h, Rgb fill) {
    if (w <= 0 || h <= 0) return;
    set_fill(fill);
    append_number(*out_, x);
    *out_ += ' ';
    append_number(*out_, page_height_ - top - h);
    *out_ += ' ';
    append_number(*out_, w);
    *out_ += ' ';
    append_number(*out_, h);
    *out_ += " re f\n";
}

void Canvas::line(double x1, double y1, double x2, double y2, double line_width, Rgb colour) {
    set_stroke(colour);
    if (line_width != line_width_) {
        line_width_ = line_width;
        append_number(*out_, line_width);
        *out_ += " w ";
    }
    append_number(*out_, x1);
    *out_ += ' ';
    append_number(*out_, page_height_ - y1);
    *out_ += " m ";
    append_number(*out_, x2);
    *out_ += ' ';
    append_number(*out_, page_height_ - y2);
    *out_ += " l S\n";
}

std::string with_thousands(double value, int decimals) {
    if (!std::isfinite(value)) value = 0;
    char buf[400];
    const auto r =
        std::to_chars(buf, buf + sizeof buf, std::fabs(value), std::chars_format::fixed, decimals);
    const std::string digits(buf, r.ptr);
    const std::size_t point = std::min(digits.find('.'), digits.size());
    std::string out;
    for (std::size_t i = 0; i < point; ++i) {
        if (i > 0 && (point - i) % 3 == 0) out.push_back(',');
        out.push_back(digits[i]);
    }
    out.append(digits, point);
    const bool zero = out.find_first_not_of("0.,") == std::string::npos;
    return value < 0 && !zero ? "-" + out : out;
}

}  // namespace pacta::pdf::detail
