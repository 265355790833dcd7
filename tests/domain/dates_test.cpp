#include <gtest/gtest.h>

#include "pacta/domain/date.h"
#include "pacta/domain/spanish_dates.h"

namespace pacta::domain {
namespace {

Date date(int y, unsigned m, unsigned d) {
    auto value = Date::from_ymd(y, m, d);
    if (!value) throw std::invalid_argument("bad test date");
    return *value;
}

TEST(Date, RejectsDaysThatDoNotExist) {
    EXPECT_TRUE(Date::from_ymd(2024, 2, 29).has_value());
    EXPECT_FALSE(Date::from_ymd(2023, 2, 29).has_value());
    EXPECT_FALSE(Date::from_ymd(2024, 4, 31).has_value());
    EXPECT_TRUE(Date::from_ymd(2000, 2, 29).has_value());
    EXPECT_FALSE(Date::from_ymd(1900, 2, 29).has_value());
    EXPECT_FALSE(Date::from_ymd(2024, 13, 1).has_value());
}

TEST(Date, MonthEndsAndIso) {
    EXPECT_TRUE(date(2024, 2, 29).is_last_day_of_month());
    EXPECT_FALSE(date(2024, 2, 28).is_last_day_of_month());
    EXPECT_TRUE(date(2023, 2, 28).is_last_day_of_month());
    EXPECT_TRUE(date(2024, 6, 30).is_last_day_of_month());
    EXPECT_EQ(date(2024, 1, 29).iso(), "2024-01-29");
    EXPECT_EQ(date(2024, 2, 28).add_days(1).iso(), "2024-02-29");
    EXPECT_EQ(date(2023, 12, 31).add_days(1).iso(), "2024-01-01");
}

TEST(ParseIsoDate, Accepts) {
    const auto parsed = parse_iso_date("2024-02-29");
    ASSERT_TRUE(parsed.value);
    EXPECT_EQ(*parsed.value, date(2024, 2, 29));
}

struct BadDate {
    const char* text;
    const char* code;
    const char* column;
};

class ParseIsoDateRejects : public testing::TestWithParam<BadDate> {};

TEST_P(ParseIsoDateRejects, WithReason) {
    const auto parsed = parse_iso_date(GetParam().text, "inicio");
    EXPECT_FALSE(parsed.value);
    ASSERT_EQ(parsed.findings.size(), 1u);
    EXPECT_EQ(parsed.findings[0].code, GetParam().code);
    EXPECT_EQ(parsed.findings[0].field, "inicio");
    EXPECT_EQ(parsed.findings[0].param("column"), GetParam().column);
}

INSTANTIATE_TEST_SUITE_P(Cases, ParseIsoDateRejects,
                         testing::Values(BadDate{"", "date.empty", ""},
                                         BadDate{"29/01/2024", "date.format", "3"},
                                         BadDate{"2024-1-29", "date.format", "7"},
                                         BadDate{"2024-01-29x", "date.format", "11"},
                                         BadDate{"2024-13-01", "date.month", ""},
                                         BadDate{"2024-00-10", "date.month", ""},
                                         BadDate{"2023-02-29", "date.not_leap_year", ""},
                                         BadDate{"2024-04-31", "date.day", ""},
                                         BadDate{"2024-04-00", "date.day", ""}));

TEST(LongDate, LowerUpperAndTwoDigitDay) {
    EXPECT_EQ(long_date(date(2024, 1, 29)), "29 de enero de 2024");
    EXPECT_EQ(long_date(date(2024, 1, 29), {true, false}), "29 DE ENERO DE 2024");
    EXPECT_EQ(long_date(date(2024, 2, 1)), "1 de febrero de 2024");
    EXPECT_EQ(long_date(date(2024, 2, 1), {false, true}), "01 de febrero de 2024");
    EXPECT_EQ(long_date(date(2024, 9, 1), {true, true}), "01 DE SEPTIEMBRE DE 2024");
    EXPECT_EQ(long_date(date(2024, 2, 29)), "29 de febrero de 2024");
    const char* months[] = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                            "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
    for (unsigned m = 1; m <= 12; ++m) EXPECT_EQ(month_name(m), months[m - 1]);
}

struct TermCase {
    Date start;
    Date end;
    const char* digits;
    const char* spelled;
};

class TermBetween : public testing::TestWithParam<TermCase> {};

TEST_P(TermBetween, InWords) {
    const auto& c = GetParam();
    const Term term = term_between(c.start, c.end);
    EXPECT_EQ(term_in_words(term), c.digits);
    EXPECT_EQ(term_in_words(term, true), c.spelled);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TermBetween,
    testing::Values(
        // The reference contract.
        TermCase{date(2024, 2, 1), date(2024, 6, 30), "5 meses", "cinco meses"},
        TermCase{date(2024, 2, 1), date(2024, 2, 29), "1 mes", "un mes"},
        TermCase{date(2023, 2, 1), date(2023, 2, 28), "1 mes", "un mes"},
        TermCase{date(2024, 1, 1), date(2024, 12, 31), "1 año", "un año"},
        TermCase{date(2024, 3, 1), date(2025, 2, 28), "1 año", "un año"},
        TermCase{date(2024, 1, 1), date(2025, 12, 31), "2 años", "dos años"},
        TermCase{date(2024, 1, 1), date(2025, 6, 30), "18 meses", "dieciocho meses"},
        TermCase{date(2024, 11, 1), date(2025, 1, 31), "3 meses", "tres meses"},
        // Otherwise days, both ends included.
        TermCase{date(2024, 2, 1), date(2024, 2, 15), "15 días", "quince días"},
        TermCase{date(2024, 2, 1), date(2024, 2, 1), "1 día", "un día"},
        TermCase{date(2024, 2, 15), date(2024, 3, 14), "29 días", "veintinueve días"},
        TermCase{date(2023, 2, 15), date(2023, 3, 14), "28 días", "veintiocho días"},
        TermCase{date(2024, 2, 1), date(2024, 6, 29), "150 días", "ciento cincuenta días"},
        TermCase{date(2024, 1, 10), date(2024, 2, 9), "31 días", "treinta y un días"}));

TEST(TermBetween, EndBeforeStartIsARuleError) {
    try {
        (void)term_between(date(2024, 6, 30), date(2024, 2, 1));
        ADD_FAILURE();
    } catch (const RuleError& e) {
        EXPECT_EQ(e.finding().code, "term.end_before_start");
        EXPECT_EQ(e.finding().param("start"), "2024-06-30");
    }
}

TEST(AgeAt, WholeYearsCompleted) {
    EXPECT_EQ(age_at(date(1990, 5, 15), date(2024, 5, 14)), 33);
    EXPECT_EQ(age_at(date(1990, 5, 15), date(2024, 5, 15)), 34);
    EXPECT_EQ(age_at(date(1990, 5, 15), date(2024, 1, 29)), 33);
    EXPECT_EQ(age_at(date(2000, 1, 1), date(2000, 1, 1)), 0);
    // Born on a leap day: a year older on 1 March in common years, on 29 February in leap ones.
    EXPECT_EQ(age_at(date(2000, 2, 29), date(2023, 2, 28)), 22);
    EXPECT_EQ(age_at(date(2000, 2, 29), date(2023, 3, 1)), 23);
    EXPECT_EQ(age_at(date(2000, 2, 29), date(2024, 2, 29)), 24);
    EXPECT_THROW((void)age_at(date(2024, 1, 2), date(2024, 1, 1)), RuleError);
}

}  // namespace
}  // namespace pacta::domain
