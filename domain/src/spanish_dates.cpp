#include "pacta/domain/spanish_dates.h"

#include <array>

#include "pacta/domain/cardinal_words.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain {

std::string_view month_name(unsigned month) {
    static constexpr std::array<std::string_view, 12> names = {
        "enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
        "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre",
    };
    if (month < 1 || month > 12) return {};
    return names[month - 1];
}

std::string long_date(Date date, LongDateOptions options) {
    std::string day = std::to_string(date.day());
    if (options.two_digit_day && day.size() == 1) day.insert(day.begin(), '0');
    std::string text = day + " de " + std::string(month_name(date.month())) + " de " +
                       std::to_string(date.year());
    return options.upper ? to_upper_es(text) : text;
}

Term term_between(Date start, Date end) {
    if (end < start) {
        throw RuleError(Finding("term.end_before_start", Severity::error, "vigencia")
                            .with("start", start.iso())
                            .with("end", end.iso()));
    }
    if (start.day() == 1 && end.is_last_day_of_month()) {
        const int months = (end.year() - start.year()) * 12 +
                           static_cast<int>(end.month()) - static_cast<int>(start.month()) + 1;
        if (months % 12 == 0) return {months / 12, TermUnit::years};
        return {months, TermUnit::months};
    }
    const auto days = (end.days() - start.days()).count() + 1;
    return {static_cast<int>(days), TermUnit::days};
}

std::string term_in_words(Term term, bool spelled) {
    const bool one = term.count == 1;
    std::string_view noun;
    switch (term.unit) {
        case TermUnit::days: noun = one ? "día" : "días"; break;
        case TermUnit::months: noun = one ? "mes" : "meses"; break;
        case TermUnit::years: noun = one ? "año" : "años"; break;
    }
    const auto count = static_cast<std::uint64_t>(term.count);
    std::string number = spelled ? cardinal_words(count, FinalOne::apocopated) : std::to_string(count);
    if (spelled && ends_in_whole_millions(count)) number += " de";
    return number + " " + std::string(noun);
}

int age_at(Date birth, Date on) {
    if (on < birth) {
        throw RuleError(Finding("age.before_birth", Severity::error, "fecha_nacimiento")
                            .with("birth", birth.iso())
                            .with("on", on.iso()));
    }
    int age = on.year() - birth.year();
    const bool before_birthday =
        on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day());
    if (before_birthday) --age;
    return age;
}

}  // namespace pacta::domain
