// Cross-checks Pacta's own Spanish number words and money display against ICU, which is
// written independently. ICU's traps (domain-es.md §1) are handled here, not in the code:
// soft hyphens are stripped and "de" after millions is Pacta's own rule.
#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/rbnf.h>

#include <memory>

#include "pacta/domain/cardinal_words.h"
#include "pacta/domain/money.h"

namespace pacta::domain {
namespace {

std::string strip_soft_hyphens(std::string text) {
    for (std::size_t p; (p = text.find("\u00AD")) != std::string::npos;) text.erase(p, 2);
    return text;
}

class IcuSpellout : public testing::Test {
protected:
    std::string spell(std::uint64_t n, const char* rule_set) {
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString out;
        icu::FieldPosition pos;
        formatter_.format(static_cast<int64_t>(n), icu::UnicodeString(rule_set), out, pos, status);
        EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
        std::string utf8;
        return strip_soft_hyphens(out.toUTF8String(utf8));
    }

    UErrorCode status_ = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat formatter_{icu::URBNF_SPELLOUT, icu::Locale("es"), status_};
};

TEST_F(IcuSpellout, AgreesOnEveryNumberUpToOneHundredThousand) {
    ASSERT_TRUE(U_SUCCESS(status_));
    for (std::uint64_t n = 0; n <= 100'000; ++n) {
        ASSERT_EQ(cardinal_words(n, FinalOne::apocopated), spell(n, "%spellout-cardinal-masculine")) << n;
        ASSERT_EQ(cardinal_words(n, FinalOne::full), spell(n, "%spellout-numbering")) << n;
    }
}

TEST_F(IcuSpellout, AgreesAcrossTheWholeRange) {
    std::uint64_t state = 0x2545F4914F6CDD1DULL;
    for (int i = 0; i < 50'000; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        const std::uint64_t n = state % 1'000'000'000'000ULL;
        ASSERT_EQ(cardinal_words(n, FinalOne::apocopated), spell(n, "%spellout-cardinal-masculine")) << n;
        ASSERT_EQ(cardinal_words(n, FinalOne::full), spell(n, "%spellout-numbering")) << n;
    }
    for (std::uint64_t n : {1'000'000ULL, 21'000'000ULL, 1'000'000'000ULL, 1'001'000'000ULL, 999'999'999'999ULL}) {
        ASSERT_EQ(cardinal_words(n, FinalOne::apocopated), spell(n, "%spellout-cardinal-masculine")) << n;
    }
}

std::string icu_currency(std::int64_t minor, const char* locale, const char16_t* code) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> f(
        icu::NumberFormat::createCurrencyInstance(icu::Locale(locale), status));
    f->setCurrency(code, status);
    icu::UnicodeString out;
    f->format(static_cast<double>(minor) / 100.0, out);
    std::string utf8;
    return out.toUTF8String(utf8);
}

TEST(IcuCurrency, DisplayMatchesIcuForEachProfile) {
    for (std::int64_t minor : {0LL, 5LL, 6'885'830LL, 100'000'000LL, 123'456'789'012LL}) {
        EXPECT_EQ(format_money(Money(minor, Currency::MXN)), icu_currency(minor, "es_MX", u"MXN"));
        EXPECT_EQ(format_money(Money(minor, Currency::PEN)), icu_currency(minor, "es_PE", u"PEN"));
    }
}

}  // namespace
}  // namespace pacta::domain
