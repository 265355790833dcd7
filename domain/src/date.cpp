#include "pacta/domain/date.h"

namespace pacta::domain {

namespace cr = std::chrono;

std::optional<Date> Date::from_ymd(int year, unsigned month, unsigned day) {
    const cr::year_month_day ymd{cr::year{year}, cr::month{month}, cr::day{day}};
    if (!ymd.ok()) return std::nullopt;
    return Date(ymd);
}

Date Date::from_days(cr::sys_days days) { return Date(cr::year_month_day{days}); }

bool Date::is_last_day_of_month() const {
    const cr::year_month_day_last last{ymd_.year(), cr::month_day_last{ymd_.month()}};
    return ymd_.day() == last.day();
}

Date Date::add_days(int count) const { return from_days(days() + cr::days{count}); }

std::string Date::iso() const {
    std::string out = std::to_string(year());
    while (out.size() < 4) out.insert(out.begin(), '0');
    for (unsigned part : {month(), day()}) {
        out.push_back('-');
        out.push_back(static_cast<char>('0' + part / 10));
        out.push_back(static_cast<char>('0' + part % 10));
    }
    return out;
}

bool is_leap_year(int year) { return cr::year{year}.is_leap(); }

DateParse parse_iso_date(std::string_view text, std::string_view field) {
    DateParse result;
    auto fail = [&](Finding f) {
        result.findings.push_back(std::move(f));
        return result;
    };
    const std::string shown(text);
    if (text.empty()) return fail(Finding("date.empty", Severity::error, std::string(field)));

    // Positions of the digits and dashes in "AAAA-MM-DD".
    constexpr std::string_view shape = "9999-99-99";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const bool want_digit = shape[i] == '9';
        const bool present = i < text.size();
        const bool ok = present && (want_digit ? (text[i] >= '0' && text[i] <= '9') : text[i] == '-');
        if (!ok) {
            return fail(Finding("date.format", Severity::error, std::string(field))
                            .with("value", shown)
                            .with("column", std::to_string(i + 1)));
        }
    }
    if (text.size() != shape.size()) {
        return fail(Finding("date.format", Severity::error, std::string(field))
                        .with("value", shown)
                        .with("column", std::to_string(shape.size() + 1)));
    }

    auto number = [&](std::size_t from, std::size_t len) {
        int v = 0;
        for (std::size_t i = from; i < from + len; ++i) v = v * 10 + (text[i] - '0');
        return v;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    if (month < 1 || month > 12) {
        return fail(Finding("date.month", Severity::error, std::string(field))
                        .with("value", shown)
                        .with("month", std::to_string(month)));
    }
    auto date = Date::from_ymd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    if (!date) {
        const bool leap_day = month == 2 && day == 29;
        return fail(Finding(leap_day ? "date.not_leap_year" : "date.day", Severity::error,
                            std::string(field))
                        .with("value", shown)
                        .with("year", std::to_string(year))
                        .with("day", std::to_string(day)));
    }
    result.value = date;
    return result;
}

}  // namespace pacta::domain
