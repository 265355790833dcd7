#pragma once
// Dates and terms as Spanish legal text writes them (domain-es.md §2).

#include <string>
#include <string_view>

#include "pacta/domain/date.h"

namespace pacta::domain {

// "enero" .. "diciembre" (lower case, as in running Spanish text).
[[nodiscard]] std::string_view month_name(unsigned month);

struct LongDateOptions {
    bool upper = false;          // "29 DE ENERO DE 2024" for titles and signing lines
    bool two_digit_day = false;  // "01 de febrero de 2024", as the reference contract writes
};

// "29 de enero de 2024"
[[nodiscard]] std::string long_date(Date date, LongDateOptions options = {});

enum class TermUnit { days, months, years };

// A term as lawyers state it: `count` units, and for months the days left over
// ("3 meses y 10 días"). `remainder_days` is 0 for days and years.
struct Term {
    int count = 0;
    TermUnit unit = TermUnit::days;
    int remainder_days = 0;
    friend bool operator==(const Term&, const Term&) = default;
};

// The date `months` whole months after `date`, on the same day of the month, or on the last
// day when that month is shorter (31 Jan 2024 + 1 = 29 Feb 2024).
[[nodiscard]] Date add_months(Date date, int months);

// The term (vigencia) from `start` to `end`, both days included, counted as both countries'
// civil codes do: k whole months end the day before add_months(start, k). So 01/02-30/06 is
// 5 months, 16/01-25/04 is 3 months and 10 days, a multiple of twelve months with no days left
// reads in years, and less than a month in days. Throws RuleError when the term ends before it
// starts.
[[nodiscard]] Term term_between(Date start, Date end);

// "5 meses", "1 mes", "15 días", "1 año", "3 meses y 10 días"; spelled out: "cinco meses",
// "un año", "tres meses y diez días".
[[nodiscard]] std::string term_in_words(Term term, bool spelled = false);

// Letter and figure, as Peruvian and many Mexican contracts write it: "cinco (5) meses",
// "tres (3) meses y diez (10) días", "un (1) año".
[[nodiscard]] std::string term_in_words_and_figures(Term term);

// Any count of a masculine noun in letter and figure: (10, "día hábil", "días hábiles") ->
// "diez (10) días hábiles", 1 -> "un (1) día hábil", 21 -> "veintiún (21) días hábiles",
// 1000000 -> "un millón (1000000) de días". Throws RuleError when n is negative or too large.
[[nodiscard]] std::string count_in_words_and_figures(long n, std::string_view singular, std::string_view plural);

// Whole years completed on `on` (someone born on 29 February turns a year older on
// 1 March in common years). Throws RuleError when `on` precedes the birth date.
[[nodiscard]] int age_at(Date birth, Date on);

}  // namespace pacta::domain
