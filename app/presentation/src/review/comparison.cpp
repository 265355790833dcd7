#include "pacta/presentation/review/comparison.h"

#include <regex>

#include "pacta/document/render.h"
#include "pacta/locale/catalog.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

std::string text_of(const document::Runs& runs) {
    std::string out;
    for (const auto& r : runs) out += r.text == "\n" ? " " : document::visible_text(r, {});
    return out;
}

std::string text_of(const document::Block& b) {
    using K = document::Block::Kind;
    switch (b.kind) {
        case K::heading:
        case K::paragraph: return text_of(b.runs);
        case K::list: {
            std::string out;
            for (const auto& item : b.items) out += text_of(item) + " ";
            return out;
        }
        case K::clause: {
            std::string out;
            for (const auto& child : b.children) out += text_of(child) + " ";
            return out;
        }
        case K::signatures: {
            std::string out;
            for (const auto& s : b.signatories) out += s.caption + " " + s.name + " " + s.title + " ";
            return out;
        }
        case K::page_break: return {};
    }
    return {};
}

// "Proemio" and "Cierre" for the text around the clauses.
std::string heading(const d::SegmentComparison& c) {
    if (!c.title.empty()) return fill(tr("Clause {clause}"), {{"clause", c.title}});
    if (c.in_b.value_or(c.in_a.value_or(0)) == 0) return tr("Before the clauses");
    return tr("After the clauses");
}

std::string what_happened(const d::SegmentComparison& c) {
    std::string out;
    switch (c.kind) {
        case d::SegmentComparison::Kind::unchanged: out = tr("unchanged"); break;
        case d::SegmentComparison::Kind::changed: out = tr("changed"); break;
        case d::SegmentComparison::Kind::inserted: out = tr("inserted"); break;
        case d::SegmentComparison::Kind::deleted: out = tr("deleted"); break;
    }
    if (c.moved) out += ", " + tr("moved");
    if (!c.title_a.empty()) out += ", " + fill(tr("was {clause}"), {{"clause", c.title_a}});
    return out;
}

}  // namespace

std::vector<d::Segment> segments_of(const document::Document& doc) {
    std::vector<d::Segment> out;
    out.push_back({"antes", "", ""});
    bool after = false;
    for (const auto& b : doc.blocks) {
        if (b.kind == document::Block::Kind::clause) {
            out.push_back({b.clause_key, b.clause_ordinal, text_of(b)});
            after = true;
            continue;
        }
        if (after && out.back().key != "despues") out.push_back({"despues", "", ""});
        out.back().text += text_of(b) + " ";
    }
    return out;
}

std::vector<d::Segment> segments_of_template(const std::string& full_source) {
    static const std::regex tag(R"(\{%\s*(clausula|si|para|fin)\b\s*([^%]*?)\s*%\})");
    // The wording only: the header's directives (@campo...) and comments (%%) are left out.
    std::string source;
    std::size_t start = 0;
    while (start < full_source.size()) {
        auto end = full_source.find('\n', start);
        if (end == std::string::npos) end = full_source.size();
        const std::string_view line(full_source.data() + start, end - start);
        if (line.rfind("@", 0) != 0 && line.rfind("%%", 0) != 0) source.append(line).push_back('\n');
        start = end + 1;
    }
    std::vector<d::Segment> out;
    out.push_back({"antes", "", ""});
    int depth = 0;
    int clause_depth = -1;
    std::size_t last = 0;
    for (auto it = std::sregex_iterator(source.begin(), source.end(), tag); it != std::sregex_iterator(); ++it) {
        const std::string kind = (*it)[1];
        const auto begin = static_cast<std::size_t>(it->position());
        const auto end = begin + static_cast<std::size_t>(it->length());
        if (kind == "clausula" && clause_depth < 0) {
            out.back().text += source.substr(last, begin - last);
            const std::string key = (*it)[2].str().substr(0, (*it)[2].str().find(' '));
            out.push_back({key, key, ""});
            clause_depth = depth;
            last = end;
            ++depth;
            continue;
        }
        if (kind == "fin") {
            --depth;
            if (depth == clause_depth) {
                out.back().text += source.substr(last, begin - last);
                out.push_back({"despues", "", ""});
                clause_depth = -1;
                last = end;
            }
            continue;
        }
        ++depth;
    }
    out.back().text += source.substr(last);
    // Consecutive text between clauses belongs to the next "despues" segment; merge empties.
    std::vector<d::Segment> merged;
    for (auto& s : out) {
        if (s.key == "despues" && s.text.find_first_not_of(" \n\t") == std::string::npos) continue;
        if (s.key == "despues" && !merged.empty() && merged.back().key == "despues") {
            merged.back().text += s.text;
            continue;
        }
        merged.push_back(std::move(s));
    }
    // Only the last stretch is "after the clauses"; stretches between clauses are numbered.
    int between = 0;
    for (std::size_t i = 0; i + 1 < merged.size(); ++i) {
        if (merged[i].key == "despues") merged[i].key = "entre-" + std::to_string(++between);
    }
    return merged;
}

std::string with_clause_texts(const std::string& source, const std::map<std::string, std::string>& texts) {
    static const std::regex tag(R"(\{%\s*(clausula|si|para|fin)\b\s*([^%]*?)\s*%\})");
    std::string out;
    int depth = 0;
    int clause_depth = -1;
    std::size_t last = 0;
    std::string replacing;  // the key whose body is being replaced
    for (auto it = std::sregex_iterator(source.begin(), source.end(), tag); it != std::sregex_iterator(); ++it) {
        const std::string kind = (*it)[1];
        const auto begin = static_cast<std::size_t>(it->position());
        const auto end = begin + static_cast<std::size_t>(it->length());
        if (kind == "clausula" && clause_depth < 0) {
            const std::string key = (*it)[2].str().substr(0, (*it)[2].str().find(' '));
            out += source.substr(last, end - last);
            last = end;
            clause_depth = depth++;
            if (const auto found = texts.find(key); found != texts.end()) {
                replacing = key;
                out += "\n" + found->second + "\n";
            }
            continue;
        }
        if (kind == "fin") {
            if (--depth == clause_depth) {
                if (replacing.empty()) out += source.substr(last, begin - last);
                out += source.substr(begin, end - begin);
                last = end;
                clause_depth = -1;
                replacing.clear();
            }
            continue;
        }
        ++depth;
    }
    out += source.substr(last);
    return out;
}

ComparisonSummary summarize(const std::vector<d::SegmentComparison>& result) {
    ComparisonSummary s;
    for (const auto& c : result) {
        switch (c.kind) {
            case d::SegmentComparison::Kind::unchanged: ++s.unchanged; break;
            case d::SegmentComparison::Kind::changed: ++s.changed; break;
            case d::SegmentComparison::Kind::inserted: ++s.inserted; break;
            case d::SegmentComparison::Kind::deleted: ++s.deleted; break;
        }
        s.moved += c.moved;
    }
    return s;
}

std::vector<RedlinePiece> comparison_pieces(const std::vector<d::SegmentComparison>& result, const std::string& a,
                                           const std::string& b) {
    using Style = RedlinePiece::Style;
    std::vector<RedlinePiece> out;
    out.push_back({Style::heading, fill(tr("Comparison of {a} (before) with {b} (after)"), {{"a", a}, {"b", b}}) + "\n"});
    for (const auto& c : result) {
        out.push_back({Style::heading, "\n== " + heading(c) + " (" + what_happened(c) + ")\n"});
        if (c.kind == d::SegmentComparison::Kind::unchanged) continue;
        for (const auto& w : c.words) {
            switch (w.op) {
                case d::WordChange::Op::same: out.push_back({Style::plain, w.text + " "}); break;
                case d::WordChange::Op::inserted: out.push_back({Style::inserted, w.text}); break;
                case d::WordChange::Op::deleted: out.push_back({Style::deleted, w.text}); break;
            }
            if (w.op != d::WordChange::Op::same) out.push_back({Style::plain, " "});
        }
        out.push_back({Style::plain, "\n"});
    }
    const auto s = summarize(result);
    out.push_back({Style::plain, "\n" + fill(tr("{changed} changed, {inserted} inserted, {deleted} deleted, {moved} moved, {unchanged} unchanged."),
                       {{"changed", std::to_string(s.changed)},
                        {"inserted", std::to_string(s.inserted)},
                        {"deleted", std::to_string(s.deleted)},
                        {"moved", std::to_string(s.moved)},
                        {"unchanged", std::to_string(s.unchanged)}}) +
           "\n"});
    return out;
}

std::string redline_text(const std::vector<RedlinePiece>& pieces) {
    std::string out;
    for (const auto& p : pieces) {
        switch (p.style) {
            case RedlinePiece::Style::inserted: out += "{+" + p.text + "+}"; break;
            case RedlinePiece::Style::deleted: out += "[-" + p.text + "-]"; break;
            default: out += p.text;
        }
    }
    return out;
}

std::string comparison_text(const std::vector<d::SegmentComparison>& result, const std::string& a, const std::string& b) {
    return redline_text(comparison_pieces(result, a, b));
}

document::Document comparison_document(const std::vector<d::SegmentComparison>& result, const std::string& a,
                                       const std::string& b) {
    document::Document doc;
    doc.title = fill(tr("Comparison of {a} with {b}"), {{"a", a}, {"b", b}});
    doc.paper = "carta";
    doc.initials_box = false;
    document::Block title;
    title.kind = document::Block::Kind::heading;
    title.level = 1;
    title.runs = {{doc.title, true, false, {}, document::Mark::none}};
    doc.blocks.push_back(title);
    document::Block legend;
    legend.kind = document::Block::Kind::paragraph;
    legend.runs = {{tr("Inserted text is underlined in blue; deleted text is struck through in red."), false, true, {},
                    document::Mark::none}};
    doc.blocks.push_back(legend);
    for (const auto& c : result) {
        document::Block h;
        h.kind = document::Block::Kind::heading;
        h.level = 3;
        h.runs = {{heading(c) + " (" + what_happened(c) + ")", true, false, {}, document::Mark::none}};
        doc.blocks.push_back(h);
        if (c.kind == d::SegmentComparison::Kind::unchanged) continue;
        document::Block p;
        p.kind = document::Block::Kind::paragraph;
        for (const auto& w : c.words) {
            const auto mark = w.op == d::WordChange::Op::inserted ? document::Mark::inserted
                              : w.op == d::WordChange::Op::deleted ? document::Mark::deleted
                                                                   : document::Mark::none;
            p.runs.push_back({w.text + " ", false, false, {}, mark});
        }
        doc.blocks.push_back(p);
    }
    const auto s = summarize(result);
    document::Block summary;
    summary.kind = document::Block::Kind::paragraph;
    summary.runs = {{fill(tr("{changed} changed, {inserted} inserted, {deleted} deleted, {moved} moved, {unchanged} unchanged."),
                          {{"changed", std::to_string(s.changed)},
                           {"inserted", std::to_string(s.inserted)},
                           {"deleted", std::to_string(s.deleted)},
                           {"moved", std::to_string(s.moved)},
                           {"unchanged", std::to_string(s.unchanged)}}),
                     true, false, {}, document::Mark::none}};
    doc.blocks.push_back(summary);
    return doc;
}

}  // namespace pacta::presentation
