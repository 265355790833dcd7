#include "pacta/domain/spanish_dates.h"

#include <algorithm>
#include <array>
#include <chrono>

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

Date add_months(Date date, int months) {
    namespace cr = std::chrono;
    const cr::year_month target = cr::year_month{cr::year{date.year()}, cr::month{date.month()}} + cr::months{months};
    const unsigned last = static_cast<unsigned>(cr::year_month_day_last{target.year(), cr::month_day_last{target.month()}}.day());
    const auto moved = Date::from_ymd(static_cast<int>(target.year()), static_cast<unsigned>(target.month()),
                                      std::min(date.day(), last));
    return *moved;  // the day is clamped to the month, so it exists
}

Term term_between(Date start, Date end) {
    if (end < start) {
        throw RuleError(Finding("term.end_before_start", Severity::error, "vigencia")
                            .with("start", start.iso())
                            .with("end", end.iso()));
    }
    // The last day of a term of k whole months.
    const auto months_end = [&](int k) { return add_months(start, k).add_days(-1); };
    // One month past the calendar difference cannot fit, since it ends after end's month;
    // step back to the most whole months that do.
    int months = (end.year() - start.year()) * 12 + static_cast<int>(end.month()) -
                 static_cast<int>(start.month()) + 1;
    while (months > 0 && months_end(months) > end) --months;
    if (months == 0) {
        const auto days = (end.days() - start.days()).count() + 1;
        return {static_cast<int>(days), TermUnit::days};
    }
    const auto rest = static_cast<int>((end.days() - months_end(months).days()).count());
    if (rest == 0 && months % 12 == 0) return {months / 12, TermUnit::years};
    return {months, TermUnit::months, rest};
}

namespace {

enum class CountForm { figures, words, words_and_figures };

std::string count_text(long n, std::string_view singular, std::string_view plural, CountForm form) {
    if (n < 0) {
        throw RuleError(Finding("number.out_of_range", Severity::error, "numero")
                            .with("value", std::to_string(n))
                            .with("maximum", "999999999999"));
    }
    const auto count = static_cast<std::uint64_t>(n);
    std::string text;
    if (form == CountForm::figures) {
        text = std::to_string(count);
    } else {
        text = cardinal_words(count, FinalOne::apocopated);
        if (form == CountForm::words_and_figures) text += " (" + std::to_string(count) + ")";
        // "un millón de días": whole millions are nouns and take "de".
        if (ends_in_whole_millions(count)) text += " de";
    }
    text.push_back(' ');
    text.append(count == 1 ? singular : plural);
    return text;
}

std::string term_text(Term term, CountForm form) {
    std::string text;
    switch (term.unit) {
        case TermUnit::days: text = count_text(term.count, "día", "días", form); break;
        case TermUnit::months: text = count_text(term.count, "mes", "meses", form); break;
        case TermUnit::years: text = count_text(term.count, "año", "años", form); break;
    }
    if (term.remainder_days > 0) text += " y " + count_text(term.remainder_days, "día", "días", form);
    return text;
}

}  // namespace

std::string term_in_words(Term term, bool spelled) {
    return term_text(term, spelled ? CountForm::words : CountForm::figures);
}

std::string term_in_words_and_figures(Term term) { return term_text(term, CountForm::words_and_figures); }

std::string count_in_words_and_figures(long n, std::string_view singular, std::string_view plural) {
    return count_text(n, singular, plural, CountForm::words_and_figures);
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
