// Layout rules, checked with a fixed-width measure so the arithmetic is exact.
#include "pacta/pdf/layout.h"

#include <gtest/gtest.h>

#include <cstring>

namespace pacta::pdf {
namespace {

// Every character is half an em wide; bold is wider, so styles change widths.
class FixedMeasure : public TextMeasure {
public:
    double advance(Face face, char32_t) const override { return face == Face::bold ? 0.6 : 0.5; }
};

document::Run run(std::string text, bool bold = false) {
    document::Run r;
    r.text = std::move(text);
    r.bold = bold;
    return r;
}

document::Block paragraph(std::string text) {
    document::Block b;
    b.kind = document::Block::Kind::paragraph;
    b.runs.push_back(run(std::move(text)));
    return b;
}

std::string words(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += (i ? " " : "") + std::string("palabra");
    return s;
}

LayoutOptions options() {
    LayoutOptions o;
    o.body_size = 10;
    o.leading = 1.2;
    o.initials_box = false;
    return o;
}

double line_width(const Line& l, const TextMeasure& m) {
    double w = 0;
    int spaces = 0;
    for (const auto& r : l.runs) {
        w += m.width(r.face, r.text, r.size);
        for (char c : r.text) spaces += c == ' ';
    }
    return w + spaces * l.extra_per_space;
}

std::vector<const Line*> body_lines(const PageLayout& p) {
    std::vector<const Line*> out;
    for (const auto& l : p.lines) {
        if (l.runs.front().size >= 10) out.push_back(&l);  // leave out footer and labels
    }
    return out;
}

TEST(Layout, JustifiesEveryLineButTheLast) {
    FixedMeasure m;
    document::Document doc;
    doc.blocks.push_back(paragraph(words(60)));
    const auto o = options();
    const auto layout = lay_out(doc, m, o);
    const auto lines = body_lines(layout.pages.at(0));
    ASSERT_GT(lines.size(), 3u);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        EXPECT_NEAR(line_width(*lines[i], m), o.page.text_width(), 0.01) << i;
        EXPECT_GT(lines[i]->extra_per_space, 0);
    }
    EXPECT_EQ(lines.back()->extra_per_space, 0);
    EXPECT_LT(line_width(*lines.back(), m), o.page.text_width());
}

TEST(Layout, BoldRunsKeepTheirFace) {
    FixedMeasure m;
    document::Document doc;
    document::Block b;
    b.kind = document::Block::Kind::paragraph;
    b.runs = {run("Uno "), run("dos", true), run(" tres")};
    doc.blocks.push_back(b);
    const auto layout = lay_out(doc, m, options());
    const auto& runs = body_lines(layout.pages[0]).at(0)->runs;
    ASSERT_EQ(runs.size(), 3u);
    EXPECT_EQ(runs[1].face, Face::bold);
    EXPECT_EQ(runs[1].text, "dos ");
}

TEST(Layout, FooterNumbersEveryPage) {
    FixedMeasure m;
    document::Document doc;
    for (int i = 0; i < 40; ++i) doc.blocks.push_back(paragraph(words(40)));
    auto o = options();
    o.folio = "F-1";
    const auto layout = lay_out(doc, m, o);
    ASSERT_GT(layout.pages.size(), 2u);
    const auto n = layout.pages.size();
    for (std::size_t p = 0; p < n; ++p) {
        bool found = false;
        for (const auto& l : layout.pages[p].lines) {
            found = found || l.runs.front().text == "Folio F-1 · Página " + std::to_string(p + 1) + " de " + std::to_string(n);
        }
        EXPECT_TRUE(found) << p;
    }
}

TEST(Layout, NoWidowsOrOrphans) {
    FixedMeasure m;
    auto o = options();
    // Paragraphs of various lengths pushed across page ends at every offset.
    for (int filler = 1; filler < 40; ++filler) {
        document::Document doc;
        doc.blocks.push_back(paragraph(words(filler * 7)));
        doc.blocks.push_back(paragraph(words(110)));
        doc.blocks.push_back(paragraph(words(110)));
        const auto layout = lay_out(doc, m, o);
        // Count, per page, the lines of each paragraph by their position in the flow.
        std::vector<std::pair<std::size_t, std::size_t>> per_page;  // (page, lines)
        for (std::size_t p = 0; p < layout.pages.size(); ++p) per_page.emplace_back(p, body_lines(layout.pages[p]).size());
        for (std::size_t p = 0; p + 1 < layout.pages.size(); ++p) {
            const auto& this_page = body_lines(layout.pages[p]);
            const auto& next_page = body_lines(layout.pages[p + 1]);
            if (this_page.empty() || next_page.empty()) continue;
            // A paragraph split at this page end leaves a justified last line here; then at
            // least two of its lines end this page and at least two start the next one.
            if (this_page.back()->extra_per_space > 0) {
                int tail = 0;
                for (auto it = this_page.rbegin(); it != this_page.rend() && (*it)->extra_per_space > 0; ++it) ++tail;
                EXPECT_GE(tail, 2) << "filler " << filler << " page " << p;
                int head = 0;
                for (const auto* l : next_page) {
                    ++head;
                    if (l->extra_per_space == 0) break;
                }
                EXPECT_GE(head, 2) << "filler " << filler << " page " << p + 1;
            }
        }
    }
}

TEST(Layout, HeadingsStayWithTheNextParagraph) {
    FixedMeasure m;
    for (int filler = 30; filler < 60; ++filler) {
        document::Document doc;
        doc.blocks.push_back(paragraph(words(filler * 12)));
        document::Block h;
        h.kind = document::Block::Kind::heading;
        h.level = 2;
        h.runs.push_back(run("DECLARACIONES"));
        doc.blocks.push_back(h);
        doc.blocks.push_back(paragraph(words(50)));
        const auto layout = lay_out(doc, m, options());
        for (const auto& page : layout.pages) {
            const auto lines = body_lines(page);
            ASSERT_FALSE(lines.empty());
            EXPECT_NE(lines.back()->runs.front().text, "DECLARACIONES") << "filler " << filler;
        }
    }
}

// A title written as a bold paragraph of its own, and a clause heading on its own line, never
// stay alone at the foot of a page.
TEST(Layout, BoldTitlesAndClauseHeadingsStayWithTheText) {
    FixedMeasure m;
    for (int filler = 30; filler < 60; ++filler) {
        document::Document doc;
        doc.blocks.push_back(paragraph(words(filler * 12)));
        document::Block title;
        title.kind = document::Block::Kind::paragraph;
        title.runs.push_back(run("OBLIGACIONES DEL LOCADOR", true));
        doc.blocks.push_back(title);
        doc.blocks.push_back(paragraph(words(50)));
        document::Block clause;
        clause.kind = document::Block::Kind::clause;
        clause.clause_heading = "CLÁUSULA SEGUNDA: OBJETO";
        clause.clause_heading_own_line = true;
        clause.children.push_back(paragraph(words(filler * 3)));
        doc.blocks.push_back(clause);
        const auto layout = lay_out(doc, m, options());
        for (const auto& page : layout.pages) {
            const auto lines = body_lines(page);
            ASSERT_FALSE(lines.empty());
            std::string last;
            for (const auto& r : lines.back()->runs) last += r.text;
            EXPECT_EQ(last.find("OBLIGACIONES"), std::string::npos) << "filler " << filler;
            EXPECT_EQ(last.find("CLÁUSULA SEGUNDA"), std::string::npos) << "filler " << filler;
        }
    }
}

// «N.º 045», «S/ 1,500.00» and «15 de marzo de 2025» are never split at a line's end.
TEST(Layout, NumberSignsAmountsAndDatesStayTogether) {
    FixedMeasure m;
    std::string text;
    for (int i = 0; i < 40; ++i) {
        text += std::string(static_cast<std::size_t>(i % 7 + 1), 'x') + " N.º 0" + std::to_string(i) + " pago S/ 1,500.00 del " +
                std::to_string(i % 28 + 1) + " de marzo de 2025, ";
    }
    document::Document doc;
    doc.blocks.push_back(paragraph(text));
    const auto layout = lay_out(doc, m, options());
    int lines_seen = 0;
    for (const auto* l : body_lines(layout.pages[0])) {
        std::string t;
        for (const auto& r : l->runs) t += r.text;
        while (!t.empty() && t.back() == ' ') t.pop_back();
        ++lines_seen;
        for (const char* end : {" N.º", " S/", " de", " marzo"}) {
            EXPECT_FALSE(t.size() >= std::strlen(end) && t.compare(t.size() - std::strlen(end), std::strlen(end), end) == 0)
                << t;
        }
    }
    EXPECT_GT(lines_seen, 10);
}

TEST(Layout, ListsHangTheirTextAfterTheMarker) {
    FixedMeasure m;
    document::Document doc;
    document::Block list;
    list.kind = document::Block::Kind::list;
    list.list_style = document::ListStyle::letter;
    list.items.push_back({run(words(30))});
    list.items.push_back({run("corta")});
    doc.blocks.push_back(list);
    auto o = options();
    const auto layout = lay_out(doc, m, o);
    const auto lines = body_lines(layout.pages[0]);
    ASSERT_GE(lines.size(), 4u);
    EXPECT_EQ(lines[0]->runs[0].text, "a)");
    const double text_x = o.page.margin_left + o.list_indent;
    for (const auto* l : lines) {
        if (l->runs[0].text == "a)" || l->runs[0].text == "b)") {
            EXPECT_LT(l->x, text_x);
        } else {
            EXPECT_DOUBLE_EQ(l->x, text_x);  // wrapped lines align with the first, not the marker
        }
    }
}

TEST(Layout, ClausesStartWithTheirOrdinalInBold) {
    FixedMeasure m;
    document::Document doc;
    document::Block clause;
    clause.kind = document::Block::Kind::clause;
    clause.clause_ordinal = "DÉCIMA PRIMERA";
    clause.children.push_back(paragraph("Texto de la cláusula."));
    doc.blocks.push_back(clause);
    const auto layout = lay_out(doc, m, options());
    const auto& first = body_lines(layout.pages[0]).at(0)->runs;
    EXPECT_EQ(first[0].face, Face::bold);
    EXPECT_EQ(first[0].text, "DÉCIMA PRIMERA.- ");
}

TEST(Layout, SignatureFieldsOnePerSignatoryInTwoColumns) {
    FixedMeasure m;
    document::Document doc;
    document::Block sig;
    sig.kind = document::Block::Kind::signatures;
    for (const char* role : {"representante", "prestador", "juridico"}) {
        document::Signatory s;
        s.name = std::string("C. ") + role;
        s.title = "CARGO";
        s.caption = role == std::string("representante") ? "POR EL PROGRAMA, CON UNA LEYENDA LARGA QUE OCUPA DOS LÍNEAS" : "";
        s.field = std::string("firma_") + role;
        sig.signatories.push_back(s);
    }
    doc.blocks.push_back(sig);
    auto o = options();
    const auto layout = lay_out(doc, m, o);
    ASSERT_EQ(layout.fields.size(), 3u);
    EXPECT_EQ(layout.fields[0].name, "firma_representante");
    // Same row: same height, side by side, aligned even though only one has a long caption.
    EXPECT_DOUBLE_EQ(layout.fields[0].box.y, layout.fields[1].box.y);
    EXPECT_LT(layout.fields[0].box.x + layout.fields[0].box.w, layout.fields[1].box.x);
    EXPECT_GT(layout.fields[2].box.y, layout.fields[0].box.y);
    for (const auto& f : layout.fields) {
        EXPECT_GE(f.box.x, o.page.margin_left);
        EXPECT_LE(f.box.x + f.box.w, o.page.width - o.page.margin_right);
        EXPECT_GT(f.box.h, 30);
    }
}

TEST(Layout, PublicVersionLaysOutLegendsNotValues) {
    FixedMeasure m;
    document::Document doc;
    document::Block b;
    b.kind = document::Block::Kind::paragraph;
    document::Run secret = run("BOXW310820HNERXN09");
    secret.personal_label = "CURP";
    b.runs = {run("CURP "), secret, run(".")};
    doc.blocks.push_back(b);
    auto o = options();
    o.render.public_version = true;
    const auto layout = lay_out(doc, m, o);
    std::string all;
    for (const auto& l : layout.pages[0].lines) {
        for (const auto& r : l.runs) all += r.text;
    }
    EXPECT_EQ(all.find("BOXW"), std::string::npos);
    EXPECT_NE(all.find("[ELIMINADO: CURP]"), std::string::npos);
}

TEST(Layout, PaperSizes) {
    EXPECT_DOUBLE_EQ(PageGeometry::for_paper("carta").height, 792);
    EXPECT_NEAR(PageGeometry::for_paper("a4").width, 595.28, 0.01);
}

}  // namespace
}  // namespace pacta::pdf
