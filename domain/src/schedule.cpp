#include "pacta/domain/schedule.h"

#include <algorithm>
#include <charconv>
#include <chrono>

namespace pacta::domain {

namespace cr = std::chrono;

std::optional<ScheduleRule> schedule_rule_from_name(std::string_view name) {
    if (name == "igual") return ScheduleRule::equal;
    if (name == "mensual") return ScheduleRule::monthly;
    return std::nullopt;
}

bool BusinessCalendar::is_business_day(Date day) const {
    const cr::weekday wd{day.days()};
    if (wd == cr::Saturday || wd == cr::Sunday) return false;
    return std::find(holidays_.begin(), holidays_.end(), day) == holidays_.end();
}

BusinessCalendar parse_holiday_calendar(std::string_view text, std::string_view file_name) {
    BusinessCalendar calendar;
    int line_no = 0;
    while (!text.empty()) {
        const auto eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
        ++line_no;
        if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
            line.remove_suffix(1);
        }
        if (line.empty()) continue;
        const auto parsed = parse_iso_date(line.substr(0, line.find_first_of(" \t")));
        if (!parsed.value) {
            throw RuleError(Finding("schedule.bad_holiday", Severity::error, std::string(file_name))
                                .with("line", std::to_string(line_no))
                                .with("value", std::string(line)));
        }
        calendar.add_holiday(*parsed.value);
    }
    return calendar;
}

Date BusinessCalendar::add_business_days(Date day, int n) const {
    Date d = day;
    while (!is_business_day(d)) d = d.add_days(1);
    for (int i = 0; i < n; ++i) {
        d = d.add_days(1);
        while (!is_business_day(d)) d = d.add_days(1);
    }
    return d;
}

std::optional<DueRule> due_rule_from_text(std::string_view text) {
    if (text == "fin") return DueRule{};
    auto number = [](std::string_view s) -> std::optional<int> {
        int v = 0;
        const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
        return v;
    };
    if (text.rfind("dia:", 0) == 0) {
        if (auto d = number(text.substr(4)); d && *d >= 1 && *d <= 31) return DueRule{DueRule::Kind::day_of_month, *d};
    }
    if (text.rfind("habiles:", 0) == 0) {
        if (auto n = number(text.substr(8)); n && *n >= 0 && *n <= 60) return DueRule{DueRule::Kind::business_days_after, *n};
    }
    return std::nullopt;
}

namespace {

Date last_of_month(int year, unsigned month) {
    const cr::year_month_day_last last{cr::year{year}, cr::month_day_last{cr::month{month}}};
    return Date::from_days(cr::sys_days{last});
}

Date due_date(const Instalment& i, DueRule rule, const BusinessCalendar& calendar) {
    switch (rule.kind) {
        case DueRule::Kind::period_end: return i.period_end;
        case DueRule::Kind::day_of_month: {
            // That day of the month the period ends in, or of the next month if it has passed.
            int year = i.period_end.year();
            unsigned month = i.period_end.month();
            for (int attempt = 0; attempt < 2; ++attempt) {
                const Date last = last_of_month(year, month);
                const Date candidate =
                    *Date::from_ymd(year, month, std::min(static_cast<unsigned>(rule.value), last.day()));
                if (candidate >= i.period_end) return candidate;
                if (++month > 12) {
                    month = 1;
                    ++year;
                }
            }
            return i.period_end;
        }
        case DueRule::Kind::business_days_after:
            // Before the report is approved the schedule assumes approval at the period's end.
            return calendar.add_business_days(i.period_end, rule.value);
    }
    return i.period_end;
}

[[noreturn]] void refuse(const char* code, int count, long days) {
    throw RuleError(Finding(code, Severity::error, "exhibiciones")
                        .with("count", std::to_string(count))
                        .with("days", std::to_string(days)));
}

}  // namespace

std::vector<Instalment> build_schedule(Money total, int count, Date start, Date end, ScheduleRule rule, DueRule due,
                                       const BusinessCalendar& calendar) {
    if (end < start) {
        throw RuleError(Finding("term.end_before_start", Severity::error, "vigencia")
                            .with("start", start.iso())
                            .with("end", end.iso()));
    }
    const auto days = static_cast<int>((end.days() - start.days()).count()) + 1;
    std::vector<Instalment> out;
    if (rule == ScheduleRule::monthly) {
        // One per calendar month touched, proportional to the term's days in it.
        Date from = start;
        std::vector<std::pair<Date, Date>> months;
        while (from <= end) {
            const Date month_end = std::min(last_of_month(from.year(), from.month()), end);
            months.emplace_back(from, month_end);
            from = month_end.add_days(1);
        }
        std::int64_t assigned = 0;
        for (std::size_t k = 0; k < months.size(); ++k) {
            Instalment i;
            i.number = static_cast<int>(k) + 1;
            i.period_start = months[k].first;
            i.period_end = months[k].second;
            const auto in_month = (months[k].second.days() - months[k].first.days()).count() + 1;
            const std::int64_t share = k + 1 == months.size() ? total.minor_units() - assigned
                                                              : total.minor_units() * in_month / days;
            assigned += share;
            i.amount = Money(share, total.currency());
            i.due = due_date(i, due, calendar);
            out.push_back(i);
        }
        return out;
    }
    if (count < 1) refuse("schedule.count", count, days);
    if (count > days) refuse("schedule.more_than_days", count, days);
    const auto amounts = total.split_evenly(count);
    // Whole calendar months shared evenly when they can be; otherwise days.
    const bool month_aligned = start.day() == 1 && end.is_last_day_of_month();
    const int months = (end.year() - start.year()) * 12 + static_cast<int>(end.month()) - static_cast<int>(start.month()) + 1;
    for (int k = 0; k < count; ++k) {
        Instalment i;
        i.number = k + 1;
        i.amount = amounts[static_cast<std::size_t>(k)];
        if (month_aligned && months % count == 0) {
            const int per = months / count;
            const cr::year_month first = cr::year{start.year()} / cr::month{start.month()} + cr::months{k * per};
            const cr::year_month last = first + cr::months{per - 1};
            i.period_start = *Date::from_ymd(static_cast<int>(first.year()), static_cast<unsigned>(first.month()), 1);
            i.period_end = last_of_month(static_cast<int>(last.year()), static_cast<unsigned>(last.month()));
        } else {
            i.period_start = start.add_days(k * days / count);
            i.period_end = start.add_days((k + 1) * days / count - 1);
        }
        i.due = due_date(i, due, calendar);
        out.push_back(i);
    }
    return out;
}

Findings check_schedule(const std::vector<Instalment>& schedule, Money total, Date start, Date end) {
    Findings out;
    std::int64_t sum = 0;
    for (std::size_t k = 0; k < schedule.size(); ++k) {
        const auto& i = schedule[k];
        const std::string where = "exhibiciones[" + std::to_string(k + 1) + "]";
        if (i.amount.minor_units() < 0) {
            out.emplace_back("schedule.negative", Severity::error, where + ".importe");
            out.back().with("field_label", where + ".importe");
        }
        if (i.period_start < start || i.period_end > end || i.period_end < i.period_start) {
            out.emplace_back("schedule.period_outside", Severity::error, where + ".periodo");
            out.back()
                .with("field_label", where + ".periodo")
                .with("from", i.period_start.iso())
                .with("to", i.period_end.iso())
                .with("start", start.iso())
                .with("end", end.iso());
        }
        sum += i.amount.minor_units();
    }
    if (sum != total.minor_units()) {
        out.emplace_back("schedule.sum", Severity::error, "exhibiciones");
        out.back()
            .with("field_label", "exhibiciones")
            .with("sum", format_money(Money(sum, total.currency())))
            .with("total", format_money(total));
    }
    return out;
}

}  // namespace pacta::domain
