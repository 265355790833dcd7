// Comparisons for legal reviewers: a template cut into its clauses, the approved wording put
// in place of a clause's body, and the result as styled pieces, wdiff text and a document.
#include <gtest/gtest.h>

#include <algorithm>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/review/comparison.h"

namespace pacta::presentation {
namespace {

namespace d = domain;

const std::string source =
    "@titulo Contrato de prueba\n"
    "%% a comment the reviewer never reads\n"
    "Contrato que celebran las partes.\n"
    "{% clausula objeto %}El prestador realiza el servicio.{% fin %}\n"
    "Texto entre cláusulas.\n"
    "{% clausula pago %}{% si anticipo %}Con anticipo.{% fin %} El pago vence a treinta días.{% fin %}\n"
    "Firmas.\n";

TEST(Comparison, ATemplateIsCutIntoItsClausesAndTheTextAroundThem) {
    const auto segments = segments_of_template(source);
    std::vector<std::string> keys;
    for (const auto& s : segments) keys.push_back(s.key);
    EXPECT_EQ(keys, (std::vector<std::string>{"antes", "objeto", "entre-1", "pago", "despues"}));
    EXPECT_EQ(segments[0].text.find("@titulo"), std::string::npos);  // directives are not wording
    EXPECT_EQ(segments[0].text.find("comment"), std::string::npos);
    EXPECT_NE(segments[0].text.find("Contrato que celebran"), std::string::npos);
    EXPECT_EQ(segments[1].text, "El prestador realiza el servicio.");
    // A condition inside a clause stays inside it.
    EXPECT_NE(segments[3].text.find("Con anticipo."), std::string::npos);
    EXPECT_NE(segments[3].text.find("treinta días"), std::string::npos);
    EXPECT_NE(segments[4].text.find("Firmas."), std::string::npos);
}

TEST(Comparison, TheApprovedWordingReplacesOnlyTheBodiesOfTheClausesNamed) {
    const auto out = with_clause_texts(source, {{"pago", "El pago vence a sesenta días."}});
    EXPECT_NE(out.find("El pago vence a sesenta días."), std::string::npos);
    EXPECT_EQ(out.find("treinta"), std::string::npos);
    EXPECT_EQ(out.find("Con anticipo."), std::string::npos);  // the whole body, conditions included
    EXPECT_NE(out.find("El prestador realiza el servicio."), std::string::npos);
    EXPECT_NE(out.find("@titulo Contrato de prueba"), std::string::npos);
    EXPECT_NE(out.find("Texto entre cláusulas."), std::string::npos);
    // Still a template: the replaced clause keeps its tags.
    const auto again = segments_of_template(out);
    ASSERT_EQ(again.size(), 5U);
    EXPECT_EQ(again[3].key, "pago");
    EXPECT_NE(again[3].text.find("sesenta"), std::string::npos);
    EXPECT_EQ(with_clause_texts(source, {}), source);
}

TEST(Comparison, TheResultComesAsStyledPiecesItsTextAndItsDocumentAgree) {
    locale::set_language({}, "en");
    const std::vector<d::Segment> a{{"objeto", "PRIMERA", "El prestador realiza el servicio."},
                                    {"pago", "SEGUNDA", "El pago vence a treinta días."},
                                    {"penas", "TERCERA", "Sin penas convencionales."}};
    const std::vector<d::Segment> b{{"objeto", "PRIMERA", "El prestador realiza el servicio."},
                                    {"pago", "SEGUNDA", "El pago vence a sesenta días."},
                                    {"vigencia", "TERCERA", "La vigencia es de un año."}};
    const auto result = d::compare_segments(a, b);
    const auto summary = summarize(result);
    EXPECT_EQ(summary.unchanged, 1U);
    EXPECT_EQ(summary.changed, 1U);
    EXPECT_EQ(summary.inserted, 1U);
    EXPECT_EQ(summary.deleted, 1U);

    const auto pieces = comparison_pieces(result, "A", "B");
    using Style = RedlinePiece::Style;
    const auto has = [&](Style style, const std::string& text) {
        return std::any_of(pieces.begin(), pieces.end(),
                           [&](const RedlinePiece& p) { return p.style == style && p.text == text; });
    };
    EXPECT_TRUE(has(Style::deleted, "treinta"));
    EXPECT_TRUE(has(Style::inserted, "sesenta"));
    EXPECT_TRUE(has(Style::heading, "\n== Clause SEGUNDA (changed)\n"));
    const auto text = redline_text(pieces);
    EXPECT_NE(text.find("[-treinta-] {+sesenta+}"), std::string::npos) << text;
    EXPECT_EQ(text, comparison_text(result, "A", "B"));
    EXPECT_NE(text.find("1 changed, 1 inserted, 1 deleted, 0 moved, 1 unchanged."), std::string::npos) << text;

    const auto doc = comparison_document(result, "A", "B");
    bool struck = false, underlined = false;
    for (const auto& block : doc.blocks) {
        for (const auto& run : block.runs) {
            struck |= run.mark == document::Mark::deleted && run.text == "treinta ";
            underlined |= run.mark == document::Mark::inserted && run.text == "sesenta ";
        }
    }
    EXPECT_TRUE(struck);
    EXPECT_TRUE(underlined);
}

}  // namespace
}  // namespace pacta::presentation
