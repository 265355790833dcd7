#include "pacta/domain/ordinals.h"

#include <gtest/gtest.h>

#include <set>

#include "pacta/domain/finding.h"
#include "pacta/domain/utf8.h"

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

// Lower-case ordinals in both genders: masculine, masculine before a noun, feminine.
struct GenderCase {
    int n;
    const char* masculine;
    const char* before_noun;
    const char* feminine;
};

void expect_forms(const GenderCase& c, OrdinalStyle style) {
    EXPECT_EQ(ordinal_words(c.n, Gender::masculine, false, style), c.masculine) << c.n;
    EXPECT_EQ(ordinal_words(c.n, Gender::masculine, true, style), c.before_noun) << c.n;
    EXPECT_EQ(ordinal_words(c.n, Gender::feminine, false, style), c.feminine) << c.n;
    // Shortening is for masculine nouns only.
    EXPECT_EQ(ordinal_words(c.n, Gender::feminine, true, style), c.feminine) << c.n;
}

// 1..30 and a sample to 100 in the default two-word style.
const GenderCase two_word_cases[] = {
    {1, "primero", "primer", "primera"},
    {2, "segundo", "segundo", "segunda"},
    {3, "tercero", "tercer", "tercera"},
    {4, "cuarto", "cuarto", "cuarta"},
    {5, "quinto", "quinto", "quinta"},
    {6, "sexto", "sexto", "sexta"},
    {7, "séptimo", "séptimo", "séptima"},
    {8, "octavo", "octavo", "octava"},
    {9, "noveno", "noveno", "novena"},
    {10, "décimo", "décimo", "décima"},
    {11, "décimo primero", "décimo primer", "décima primera"},
    {12, "décimo segundo", "décimo segundo", "décima segunda"},
    {13, "décimo tercero", "décimo tercer", "décima tercera"},
    {14, "décimo cuarto", "décimo cuarto", "décima cuarta"},
    {15, "décimo quinto", "décimo quinto", "décima quinta"},
    {16, "décimo sexto", "décimo sexto", "décima sexta"},
    {17, "décimo séptimo", "décimo séptimo", "décima séptima"},
    {18, "décimo octavo", "décimo octavo", "décima octava"},
    {19, "décimo noveno", "décimo noveno", "décima novena"},
    {20, "vigésimo", "vigésimo", "vigésima"},
    {21, "vigésimo primero", "vigésimo primer", "vigésima primera"},
    {22, "vigésimo segundo", "vigésimo segundo", "vigésima segunda"},
    {23, "vigésimo tercero", "vigésimo tercer", "vigésima tercera"},
    {24, "vigésimo cuarto", "vigésimo cuarto", "vigésima cuarta"},
    {25, "vigésimo quinto", "vigésimo quinto", "vigésima quinta"},
    {26, "vigésimo sexto", "vigésimo sexto", "vigésima sexta"},
    {27, "vigésimo séptimo", "vigésimo séptimo", "vigésima séptima"},
    {28, "vigésimo octavo", "vigésimo octavo", "vigésima octava"},
    {29, "vigésimo noveno", "vigésimo noveno", "vigésima novena"},
    {30, "trigésimo", "trigésimo", "trigésima"},
    {31, "trigésimo primero", "trigésimo primer", "trigésima primera"},
    {33, "trigésimo tercero", "trigésimo tercer", "trigésima tercera"},
    {40, "cuadragésimo", "cuadragésimo", "cuadragésima"},
    {41, "cuadragésimo primero", "cuadragésimo primer", "cuadragésima primera"},
    {47, "cuadragésimo séptimo", "cuadragésimo séptimo", "cuadragésima séptima"},
    {50, "quincuagésimo", "quincuagésimo", "quincuagésima"},
    {53, "quincuagésimo tercero", "quincuagésimo tercer", "quincuagésima tercera"},
    {60, "sexagésimo", "sexagésimo", "sexagésima"},
    {68, "sexagésimo octavo", "sexagésimo octavo", "sexagésima octava"},
    {70, "septuagésimo", "septuagésimo", "septuagésima"},
    {71, "septuagésimo primero", "septuagésimo primer", "septuagésima primera"},
    {80, "octogésimo", "octogésimo", "octogésima"},
    {82, "octogésimo segundo", "octogésimo segundo", "octogésima segunda"},
    {90, "nonagésimo", "nonagésimo", "nonagésima"},
    {93, "nonagésimo tercero", "nonagésimo tercer", "nonagésima tercera"},
    {99, "nonagésimo noveno", "nonagésimo noveno", "nonagésima novena"},
    {100, "centésimo", "centésimo", "centésima"},
};

TEST(OrdinalWords, TwoWordsInBothGenders) {
    for (const auto& c : two_word_cases) {
        expect_forms(c, OrdinalStyle::two_words);
        // The clause ordinal is the feminine in upper case.
        EXPECT_EQ(clause_ordinal(c.n), to_upper_es(c.feminine));
    }
}

TEST(OrdinalWords, ClassicDiffersOnlyAtElevenAndTwelve) {
    expect_forms({11, "undécimo", "undécimo", "undécima"}, OrdinalStyle::classic);
    expect_forms({12, "duodécimo", "duodécimo", "duodécima"}, OrdinalStyle::classic);
    for (const auto& c : two_word_cases) {
        if (c.n != 11 && c.n != 12) expect_forms(c, OrdinalStyle::classic);
    }
}

TEST(OrdinalWords, OneWordFromElevenToTwentyNine) {
    const GenderCase one_word[] = {
        {11, "decimoprimero", "decimoprimer", "decimoprimera"},
        {12, "decimosegundo", "decimosegundo", "decimosegunda"},
        {13, "decimotercero", "decimotercer", "decimotercera"},
        {14, "decimocuarto", "decimocuarto", "decimocuarta"},
        {15, "decimoquinto", "decimoquinto", "decimoquinta"},
        {16, "decimosexto", "decimosexto", "decimosexta"},
        {17, "decimoséptimo", "decimoséptimo", "decimoséptima"},
        {18, "decimoctavo", "decimoctavo", "decimoctava"},
        {19, "decimonoveno", "decimonoveno", "decimonovena"},
        {21, "vigesimoprimero", "vigesimoprimer", "vigesimoprimera"},
        {22, "vigesimosegundo", "vigesimosegundo", "vigesimosegunda"},
        {23, "vigesimotercero", "vigesimotercer", "vigesimotercera"},
        {24, "vigesimocuarto", "vigesimocuarto", "vigesimocuarta"},
        {25, "vigesimoquinto", "vigesimoquinto", "vigesimoquinta"},
        {26, "vigesimosexto", "vigesimosexto", "vigesimosexta"},
        {27, "vigesimoséptimo", "vigesimoséptimo", "vigesimoséptima"},
        {28, "vigesimoctavo", "vigesimoctavo", "vigesimoctava"},
        {29, "vigesimonoveno", "vigesimonoveno", "vigesimonovena"},
    };
    for (const auto& c : one_word) expect_forms(c, OrdinalStyle::one_word);
    // Tens, the first ten and everything from 30 on are as in two words.
    for (const auto& c : two_word_cases) {
        if (c.n <= 10 || c.n % 10 == 0 || c.n >= 30) expect_forms(c, OrdinalStyle::one_word);
    }
}

TEST(OrdinalWords, EveryOrdinalIsDistinctInEachForm) {
    for (const auto style : {OrdinalStyle::two_words, OrdinalStyle::classic, OrdinalStyle::one_word}) {
        for (const auto gender : {Gender::masculine, Gender::feminine}) {
            for (const bool before_noun : {false, true}) {
                std::set<std::string> seen;
                for (int n = 1; n <= max_clause_ordinal; ++n) {
                    const std::string word = ordinal_words(n, gender, before_noun, style);
                    EXPECT_TRUE(seen.insert(word).second) << word;
                    EXPECT_EQ(to_lower_es(word), word);
                    const char last = word.back();
                    EXPECT_TRUE(gender == Gender::feminine ? last == 'a' : last == 'o' || (before_noun && last == 'r'))
                        << word;
                }
            }
        }
    }
    EXPECT_THROW((void)ordinal_words(0, Gender::masculine), RuleError);
    EXPECT_THROW((void)ordinal_words(101, Gender::feminine), RuleError);
}

TEST(NumberSign, KeepsTheNumberWithItsSign) {
    EXPECT_EQ(number_sign(1), "N.\u00BA\u00A01");
    EXPECT_EQ(number_sign(1), "N.\xC2\xBA\xC2\xA0" "1");
    EXPECT_EQ(number_sign(2024), "N.º\u00A02024");
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
