#include "pacta/pdf/layout.h"

#include <algorithm>

#include "line_binding.h"

#include "pacta/domain/utf8.h"

namespace pacta::pdf {

namespace {

using document::Block;
using document::Runs;

// ---- measuring ----

struct Piece {
    Face face = Face::regular;
    std::string text;
    document::Mark mark = document::Mark::none;
};

struct Word {
    std::vector<Piece> pieces;
    double width = 0;
    bool break_after = false;  // a hard line break follows
};

Face face_of(const document::Run& r, bool force_bold) {
    const bool bold = r.bold || force_bold;
    if (bold && r.italic) return Face::bold_italic;
    if (bold) return Face::bold;
    if (r.italic) return Face::italic;
    return Face::regular;
}

// ---- slices and chunks: what pagination moves around ----

struct Slice {
    double height = 0;
    std::vector<Line> lines;  // baselines relative to the slice's top
    std::vector<Rule> rules;
    std::vector<Box> boxes;
    std::vector<std::pair<std::string, Box>> fields;
};

struct Chunk {
    std::vector<Slice> slices;
    double gap_after = 0;
    bool keep_with_next = false;
    bool page_break_before = false;
    bool lines = true;  // slices are lines of text: widow and orphan control applies
};

class Composer {
public:
    Composer(const TextMeasure& m, const LayoutOptions& o) : measure_(m), options_(o) {}

    std::vector<Chunk> compose(const document::Document& doc) {
        for (const auto& b : doc.blocks) block(b);
        if (const auto note = document::public_version_note(options_.render); !note.empty()) {
            document::Run r;
            r.text = note;
            r.italic = true;
            paragraph({r}, Align::justify, false, options_.body_size - 1);
        }
        return std::move(chunks_);
    }

private:
    double line_height(double size) const { return size * options_.leading; }
    double baseline(double size) const { return line_height(size) * 0.78; }

    std::vector<Word> words(const Runs& runs, bool force_bold, double size) const {
        std::vector<Word> out;
        Word current;
        auto finish = [&](bool hard_break) {
            if (!current.pieces.empty()) {
                current.width = 0;
                for (const auto& p : current.pieces) current.width += measure_.width(p.face, p.text, size);
                out.push_back(std::move(current));
                current = Word{};
            }
            if (hard_break && !out.empty()) out.back().break_after = true;
        };
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const auto& r = runs[i];
            if (r.text == "\n") {
                finish(true);
                continue;
            }
            // One legend for a personal value split into several runs.
            if (options_.render.public_version && !r.personal_label.empty() && i > 0 &&
                runs[i - 1].personal_label == r.personal_label) {
                continue;
            }
            const std::string text = document::visible_text(r, options_.render);
            const Face face = face_of(r, force_bold);
            std::size_t start = 0;
            while (start <= text.size()) {
                const auto space = text.find_first_of(" \n\t", start);
                const auto end = space == std::string::npos ? text.size() : space;
                if (end > start) {
                    if (!current.pieces.empty() && current.pieces.back().face == face &&
                        current.pieces.back().mark == r.mark) {
                        current.pieces.back().text.append(text, start, end - start);
                    } else {
                        current.pieces.push_back({face, text.substr(start, end - start), r.mark});
                    }
                }
                if (space == std::string::npos) break;
                finish(text[space] == '\n');
                start = space + 1;
            }
        }
        finish(false);
        bind(out, size);
        return out;
    }

    // Words a line must not separate (line_binding.h) become one word with a space inside.
    void bind(std::vector<Word>& ws, double size) const {
        std::vector<std::string> texts;
        std::vector<bool> breaks;
        for (const auto& w : ws) {
            std::string t;
            for (const auto& p : w.pieces) t += p.text;
            texts.push_back(std::move(t));
            breaks.push_back(w.break_after);
        }
        const auto glue = detail::bound_words(texts, breaks);
        std::vector<Word> out;
        for (std::size_t i = 0; i < ws.size(); ++i) {
            if (!glue[i] || out.empty() || out.back().break_after) {
                out.push_back(std::move(ws[i]));
                continue;
            }
            Word& into = out.back();
            into.pieces.back().text += " ";
            into.width += measure_.width(into.pieces.back().face, " ", size);
            for (auto& p : ws[i].pieces) into.pieces.push_back(std::move(p));
            into.width += ws[i].width;
            into.break_after = ws[i].break_after;
        }
        ws = std::move(out);
    }

    enum class Align { justify, center, left };

    // Breaks words into lines of at most `avail` points; each line's x is relative to `x0`.
    std::vector<Line> break_lines(const std::vector<Word>& ws, double x0, double avail, double size,
                                  Align align) const {
        std::vector<Line> lines;
        std::size_t i = 0;
        while (i < ws.size()) {
            std::size_t j = i;
            double natural = 0;
            while (j < ws.size()) {
                const double space = j > i ? measure_.width(ws[j - 1].pieces.back().face, " ", size) : 0;
                if (j > i && natural + space + ws[j].width > avail) break;
                natural += space + ws[j].width;
                ++j;
                if (ws[j - 1].break_after) break;
            }
            lines.push_back(make_line(ws, i, j, x0, avail, natural, size,
                                      align == Align::justify && j < ws.size() && !ws[j - 1].break_after
                                          ? Align::justify
                                          : (align == Align::center ? Align::center : Align::left)));
            i = j;
        }
        return lines;
    }

    Line make_line(const std::vector<Word>& ws, std::size_t from, std::size_t to, double x0, double avail,
                   double natural, double size, Align align) const {
        Line line;
        line.x = x0;
        for (std::size_t k = from; k < to; ++k) {
            for (std::size_t p = 0; p < ws[k].pieces.size(); ++p) {
                const Piece& piece = ws[k].pieces[p];
                if (line.runs.empty() || line.runs.back().face != piece.face || line.runs.back().mark != piece.mark) {
                    line.runs.push_back({piece.face, size, "", piece.mark});
                }
                line.runs.back().text += piece.text;
            }
            if (k + 1 < to) line.runs.back().text += ' ';
        }
        const auto spaces = static_cast<double>(to - from - 1);
        if (align == Align::justify && spaces > 0 && natural < avail) {
            line.extra_per_space = (avail - natural) / spaces;
        } else if (align == Align::center && natural < avail) {
            line.x += (avail - natural) / 2;
        }
        return line;
    }

    Chunk text_chunk(const std::vector<Line>& lines, double size) const {
        Chunk c;
        for (auto line : lines) {
            Slice s;
            s.height = line_height(size);
            line.baseline = baseline(size);
            s.lines.push_back(std::move(line));
            c.slices.push_back(std::move(s));
        }
        return c;
    }

    void paragraph(const Runs& runs, Align align, bool bold, double size, const std::string& prefix = "") {
        Runs all = runs;
        if (!prefix.empty()) {
            // A clause's run-in heading: bold words before the paragraph's own.
            document::Run head;
            head.text = prefix + " ";
            head.bold = true;
            all.insert(all.begin(), head);
        }
        auto ws = words(all, bold, size);
        const auto& g = options_.page;
        Chunk c = text_chunk(break_lines(ws, g.margin_left, g.text_width(), size, align), size);
        c.gap_after = options_.paragraph_gap;
        chunks_.push_back(std::move(c));
    }

    void list(const Block& b) {
        const auto& g = options_.page;
        const double size = options_.body_size;
        Chunk c;
        for (std::size_t i = 0; i < b.items.size(); ++i) {
            std::string marker = "•";
            if (b.list_style == document::ListStyle::number) marker = std::to_string(b.list_start + static_cast<int>(i)) + ".";
            if (b.list_style == document::ListStyle::letter) marker = std::string(1, static_cast<char>('a' + i % 26)) + ")";
            auto lines = break_lines(words(b.items[i], false, size), g.margin_left + options_.list_indent,
                                     g.text_width() - options_.list_indent, size, Align::justify);
            for (std::size_t l = 0; l < lines.size(); ++l) {
                Slice s;
                s.height = line_height(size);
                lines[l].baseline = baseline(size);
                if (l == 0) {
                    Line m;
                    m.x = g.margin_left + 4;
                    m.baseline = baseline(size);
                    m.runs.push_back({Face::regular, size, marker});
                    s.lines.push_back(std::move(m));
                }
                s.lines.push_back(std::move(lines[l]));
                c.slices.push_back(std::move(s));
            }
        }
        c.gap_after = options_.paragraph_gap;
        chunks_.push_back(std::move(c));
    }

    // One cell of the signature block: caption, room to sign (the field), a rule, name, title.
    std::size_t caption_lines(const document::Signatory& s, double w) const {
        if (s.caption.empty()) return 0;
        document::Runs runs;
        document::Run r;
        r.text = s.caption;
        r.bold = true;
        runs.push_back(r);
        return break_lines(words(runs, false, options_.body_size), 0, w, options_.body_size, Align::center).size();
    }

    Slice signature_cell(const document::Signatory& s, double x, double w, std::size_t caption_rows) const {
        const double size = options_.body_size;
        const double small = size - 1;
        Slice cell;
        double y = 0;
        auto add_text = [&](const std::string& text, Face face, double sz) {
            document::Runs runs;
            document::Run r;
            r.text = text;
            r.bold = face == Face::bold;
            runs.push_back(r);
            for (auto& line : break_lines(words(runs, false, sz), x, w, sz, Align::center)) {
                line.baseline = y + baseline(sz);
                cell.lines.push_back(std::move(line));
                y += line_height(sz);
            }
        };
        if (!s.caption.empty()) add_text(s.caption, Face::bold, size);
        // Captions of one row take the same height, so both signature lines align.
        y = static_cast<double>(caption_rows) * line_height(size);
        constexpr double room = 48;
        const double rule_w = w * 0.85;
        const double rule_x = x + (w - rule_w) / 2;
        cell.fields.push_back({s.field, Box{rule_x, y, rule_w, room}});
        y += room;
        cell.rules.push_back(Rule{rule_x, y, rule_x + rule_w, y, 0.6});
        y += 3;
        add_text(s.name, Face::bold, size);
        if (!s.identity.empty()) {
            document::Run id;
            id.text = s.identity;
            id.personal_label = s.identity_label;
            add_text(document::visible_text(id, options_.render), Face::regular, small);
        }
        std::size_t start = 0;
        while (start < s.title.size()) {
            auto nl = s.title.find('\n', start);
            if (nl == std::string::npos) nl = s.title.size();
            add_text(s.title.substr(start, nl - start), Face::regular, small);
            start = nl + 1;
        }
        cell.height = y;
        return cell;
    }

    void signatures(const Block& b) {
        const auto& g = options_.page;
        const double gap = 36;
        const double w = (g.text_width() - gap) / 2;
        Chunk c;
        c.lines = false;
        for (std::size_t i = 0; i < b.signatories.size(); i += 2) {
            const bool alone = i + 1 == b.signatories.size();
            const std::size_t rows = std::max(caption_lines(b.signatories[i], w),
                                              alone ? 0 : caption_lines(b.signatories[i + 1], w));
            Slice row = signature_cell(b.signatories[i], alone ? g.margin_left + (g.text_width() - w) / 2 : g.margin_left,
                                       w, rows);
            if (!alone) {
                Slice right = signature_cell(b.signatories[i + 1], g.margin_left + w + gap, w, rows);
                row.height = std::max(row.height, right.height);
                for (auto& l : right.lines) row.lines.push_back(std::move(l));
                for (auto& r : right.rules) row.rules.push_back(r);
                for (auto& f : right.fields) row.fields.push_back(std::move(f));
            }
            row.height += 24;
            c.slices.push_back(std::move(row));
        }
        // Room above the block, kept with it.
        if (!c.slices.empty()) {
            Slice space;
            space.height = 18;
            c.slices.insert(c.slices.begin(), std::move(space));
        }
        chunks_.push_back(std::move(c));
    }

    static bool is_title(const Runs& runs) {
        std::size_t length = 0;
        bool any = false;
        for (const auto& r : runs) {
            const bool blank = r.text.find_first_not_of(" \t") == std::string::npos;
            if (!r.bold && !blank) return false;
            any = any || !blank;
            length += r.text.size();
        }
        return any && length <= 160;
    }

    void block(const Block& b, const std::string& clause_prefix = "") {
        switch (b.kind) {
            case Block::Kind::heading: {
                const double size = b.level <= 1 ? options_.body_size + 1 : options_.body_size;
                paragraph(b.runs, Align::center, true, size);
                chunks_.back().keep_with_next = true;
                break;
            }
            case Block::Kind::paragraph:
                paragraph(b.runs, Align::justify, false, options_.body_size, clause_prefix);
                // A title in a paragraph of its own (all bold, short) stays with what follows.
                if (clause_prefix.empty() && is_title(b.runs)) chunks_.back().keep_with_next = true;
                break;
            case Block::Kind::list: list(b); break;
            case Block::Kind::clause: {
                const std::string heading = b.clause_heading.empty() ? b.clause_ordinal + ".-" : b.clause_heading;
                if (b.clause_heading_own_line) {
                    document::Run r;
                    r.text = heading;
                    paragraph({r}, Align::left, true, options_.body_size);
                    chunks_.back().keep_with_next = true;
                    for (const auto& child : b.children) block(child);
                    break;
                }
                const std::string prefix = heading;
                bool first = true;
                for (const auto& child : b.children) {
                    if (first && child.kind != Block::Kind::paragraph) paragraph({}, Align::left, false, options_.body_size, prefix);
                    block(child, first && child.kind == Block::Kind::paragraph ? prefix : "");
                    first = false;
                }
                if (first) paragraph({}, Align::left, false, options_.body_size, prefix);
                break;
            }
            case Block::Kind::page_break: {
                Chunk c;
                c.page_break_before = true;
                chunks_.push_back(std::move(c));
                break;
            }
            case Block::Kind::signatures:
                // The signing sentence stays on the page where the signatures begin.
                if (!chunks_.empty()) chunks_.back().keep_with_next = true;
                signatures(b);
                break;
        }
    }

    const TextMeasure& measure_;
    const LayoutOptions& options_;
    std::vector<Chunk> chunks_;
};

// ---- pagination ----

class Paginator {
public:
    Paginator(const TextMeasure& m, const LayoutOptions& o) : measure_(m), options_(o) {
        layout_.page = o.page;
        new_page();
    }

    Layout run(const std::vector<Chunk>& chunks) {
        for (std::size_t i = 0; i < chunks.size(); ++i) place(chunks[i], i + 1 < chunks.size() ? &chunks[i + 1] : nullptr);
        decorate();
        return std::move(layout_);
    }

private:
    double top() const { return options_.page.margin_top; }
    double bottom() const { return options_.page.height - options_.page.margin_bottom; }
    bool page_is_empty() const { return y_ <= top(); }

    void new_page() {
        layout_.pages.emplace_back();
        y_ = top();
    }

    void put(const Slice& s) {
        auto& page = layout_.pages.back();
        for (auto line : s.lines) {
            line.baseline += y_;
            page.lines.push_back(std::move(line));
        }
        for (auto r : s.rules) {
            r.y1 += y_;
            r.y2 += y_;
            page.rules.push_back(r);
        }
        for (auto b : s.boxes) {
            b.y += y_;
            page.boxes.push_back(b);
        }
        for (const auto& [name, box] : s.fields) {
            Box b = box;
            b.y += y_;
            layout_.fields.push_back({name, layout_.pages.size() - 1, b});
        }
        y_ += s.height;
    }

    static double height_of(const Chunk& c, std::size_t count) {
        double h = 0;
        for (std::size_t k = 0; k < std::min(count, c.slices.size()); ++k) h += c.slices[k].height;
        return h;
    }

    void place(const Chunk& c, const Chunk* next) {
        if (c.page_break_before) {
            if (!page_is_empty()) new_page();
            return;
        }
        if (c.keep_with_next && next != nullptr && !page_is_empty()) {
            const auto keep = static_cast<std::size_t>(std::max(options_.min_lines_at_page_end, 1));
            const double need = height_of(c, c.slices.size()) + c.gap_after + height_of(*next, keep);
            if (y_ + need > bottom()) new_page();
        }
        if (!c.lines) {
            // Whole slices only (signature rows); the first slice is the room above the block
            // and goes with the first row.
            for (std::size_t k = 0; k < c.slices.size(); ++k) {
                const double need = c.slices[k].height + (k == 0 && c.slices.size() > 1 ? c.slices[1].height : 0);
                if (y_ + need > bottom() && !page_is_empty()) new_page();
                put(c.slices[k]);
            }
        } else {
            std::size_t k = 0;
            const std::size_t n = c.slices.size();
            while (k < n) {
                std::size_t fit = 0;
                double y = y_;
                while (k + fit < n && y + c.slices[k + fit].height <= bottom() + 0.01) {
                    y += c.slices[k + fit].height;
                    ++fit;
                }
                const std::size_t remaining = n - k;
                if (fit >= remaining) {
                    for (; k < n; ++k) put(c.slices[k]);
                    break;
                }
                const auto min_end = static_cast<std::size_t>(options_.min_lines_at_page_end);
                const auto min_start = static_cast<std::size_t>(options_.min_lines_at_page_start);
                std::size_t take = fit;
                if (remaining - take < min_start) take = remaining > min_start ? remaining - min_start : 0;
                if (take < min_end) take = 0;
                if (take == 0 && page_is_empty()) take = std::max<std::size_t>(fit, 1);  // cannot do better
                for (std::size_t t = 0; t < take; ++t) put(c.slices[k++]);
                new_page();
            }
        }
        y_ += c.gap_after;
    }

    // Footer with folio and page numbers, and the initials box, on every page.
    void decorate() {
        const auto total = layout_.pages.size();
        const auto& g = options_.page;
        for (std::size_t p = 0; p < total; ++p) {
            auto& page = layout_.pages[p];
            std::string footer = "Página " + std::to_string(p + 1) + " de " + std::to_string(total);
            if (!options_.folio.empty()) footer = "Folio " + options_.folio + " · " + footer;
            Line line;
            line.baseline = g.height - g.margin_bottom / 2;
            line.runs.push_back({Face::regular, 8, footer});
            line.x = (g.width - measure_.width(Face::regular, footer, 8)) / 2;
            page.lines.push_back(std::move(line));
            if (options_.initials_box) {
                const double w = std::min(54.0, g.margin_right - 18);
                const double x = g.width - g.margin_right + (g.margin_right - w) / 2;
                const double y = g.height / 2 - w / 2;
                page.boxes.push_back(Box{x, y, w, w});
                Line label;
                const std::string text = "Rúbrica";
                label.x = x + (w - measure_.width(Face::regular, text, 6)) / 2;
                label.baseline = y + w + 8;
                label.runs.push_back({Face::regular, 6, text});
                page.lines.push_back(std::move(label));
            }
        }
    }

    const TextMeasure& measure_;
    const LayoutOptions& options_;
    Layout layout_;
    double y_ = 0;
};

}  // namespace

double TextMeasure::width(Face face, std::string_view utf8, double size) const {
    double em = 0;
    std::size_t i = 0;
    while (i < utf8.size()) em += advance(face, domain::next_code_point(utf8, i));
    return em * size;
}

PageGeometry PageGeometry::for_paper(const std::string& paper) {
    PageGeometry g;
    if (paper == "a4") {
        g.width = 595.28;
        g.height = 841.89;
    }
    return g;
}

Layout lay_out(const document::Document& doc, const TextMeasure& measure, const LayoutOptions& options) {
    Composer composer(measure, options);
    const auto chunks = composer.compose(doc);
    return Paginator(measure, options).run(chunks);
}

Layout paper_copies(const Layout& layout, int copies, const TextMeasure& measure) {
    Layout out;
    out.page = layout.page;
    const auto& g = layout.page;
    for (int copy = 1; copy <= copies; ++copy) {
        const std::string mark = "Ejemplar " + std::to_string(copy) + " de " + std::to_string(copies);
        for (const auto& page : layout.pages) {
            PageLayout marked = page;
            Line line;
            line.baseline = g.margin_top / 2;
            line.runs.push_back({Face::bold, 9, mark});
            line.x = g.width - g.margin_right - measure.width(Face::bold, mark, 9);
            marked.lines.push_back(std::move(line));
            out.pages.push_back(std::move(marked));
        }
    }
    return out;
}

}  // namespace pacta::pdf
