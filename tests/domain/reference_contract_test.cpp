// The figures of the reference contract (IMSS-Bienestar 2024, tests/fixtures), computed.
#include <gtest/gtest.h>

#include "pacta/domain/amount_in_words.h"
#include "pacta/domain/ordinals.h"
#include "pacta/domain/spanish_dates.h"

namespace pacta::domain {
namespace {

TEST(ReferenceContract, FeeAndInstalments) {
    const auto fee = parse_money("68,858.30", Currency::MXN);
    ASSERT_TRUE(fee.value);
    EXPECT_EQ(amount_with_words(*fee.value),
              "$68,858.30 (SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO PESOS 30/100 M.N.)");

    const auto parts = fee.value->split_evenly(5);
    ASSERT_EQ(parts.size(), 5u);
    for (Money part : parts) {
        EXPECT_EQ(amount_with_words(part),
                  "$13,771.66 (TRECE MIL SETECIENTOS SETENTA Y UN PESOS 66/100 M.N.)");
    }
}

TEST(ReferenceContract, DatesTermCopiesAndClauses) {
    const Date signed_on = *Date::from_ymd(2024, 1, 29);
    const Date starts = *Date::from_ymd(2024, 2, 1);
    const Date ends = *Date::from_ymd(2024, 6, 30);
    EXPECT_EQ(long_date(signed_on), "29 de enero de 2024");
    EXPECT_EQ(long_date(starts, {false, true}), "01 de febrero de 2024");
    EXPECT_EQ(long_date(ends, {false, true}), "30 de junio de 2024");
    EXPECT_EQ(term_in_words(term_between(starts, ends)), "5 meses");
    EXPECT_EQ(copies_in_words(5), "QUINTUPLICADO");
    EXPECT_EQ(clause_ordinal(15), "DÉCIMA QUINTA");
    EXPECT_LT(signed_on, starts);
}

// The reference contract itself misspells the amount ("Seenta y ocho mil"); generated text
// cannot: every word of the computed amount is a real Spanish number word.
TEST(ReferenceContract, GeneratedWordsAreNeverTheTypo) {
    const std::string words = amount_in_words(Money(6'885'830, Currency::MXN), TextCase::sentence);
    EXPECT_EQ(words.rfind("Sesenta y ocho mil", 0), 0u);
    EXPECT_EQ(words.find("Seenta"), std::string::npos);
}

}  // namespace
}  // namespace pacta::domain
