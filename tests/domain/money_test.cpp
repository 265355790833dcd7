#include "pacta/domain/money.h"

#include <gtest/gtest.h>

#include <numeric>

namespace pacta::domain {
namespace {

Money mxn(std::int64_t minor) { return Money(minor, Currency::MXN); }

TEST(Money, FormatsPerProfile) {
    EXPECT_EQ(format_money(mxn(6'885'830)), "$68,858.30");
    EXPECT_EQ(format_money(Money(6'885'830, Currency::PEN)), "S/\u00A068,858.30");
    EXPECT_EQ(format_money(mxn(0)), "$0.00");
    EXPECT_EQ(format_money(mxn(5)), "$0.05");
    EXPECT_EQ(format_money(mxn(100'000'000)), "$1,000,000.00");
    EXPECT_EQ(format_money(mxn(Money::max_minor_units)), "$999,999,999,999.99");
    EXPECT_EQ(format_money(mxn(-150)), "-$1.50");
}

TEST(Money, CurrencyCodesRoundTrip) {
    for (Currency c : {Currency::MXN, Currency::PEN, Currency::USD}) {
        EXPECT_EQ(currency_from_code(currency_code(c)), c);
    }
    EXPECT_FALSE(currency_from_code("EUR").has_value());
    EXPECT_EQ(default_currency(FormatProfile::es_PE), Currency::PEN);
}

struct SplitCase {
    std::int64_t total;
    int parts;
    std::vector<std::int64_t> expected;
};

class SplitEvenly : public testing::TestWithParam<SplitCase> {};

TEST_P(SplitEvenly, PutsRemainderOnLastAndAddsUp) {
    const auto& c = GetParam();
    const auto split = mxn(c.total).split_evenly(c.parts);
    std::vector<std::int64_t> minor;
    for (Money m : split) minor.push_back(m.minor_units());
    EXPECT_EQ(minor, c.expected);
    EXPECT_EQ(std::accumulate(minor.begin(), minor.end(), std::int64_t{0}), c.total);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SplitEvenly,
    testing::Values(SplitCase{6'885'830, 5, {1'377'166, 1'377'166, 1'377'166, 1'377'166, 1'377'166}},
                    SplitCase{10'000'000, 3, {3'333'333, 3'333'333, 3'333'334}},
                    SplitCase{1, 3, {0, 0, 1}},
                    SplitCase{500, 1, {500}}));

TEST(Money, SplitRejectsZeroParts) {
    EXPECT_THROW((void)mxn(100).split_evenly(0), RuleError);
}

TEST(Money, ArithmeticRefusesMixedCurrencies) {
    EXPECT_EQ(mxn(150) + mxn(250), mxn(400));
    EXPECT_THROW((void)(mxn(1) + Money(1, Currency::PEN)), RuleError);
}

}  // namespace
}  // namespace pacta::domain
