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

struct Term {
    int count = 0;
    TermUnit unit = TermUnit::days;
    friend bool operator==(const Term&, const Term&) = default;
};

// The term (vigencia) from `start` to `end`, both days included: whole calendar months when
// the term starts on the 1st and ends on a month end (twelve of them make "1 año"), otherwise
// days. Throws RuleError when the term ends before it starts.
[[nodiscard]] Term term_between(Date start, Date end);

// "5 meses", "1 mes", "15 días", "1 año"; spelled out: "cinco meses", "un año".
[[nodiscard]] std::string term_in_words(Term term, bool spelled = false);

// Whole years completed on `on` (someone born on 29 February turns a year older on
// 1 March in common years). Throws RuleError when `on` precedes the birth date.
[[nodiscard]] int age_at(Date birth, Date on);

}  // namespace pacta::domain
