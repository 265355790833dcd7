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
    const char* letter_and_figure;
};

class TermBetween : public testing::TestWithParam<TermCase> {};

TEST_P(TermBetween, InWords) {
    const auto& c = GetParam();
    const Term term = term_between(c.start, c.end);
    EXPECT_EQ(term_in_words(term), c.digits);
    EXPECT_EQ(term_in_words(term, true), c.spelled);
    EXPECT_EQ(term_in_words_and_figures(term), c.letter_and_figure);
}

// Months count to the same day of the month (domain-es.md §2): k months end the day before
// the day k months after the start, or before the last day when that month is shorter.
INSTANTIATE_TEST_SUITE_P(
    Cases, TermBetween,
    testing::Values(
        // The reference contract.
        TermCase{date(2024, 2, 1), date(2024, 6, 30), "5 meses", "cinco meses", "cinco (5) meses"},
        TermCase{date(2024, 3, 15), date(2024, 8, 14), "5 meses", "cinco meses", "cinco (5) meses"},
        TermCase{date(2024, 1, 16), date(2024, 4, 15), "3 meses", "tres meses", "tres (3) meses"},
        TermCase{date(2024, 2, 1), date(2024, 2, 29), "1 mes", "un mes", "un (1) mes"},
        TermCase{date(2023, 2, 1), date(2023, 2, 28), "1 mes", "un mes", "un (1) mes"},
        TermCase{date(2024, 1, 1), date(2024, 12, 31), "1 año", "un año", "un (1) año"},
        TermCase{date(2024, 3, 1), date(2025, 2, 28), "1 año", "un año", "un (1) año"},
        TermCase{date(2024, 3, 15), date(2025, 3, 14), "1 año", "un año", "un (1) año"},
        TermCase{date(2024, 1, 1), date(2025, 12, 31), "2 años", "dos años", "dos (2) años"},
        TermCase{date(2024, 1, 1), date(2025, 6, 30), "18 meses", "dieciocho meses", "dieciocho (18) meses"},
        TermCase{date(2024, 11, 1), date(2025, 1, 31), "3 meses", "tres meses", "tres (3) meses"},
        // Months and the days left over.
        TermCase{date(2024, 1, 16), date(2024, 4, 25), "3 meses y 10 días", "tres meses y diez días",
                 "tres (3) meses y diez (10) días"},
        TermCase{date(2024, 2, 1), date(2024, 6, 29), "4 meses y 29 días", "cuatro meses y veintinueve días",
                 "cuatro (4) meses y veintinueve (29) días"},
        TermCase{date(2024, 1, 1), date(2025, 1, 1), "12 meses y 1 día", "doce meses y un día",
                 "doce (12) meses y un (1) día"},
        // A start on a day the end month lacks: its last day stands for it.
        TermCase{date(2024, 1, 31), date(2024, 2, 28), "1 mes", "un mes", "un (1) mes"},
        TermCase{date(2024, 1, 31), date(2024, 2, 29), "1 mes y 1 día", "un mes y un día",
                 "un (1) mes y un (1) día"},
        TermCase{date(2024, 1, 31), date(2024, 3, 30), "2 meses", "dos meses", "dos (2) meses"},
        TermCase{date(2023, 1, 31), date(2023, 2, 27), "1 mes", "un mes", "un (1) mes"},
        TermCase{date(2023, 1, 31), date(2023, 2, 26), "27 días", "veintisiete días", "veintisiete (27) días"},
        TermCase{date(2024, 5, 31), date(2024, 6, 29), "1 mes", "un mes", "un (1) mes"},
        // Leap years: 29 February starts and ends terms.
        TermCase{date(2024, 2, 29), date(2025, 2, 27), "1 año", "un año", "un (1) año"},
        TermCase{date(2024, 2, 29), date(2025, 2, 28), "12 meses y 1 día", "doce meses y un día",
                 "doce (12) meses y un (1) día"},
        TermCase{date(2023, 3, 1), date(2024, 2, 29), "1 año", "un año", "un (1) año"},
        TermCase{date(2024, 2, 15), date(2024, 3, 14), "1 mes", "un mes", "un (1) mes"},
        TermCase{date(2023, 2, 15), date(2023, 3, 14), "1 mes", "un mes", "un (1) mes"},
        TermCase{date(2024, 1, 10), date(2024, 2, 9), "1 mes", "un mes", "un (1) mes"},
        // Less than a month: days, both ends included.
        TermCase{date(2024, 2, 1), date(2024, 2, 15), "15 días", "quince días", "quince (15) días"},
        TermCase{date(2024, 2, 1), date(2024, 2, 1), "1 día", "un día", "un (1) día"},
        TermCase{date(2024, 2, 15), date(2024, 3, 13), "28 días", "veintiocho días", "veintiocho (28) días"},
        TermCase{date(2024, 1, 1), date(2024, 1, 30), "30 días", "treinta días", "treinta (30) días"}));

TEST(TermBetween, FieldsOfTheTerm) {
    EXPECT_EQ(term_between(date(2024, 1, 16), date(2024, 4, 25)), (Term{3, TermUnit::months, 10}));
    EXPECT_EQ(term_between(date(2024, 1, 1), date(2025, 12, 31)), (Term{2, TermUnit::years}));
    EXPECT_EQ(term_between(date(2024, 1, 1), date(2025, 6, 30)), (Term{18, TermUnit::months}));
    EXPECT_EQ(term_between(date(2024, 2, 1), date(2024, 2, 15)), (Term{15, TermUnit::days}));
    // Twenty-four months and a day do not read in years.
    EXPECT_EQ(term_between(date(2024, 1, 1), date(2026, 1, 1)), (Term{24, TermUnit::months, 1}));
}

TEST(TermBetween, EveryEndWithinTwoYearsIsConsistent) {
    // Months never run backwards, the days left over are fewer than a month's, and the
    // term rebuilt from its parts lands on the end.
    for (const Date start : {date(2024, 1, 31), date(2024, 2, 29), date(2023, 12, 30), date(2024, 3, 1)}) {
        int last_months = 0;
        for (int d = 0; d < 800; ++d) {
            const Date end = start.add_days(d);
            const Term t = term_between(start, end);
            const int months = t.unit == TermUnit::years ? t.count * 12 : t.unit == TermUnit::months ? t.count : 0;
            EXPECT_GE(months, last_months) << start.iso() << " " << end.iso();
            last_months = months;
            EXPECT_LT(t.remainder_days, 31);
            if (t.unit == TermUnit::days) {
                EXPECT_EQ(start.add_days(t.count - 1), end);
            } else {
                EXPECT_EQ(add_months(start, months).add_days(t.remainder_days - 1), end) << start.iso() << " " << end.iso();
            }
        }
    }
}

TEST(AddMonths, ClampsToTheLastDay) {
    EXPECT_EQ(add_months(date(2024, 1, 31), 1), date(2024, 2, 29));
    EXPECT_EQ(add_months(date(2023, 1, 31), 1), date(2023, 2, 28));
    EXPECT_EQ(add_months(date(2024, 1, 31), 2), date(2024, 3, 31));
    EXPECT_EQ(add_months(date(2024, 2, 29), 12), date(2025, 2, 28));
    EXPECT_EQ(add_months(date(2024, 2, 29), 48), date(2028, 2, 29));
    EXPECT_EQ(add_months(date(2024, 11, 15), 3), date(2025, 2, 15));
    EXPECT_EQ(add_months(date(2024, 3, 31), -1), date(2024, 2, 29));
}

TEST(CountInWordsAndFigures, MasculineNouns) {
    EXPECT_EQ(count_in_words_and_figures(10, "día hábil", "días hábiles"), "diez (10) días hábiles");
    EXPECT_EQ(count_in_words_and_figures(1, "día hábil", "días hábiles"), "un (1) día hábil");
    EXPECT_EQ(count_in_words_and_figures(21, "día", "días"), "veintiún (21) días");
    EXPECT_EQ(count_in_words_and_figures(31, "día", "días"), "treinta y un (31) días");
    EXPECT_EQ(count_in_words_and_figures(0, "día", "días"), "cero (0) días");
    EXPECT_EQ(count_in_words_and_figures(101, "ejemplar", "ejemplares"), "ciento un (101) ejemplares");
    EXPECT_EQ(count_in_words_and_figures(1'000'000, "día", "días"), "un millón (1000000) de días");
    EXPECT_THROW((void)count_in_words_and_figures(-1, "día", "días"), RuleError);
}

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
