#include "pacta/domain/amount_in_words.h"

#include <gtest/gtest.h>

#include "pacta/domain/cardinal_words.h"

namespace pacta::domain {
namespace {

struct WordsCase {
    std::int64_t minor;
    const char* words;
};

class PesosInWords : public testing::TestWithParam<WordsCase> {};

TEST_P(PesosInWords, MatchesTheGuide) {
    EXPECT_EQ(amount_in_words(Money(GetParam().minor, Currency::MXN)), GetParam().words);
}

INSTANTIATE_TEST_SUITE_P(
    Guide, PesosInWords,
    testing::Values(
        // The reference contract.
        WordsCase{6'885'830, "SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO PESOS 30/100 M.N."},
        WordsCase{1'377'166, "TRECE MIL SETECIENTOS SETENTA Y UN PESOS 66/100 M.N."},
        // Zero and one cent.
        WordsCase{0, "CERO PESOS 00/100 M.N."},
        WordsCase{1, "CERO PESOS 01/100 M.N."},
        // Apocope before the noun.
        WordsCase{100, "UN PESO 00/100 M.N."},
        WordsCase{150, "UN PESO 50/100 M.N."},
        WordsCase{2'100, "VEINTIÚN PESOS 00/100 M.N."},
        WordsCase{3'100, "TREINTA Y UN PESOS 00/100 M.N."},
        WordsCase{10'100, "CIENTO UN PESOS 00/100 M.N."},
        WordsCase{2'100'000, "VEINTIÚN MIL PESOS 00/100 M.N."},
        WordsCase{20'100'000, "DOSCIENTOS UN MIL PESOS 00/100 M.N."},
        WordsCase{3'100'000, "TREINTA Y UN MIL PESOS 00/100 M.N."},
        // 100 versus 101, and the other hundreds.
        WordsCase{10'000, "CIEN PESOS 00/100 M.N."},
        WordsCase{10'000'000, "CIEN MIL PESOS 00/100 M.N."},
        WordsCase{19'900, "CIENTO NOVENTA Y NUEVE PESOS 00/100 M.N."},
        WordsCase{50'000, "QUINIENTOS PESOS 00/100 M.N."},
        WordsCase{70'000, "SETECIENTOS PESOS 00/100 M.N."},
        WordsCase{90'000, "NOVECIENTOS PESOS 00/100 M.N."},
        // Single words up to 29, with their accents.
        WordsCase{1'600, "DIECISÉIS PESOS 00/100 M.N."},
        WordsCase{2'200, "VEINTIDÓS PESOS 00/100 M.N."},
        WordsCase{2'300, "VEINTITRÉS PESOS 00/100 M.N."},
        WordsCase{2'600, "VEINTISÉIS PESOS 00/100 M.N."},
        WordsCase{1'500, "QUINCE PESOS 00/100 M.N."},
        // Thousands: "MIL", never "UN MIL".
        WordsCase{100'000, "MIL PESOS 00/100 M.N."},
        WordsCase{100'100, "MIL UN PESOS 00/100 M.N."},
        WordsCase{150'000, "MIL QUINIENTOS PESOS 00/100 M.N."},
        // Millions: "DE" before the noun only for whole millions.
        WordsCase{100'000'000, "UN MILLÓN DE PESOS 00/100 M.N."},
        WordsCase{100'000'050, "UN MILLÓN DE PESOS 50/100 M.N."},
        WordsCase{200'000'000, "DOS MILLONES DE PESOS 00/100 M.N."},
        WordsCase{150'000'000, "UN MILLÓN QUINIENTOS MIL PESOS 00/100 M.N."},
        WordsCase{100'000'100, "UN MILLÓN UN PESOS 00/100 M.N."},
        WordsCase{2'100'000'000, "VEINTIÚN MILLONES DE PESOS 00/100 M.N."},
        WordsCase{100'000'000'000, "MIL MILLONES DE PESOS 00/100 M.N."},
        WordsCase{100'100'000'000, "MIL UN MILLONES DE PESOS 00/100 M.N."},
        WordsCase{200'000'000'000, "DOS MIL MILLONES DE PESOS 00/100 M.N."},
        WordsCase{2'100'000'000'000, "VEINTIÚN MIL MILLONES DE PESOS 00/100 M.N."},
        WordsCase{100'001'000'000, "MIL MILLONES DIEZ MIL PESOS 00/100 M.N."},
        // The largest amount.
        WordsCase{Money::max_minor_units,
                  "NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE MILLONES "
                  "NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE PESOS 99/100 M.N."}));

class SolesInWords : public testing::TestWithParam<WordsCase> {};

TEST_P(SolesInWords, MatchesSunatStyle) {
    EXPECT_EQ(amount_in_words(Money(GetParam().minor, Currency::PEN)), GetParam().words);
}

INSTANTIATE_TEST_SUITE_P(
    Guide, SolesInWords,
    testing::Values(
        WordsCase{6'885'830, "SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO CON 30/100 SOLES"},
        WordsCase{0, "CERO CON 00/100 SOLES"},
        WordsCase{100, "UNO CON 00/100 SOLES"},
        WordsCase{2'150, "VEINTIUNO CON 50/100 SOLES"},
        WordsCase{10'100, "CIENTO UNO CON 00/100 SOLES"},
        WordsCase{10'000, "CIEN CON 00/100 SOLES"},
        WordsCase{2'100'000, "VEINTIÚN MIL CON 00/100 SOLES"},
        WordsCase{100'000'000, "UN MILLÓN CON 00/100 SOLES"},
        WordsCase{300'000'000, "TRES MILLONES CON 00/100 SOLES"},
        WordsCase{150'000, "MIL QUINIENTOS CON 00/100 SOLES"}));

TEST(AmountInWords, SentenceCaseForRunningText) {
    EXPECT_EQ(amount_in_words(Money(6'885'830, Currency::MXN), TextCase::sentence),
              "Sesenta y ocho mil ochocientos cincuenta y ocho pesos 30/100 M.N.");
    EXPECT_EQ(amount_in_words(Money(100'000'000, Currency::MXN), TextCase::sentence),
              "Un millón de pesos 00/100 M.N.");
    EXPECT_EQ(amount_in_words(Money(2'150, Currency::PEN), TextCase::sentence),
              "Veintiuno con 50/100 soles");
}

TEST(AmountInWords, Dollars) {
    EXPECT_EQ(amount_in_words(Money(100, Currency::USD)), "UN DÓLAR 00/100 USD");
    EXPECT_EQ(amount_in_words(Money(2'100'050, Currency::USD)), "VEINTIÚN MIL DÓLARES 50/100 USD");
}

TEST(AmountInWords, WithFigureAsContractsQuote) {
    EXPECT_EQ(amount_with_words(Money(6'885'830, Currency::MXN)),
              "$68,858.30 (SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO PESOS 30/100 M.N.)");
}

TEST(AmountInWords, RejectsAmountsOutsideTheRange) {
    EXPECT_THROW((void)amount_in_words(Money(-1, Currency::MXN)), RuleError);
    EXPECT_THROW((void)amount_in_words(Money(Money::max_minor_units + 1, Currency::MXN)), RuleError);
}

// Structural properties over a sweep of the whole range: no double or stray spaces, no
// soft hyphens, no "UN MIL", "DE" exactly when the guide requires it.
TEST(AmountInWords, SweepHasNoStrayCharacters) {
    std::uint64_t state = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 200'000; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        const auto minor = static_cast<std::int64_t>(state % (Money::max_minor_units + 1));
        const std::string words = amount_in_words(Money(minor, Currency::MXN));
        ASSERT_EQ(words.find("  "), std::string::npos) << words;
        ASSERT_NE(words.front(), ' ');
        ASSERT_EQ(words.find("\u00AD"), std::string::npos) << words;
        ASSERT_EQ(words.rfind("UN MIL ", 0), std::string::npos) << words;
        ASSERT_EQ(words.find("MILLONES UN MIL "), std::string::npos) << words;
        ASSERT_EQ(words.find("MILLÓN UN MIL "), std::string::npos) << words;
        const bool whole_millions = ends_in_whole_millions(static_cast<std::uint64_t>(minor / 100));
        ASSERT_EQ(words.find(" DE PESOS") != std::string::npos, whole_millions) << words;
    }
}

TEST(CardinalWords, FinalOneForms) {
    EXPECT_EQ(cardinal_words(21, FinalOne::full), "veintiuno");
    EXPECT_EQ(cardinal_words(21, FinalOne::apocopated), "veintiún");
    EXPECT_EQ(cardinal_words(91, FinalOne::apocopated), "noventa y un");
    EXPECT_EQ(cardinal_words(1'001, FinalOne::full), "mil uno");
    EXPECT_EQ(cardinal_words(21'021, FinalOne::full), "veintiún mil veintiuno");
    EXPECT_THROW((void)cardinal_words(1'000'000'000'000), RuleError);
}

}  // namespace
}  // namespace pacta::domain
