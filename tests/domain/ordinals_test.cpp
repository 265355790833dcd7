#include "pacta/domain/ordinals.h"

#include <gtest/gtest.h>

#include <set>

#include "pacta/domain/finding.h"

namespace pacta::domain {
namespace {

struct OrdinalCase {
    int n;
    const char* two_words;
    const char* classic;
    const char* one_word;
};

class ClauseOrdinal : public testing::TestWithParam<OrdinalCase> {};

TEST_P(ClauseOrdinal, AllStyles) {
    const auto& c = GetParam();
    EXPECT_EQ(clause_ordinal(c.n), c.two_words);
    EXPECT_EQ(clause_ordinal(c.n, OrdinalStyle::classic), c.classic);
    EXPECT_EQ(clause_ordinal(c.n, OrdinalStyle::one_word), c.one_word);
}

INSTANTIATE_TEST_SUITE_P(
    Guide, ClauseOrdinal,
    testing::Values(OrdinalCase{1, "PRIMERA", "PRIMERA", "PRIMERA"},
                    OrdinalCase{2, "SEGUNDA", "SEGUNDA", "SEGUNDA"},
                    OrdinalCase{3, "TERCERA", "TERCERA", "TERCERA"},
                    OrdinalCase{7, "SÉPTIMA", "SÉPTIMA", "SÉPTIMA"},
                    OrdinalCase{10, "DÉCIMA", "DÉCIMA", "DÉCIMA"},
                    OrdinalCase{11, "DÉCIMA PRIMERA", "UNDÉCIMA", "DECIMOPRIMERA"},
                    OrdinalCase{12, "DÉCIMA SEGUNDA", "DUODÉCIMA", "DECIMOSEGUNDA"},
                    OrdinalCase{15, "DÉCIMA QUINTA", "DÉCIMA QUINTA", "DECIMOQUINTA"},
                    OrdinalCase{17, "DÉCIMA SÉPTIMA", "DÉCIMA SÉPTIMA", "DECIMOSÉPTIMA"},
                    OrdinalCase{18, "DÉCIMA OCTAVA", "DÉCIMA OCTAVA", "DECIMOCTAVA"},
                    OrdinalCase{19, "DÉCIMA NOVENA", "DÉCIMA NOVENA", "DECIMONOVENA"},
                    OrdinalCase{20, "VIGÉSIMA", "VIGÉSIMA", "VIGÉSIMA"},
                    OrdinalCase{21, "VIGÉSIMA PRIMERA", "VIGÉSIMA PRIMERA", "VIGESIMOPRIMERA"},
                    OrdinalCase{28, "VIGÉSIMA OCTAVA", "VIGÉSIMA OCTAVA", "VIGESIMOCTAVA"},
                    OrdinalCase{29, "VIGÉSIMA NOVENA", "VIGÉSIMA NOVENA", "VIGESIMONOVENA"},
                    OrdinalCase{30, "TRIGÉSIMA", "TRIGÉSIMA", "TRIGÉSIMA"},
                    OrdinalCase{31, "TRIGÉSIMA PRIMERA", "TRIGÉSIMA PRIMERA", "TRIGÉSIMA PRIMERA"},
                    OrdinalCase{40, "CUADRAGÉSIMA", "CUADRAGÉSIMA", "CUADRAGÉSIMA"},
                    OrdinalCase{45, "CUADRAGÉSIMA QUINTA", "CUADRAGÉSIMA QUINTA", "CUADRAGÉSIMA QUINTA"},
                    OrdinalCase{50, "QUINCUAGÉSIMA", "QUINCUAGÉSIMA", "QUINCUAGÉSIMA"},
                    OrdinalCase{60, "SEXAGÉSIMA", "SEXAGÉSIMA", "SEXAGÉSIMA"},
                    OrdinalCase{70, "SEPTUAGÉSIMA", "SEPTUAGÉSIMA", "SEPTUAGÉSIMA"},
                    OrdinalCase{80, "OCTOGÉSIMA", "OCTOGÉSIMA", "OCTOGÉSIMA"},
                    OrdinalCase{99, "NONAGÉSIMA NOVENA", "NONAGÉSIMA NOVENA", "NONAGÉSIMA NOVENA"},
                    OrdinalCase{100, "CENTÉSIMA", "CENTÉSIMA", "CENTÉSIMA"}));

TEST(ClauseOrdinal, EveryOrdinalIsDistinctAndUpperCase) {
    std::set<std::string> seen;
    for (int n = 1; n <= max_clause_ordinal; ++n) {
        const std::string word = clause_ordinal(n);
        EXPECT_TRUE(seen.insert(word).second) << word;
        EXPECT_EQ(word.find_first_of("abcdefghijklmnopqrstuvwxyz"), std::string::npos) << word;
    }
}

TEST(ClauseOrdinal, OutOfRangeIsARuleError) {
    for (int n : {0, -1, 101}) {
        try {
            (void)clause_ordinal(n);
            ADD_FAILURE() << n;
        } catch (const RuleError& e) {
            EXPECT_EQ(e.finding().code, "ordinal.out_of_range");
            EXPECT_EQ(e.finding().param("value"), std::to_string(n));
        }
    }
}

TEST(CopiesInWords, DuplicadoToOctuplicado) {
    const char* expected[] = {"DUPLICADO",    "TRIPLICADO",   "CUADRUPLICADO", "QUINTUPLICADO",
                              "SEXTUPLICADO", "SEPTUPLICADO", "OCTUPLICADO"};
    for (int n = 2; n <= 8; ++n) EXPECT_EQ(copies_in_words(n), expected[n - 2]);
    EXPECT_THROW((void)copies_in_words(1), RuleError);
    EXPECT_THROW((void)copies_in_words(9), RuleError);
}

}  // namespace
}  // namespace pacta::domain
