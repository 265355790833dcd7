#pragma once
// Payment schedules: how a contract's total is split into instalments ("exhibiciones"),
// the period each one pays for and when it falls due.

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/date.h"
#include "pacta/domain/finding.h"
#include "pacta/domain/money.h"

namespace pacta::domain {

enum class ScheduleRule {
    equal,    // "igual": N equal instalments, one per equal period of the term
    monthly,  // "mensual": one per calendar month touched, proportional to its days
};

[[nodiscard]] std::optional<ScheduleRule> schedule_rule_from_name(std::string_view name);

struct Instalment {
    int number = 0;
    Money amount{0, Currency::MXN};
    Date period_start = *Date::from_ymd(2000, 1, 1);
    Date period_end = *Date::from_ymd(2000, 1, 1);
    Date due = *Date::from_ymd(2000, 1, 1);
};

// Business days: weekends and the holidays of a calendar (per country, editable data).
class BusinessCalendar {
public:
    void add_holiday(Date day) { holidays_.push_back(day); }
    [[nodiscard]] bool is_business_day(Date day) const;
    // The `n`-th business day after `day` (n = 0: `day` itself if it is one, else the next).
    [[nodiscard]] Date add_business_days(Date day, int n) const;
    [[nodiscard]] std::size_t holiday_count() const { return holidays_.size(); }

private:
    std::vector<Date> holidays_;
};

// Reads a holiday file: one "AAAA-MM-DD name" per line, "#" starts a comment. Throws
// RuleError "schedule.bad_holiday" naming the file and line of a date that cannot be read.
[[nodiscard]] BusinessCalendar parse_holiday_calendar(std::string_view text, std::string_view file_name);

struct DueRule {
    enum class Kind { period_end, day_of_month, business_days_after };
    Kind kind = Kind::period_end;
    int value = 0;  // the day of the month, or the number of business days
};

// "fin" | "dia:15" | "habiles:10"
[[nodiscard]] std::optional<DueRule> due_rule_from_text(std::string_view text);

// Splits `total` over the term [start, end] (both days included). Throws RuleError for an
// empty count, a term that ends before it starts, or more instalments than days.
[[nodiscard]] std::vector<Instalment> build_schedule(Money total, int count, Date start, Date end, ScheduleRule rule,
                                                     DueRule due, const BusinessCalendar& calendar);

// A schedule entered by hand (or stored) must add up to the total to the cent, with every
// period inside the term and no negative amount; each breach is a finding naming the
// instalment ("exhibiciones[2].importe").
[[nodiscard]] Findings check_schedule(const std::vector<Instalment>& schedule, Money total, Date start, Date end);

}  // namespace pacta::domain
