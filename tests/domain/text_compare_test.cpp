// Comparisons: words inserted and deleted, and clauses moved, inserted and deleted.
#include <gtest/gtest.h>

#include "pacta/domain/text_compare.h"

namespace pacta::domain {
namespace {

using Op = WordChange::Op;
using Kind = SegmentComparison::Kind;

TEST(CompareWords, AReplacementReadsAsDeletionThenInsertion) {
    const auto w = compare_words("no divulgar a terceras personas los datos", "no divulgar a nadie los datos obtenidos");
    ASSERT_EQ(w.size(), 5U);
    EXPECT_EQ(w[0].op, Op::same);
    EXPECT_EQ(w[0].text, "no divulgar a");
    EXPECT_EQ(w[1].op, Op::deleted);
    EXPECT_EQ(w[1].text, "terceras personas");
    EXPECT_EQ(w[2].op, Op::inserted);
    EXPECT_EQ(w[2].text, "nadie");
    EXPECT_EQ(w[3].text, "los datos");
    EXPECT_EQ(w[4].op, Op::inserted);
    EXPECT_EQ(w[4].text, "obtenidos");
}

TEST(CompareWords, EqualTextsAndEmptySides) {
    EXPECT_EQ(compare_words("uno dos", "uno  dos").size(), 1U);
    const auto all_new = compare_words("", "texto nuevo");
    ASSERT_EQ(all_new.size(), 1U);
    EXPECT_EQ(all_new[0].op, Op::inserted);
    const auto all_gone = compare_words("texto viejo", "");
    ASSERT_EQ(all_gone.size(), 1U);
    EXPECT_EQ(all_gone[0].op, Op::deleted);
}

std::vector<Segment> clauses(std::initializer_list<std::pair<const char*, const char*>> list, bool keyed) {
    std::vector<Segment> out;
    for (const auto& [title, text] : list) out.push_back({keyed ? title : "", title, text});
    return out;
}

TEST(CompareSegments, MovedInsertedAndDeletedClausesWithoutKeys) {
    const auto a = clauses({{"PRIMERA", "el objeto del contrato es la atención médica"},
                            {"SEGUNDA", "los honorarios se pagan en cinco exhibiciones mensuales"},
                            {"TERCERA", "la confidencialidad de los datos obtenidos es obligatoria"},
                            {"CUARTA", "las partes se someten a los tribunales federales"}},
                           false);
    // B: the confidentiality clause moved to the front (renumbered), the fees one deleted,
    // a new one on force majeure inserted, the object one changed.
    const auto b = clauses({{"PRIMERA", "la confidencialidad de los datos obtenidos es obligatoria"},
                            {"SEGUNDA", "el objeto del contrato es la atención médica de urgencias"},
                            {"TERCERA", "nadie responde por caso fortuito o fuerza mayor"},
                            {"CUARTA", "las partes se someten a los tribunales federales"}},
                           false);
    const auto r = compare_segments(a, b);
    ASSERT_EQ(r.size(), 5U);
    EXPECT_EQ(r[0].title, "PRIMERA");
    EXPECT_EQ(r[0].in_a, 2U);  // was TERCERA
    EXPECT_EQ(r[0].title_a, "TERCERA");
    EXPECT_TRUE(r[0].moved);
    EXPECT_EQ(r[0].kind, Kind::unchanged);
    EXPECT_EQ(r[1].kind, Kind::changed);
    EXPECT_FALSE(r[1].moved);
    EXPECT_EQ(r[1].words.back().text, "de urgencias");
    // The deleted fees clause comes after the clause that preceded it in A (the object one).
    EXPECT_EQ(r[2].kind, Kind::deleted);
    EXPECT_EQ(r[2].title, "SEGUNDA");
    EXPECT_EQ(r[3].kind, Kind::inserted);
    EXPECT_EQ(r[3].title, "TERCERA");
    EXPECT_EQ(r[4].kind, Kind::unchanged);
}

TEST(CompareSegments, KeysPairClausesWhateverTheirWords) {
    const auto a = clauses({{"vigencia", "cinco meses"}, {"honorarios", "diez mil pesos"}}, true);
    const auto b = clauses({{"honorarios", "doce mil pesos"}, {"vigencia", "seis meses"}}, true);
    const auto r = compare_segments(a, b);
    ASSERT_EQ(r.size(), 2U);
    EXPECT_EQ(r[0].in_a, 1U);
    EXPECT_EQ(r[0].kind, Kind::changed);
    EXPECT_EQ(r[1].in_a, 0U);
    // One of the two is out of A's order.
    EXPECT_NE(r[0].moved, r[1].moved);
}

}  // namespace
}  // namespace pacta::domain
