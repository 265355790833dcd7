#pragma once
// A civil date (no time, no zone): signing dates, terms, birth dates.

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "pacta/domain/finding.h"

namespace pacta::domain {

class Date {
public:
    // nullopt when the day does not exist (2023-02-29, 2024-04-31).
    [[nodiscard]] static std::optional<Date> from_ymd(int year, unsigned month, unsigned day);
    [[nodiscard]] static Date from_days(std::chrono::sys_days days);

    [[nodiscard]] int year() const { return static_cast<int>(ymd_.year()); }
    [[nodiscard]] unsigned month() const { return static_cast<unsigned>(ymd_.month()); }
    [[nodiscard]] unsigned day() const { return static_cast<unsigned>(ymd_.day()); }
    [[nodiscard]] std::chrono::sys_days days() const { return std::chrono::sys_days(ymd_); }

    [[nodiscard]] bool is_last_day_of_month() const;
    [[nodiscard]] Date add_days(int count) const;
    // "2024-01-29"
    [[nodiscard]] std::string iso() const;

    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date& a, const Date& b) { return a.days() <=> b.days(); }

private:
    explicit Date(std::chrono::year_month_day ymd) : ymd_(ymd) {}
    std::chrono::year_month_day ymd_;
};

[[nodiscard]] bool is_leap_year(int year);

struct DateParse {
    std::optional<Date> value;
    Findings findings;
};

// Strict ISO 8601 calendar date, "AAAA-MM-DD". The finding says whether the shape is wrong
// (with the column) or the day does not exist (with the reason: 2023 is not a leap year).
[[nodiscard]] DateParse parse_iso_date(std::string_view text, std::string_view field = "fecha");

}  // namespace pacta::domain
