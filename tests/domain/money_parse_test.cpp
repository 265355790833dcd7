#include <gtest/gtest.h>

#include "pacta/domain/money.h"

namespace pacta::domain {
namespace {

struct Accepted {
    const char* text;
    Currency currency;
    std::int64_t minor;
};

class ParseMoneyAccepts : public testing::TestWithParam<Accepted> {};

TEST_P(ParseMoneyAccepts, Value) {
    const auto& c = GetParam();
    const auto parsed = parse_money(c.text, c.currency);
    ASSERT_TRUE(parsed.value.has_value()) << c.text << ": " << parsed.findings.front().code;
    EXPECT_EQ(parsed.value->minor_units(), c.minor) << c.text;
    EXPECT_EQ(parsed.value->currency(), c.currency);
    EXPECT_TRUE(parsed.findings.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Lenient, ParseMoneyAccepts,
    testing::Values(Accepted{"68858.3", Currency::MXN, 6'885'830},
                    Accepted{"68,858.30", Currency::MXN, 6'885'830},
                    Accepted{"$ 68,858.30", Currency::MXN, 6'885'830},
                    Accepted{"$68,858.30", Currency::MXN, 6'885'830},
                    Accepted{"  68858.30  ", Currency::MXN, 6'885'830},
                    Accepted{"68858", Currency::MXN, 6'885'800},
                    Accepted{"68858.", Currency::MXN, 6'885'800},
                    Accepted{"0.01", Currency::MXN, 1},
                    Accepted{"0", Currency::MXN, 0},
                    Accepted{"1,500", Currency::MXN, 150'000},
                    Accepted{"1,234,567.89", Currency::MXN, 123'456'789},
                    Accepted{"68858.30 MXN", Currency::MXN, 6'885'830},
                    Accepted{"68,858.30 M.N.", Currency::MXN, 6'885'830},
                    Accepted{"S/ 1,500.00", Currency::PEN, 150'000},
                    Accepted{"S/. 100.000.000,00", Currency::PEN, 10'000'000'000},
                    Accepted{"s/ 20", Currency::PEN, 2'000},
                    Accepted{"1500,5", Currency::PEN, 150'050},
                    Accepted{"US$ 12.50", Currency::USD, 1'250},
                    Accepted{"999,999,999,999.99", Currency::MXN, Money::max_minor_units},
                    Accepted{"000123.45", Currency::MXN, 12'345}));

struct Rejected {
    const char* text;
    Currency currency;
    const char* code;
    const char* column;  // "" when the finding has no column
};

class ParseMoneyRejects : public testing::TestWithParam<Rejected> {};

TEST_P(ParseMoneyRejects, WithFindingAndColumn) {
    const auto& c = GetParam();
    const auto parsed = parse_money(c.text, c.currency, "honorarios");
    EXPECT_FALSE(parsed.value.has_value()) << c.text;
    ASSERT_EQ(parsed.findings.size(), 1u) << c.text;
    EXPECT_EQ(parsed.findings[0].code, c.code) << c.text;
    EXPECT_EQ(parsed.findings[0].field, "honorarios");
    EXPECT_EQ(parsed.findings[0].severity, Severity::error);
    EXPECT_EQ(parsed.findings[0].param("column"), c.column) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Errors, ParseMoneyRejects,
    testing::Values(Rejected{"", Currency::MXN, "money.empty", ""},
                    Rejected{"   ", Currency::MXN, "money.empty", ""},
                    Rejected{"$", Currency::MXN, "money.empty", ""},
                    Rejected{"-68858.30", Currency::MXN, "money.negative", "1"},
                    Rejected{"$ -5", Currency::MXN, "money.negative", "3"},
                    Rejected{"(500.00)", Currency::MXN, "money.negative", "1"},
                    Rejected{"1.500", Currency::MXN, "money.ambiguous", "2"},
                    Rejected{"10.505", Currency::MXN, "money.ambiguous", "3"},
                    Rejected{"68858.301", Currency::MXN, "money.too_precise", "9"},
                    Rejected{"1,500.505", Currency::MXN, "money.too_precise", "9"},
                    Rejected{"12,34,567", Currency::MXN, "money.grouping", "6"},
                    Rejected{"1,2345", Currency::MXN, "money.too_precise", "5"},
                    Rejected{"68858,301", Currency::MXN, "money.too_precise", "9"},
                    Rejected{"68858,30.5", Currency::MXN, "money.grouping", "6"},
                    Rejected{"1.000.000.5,3", Currency::MXN, "money.grouping", "11"},
                    Rejected{"68858.3O", Currency::MXN, "money.invalid_character", "8"},
                    Rejected{"sesenta", Currency::MXN, "money.invalid_character", "1"},
                    Rejected{"68 858.30", Currency::MXN, "money.invalid_character", "3"},
                    Rejected{".50", Currency::MXN, "money.invalid_character", "1"},
                    Rejected{"1.2.3,4.5", Currency::MXN, "money.ambiguous", "2"},
                    Rejected{"S/ 100", Currency::MXN, "money.currency_mismatch_symbol", "1"},
                    Rejected{"$ 100", Currency::PEN, "money.currency_mismatch_symbol", "1"},
                    Rejected{"100 USD", Currency::MXN, "money.currency_mismatch_symbol", "5"},
                    Rejected{"1,000,000,000,000.00", Currency::MXN, "money.too_large", ""}));

TEST(ParseMoney, TooLargeNamesTheMaximum) {
    const auto parsed = parse_money("1000000000000", Currency::MXN);
    ASSERT_EQ(parsed.findings.size(), 1u);
    EXPECT_EQ(parsed.findings[0].param("maximum"), "$999,999,999,999.99");
}

TEST(ParseMoney, ColumnsCountCharactersNotBytes) {
    // "ñ" is two bytes in UTF-8 but one column for the person reading the message.
    const auto parsed = parse_money("ñ5", Currency::MXN);
    ASSERT_EQ(parsed.findings.size(), 1u);
    EXPECT_EQ(parsed.findings[0].param("column"), "1");
    EXPECT_EQ(parsed.findings[0].param("character"), "ñ");
}

}  // namespace
}  // namespace pacta::domain
