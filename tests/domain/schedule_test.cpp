#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "pacta/domain/schedule.h"
#include "pacta/domain/withholding.h"

namespace pacta::domain {
namespace {

Date d(int y, unsigned m, unsigned day) { return *Date::from_ymd(y, m, day); }
Money mxn(std::int64_t minor) { return Money(minor, Currency::MXN); }

TEST(Schedule, ReferenceContractEqualMonthlyPeriods) {
    const BusinessCalendar cal;
    const auto s = build_schedule(mxn(6'885'830), 5, d(2024, 2, 1), d(2024, 6, 30), ScheduleRule::equal, {}, cal);
    ASSERT_EQ(s.size(), 5u);
    for (const auto& i : s) EXPECT_EQ(i.amount.minor_units(), 1'377'166);
    EXPECT_EQ(s[0].period_start, d(2024, 2, 1));
    EXPECT_EQ(s[0].period_end, d(2024, 2, 29));
    EXPECT_EQ(s[4].period_end, d(2024, 6, 30));
    EXPECT_EQ(s[1].due, d(2024, 3, 31));
    EXPECT_TRUE(check_schedule(s, mxn(6'885'830), d(2024, 2, 1), d(2024, 6, 30)).empty());
}

TEST(Schedule, EqualRemainderOnTheLast) {
    const auto s = build_schedule(mxn(10'000'000), 3, d(2024, 1, 1), d(2024, 3, 31), ScheduleRule::equal, {}, {});
    EXPECT_EQ(s[0].amount.minor_units(), 3'333'333);
    EXPECT_EQ(s[2].amount.minor_units(), 3'333'334);
}

TEST(Schedule, MonthlyIsProportionalToDaysInEachMonth) {
    // 15 Jan - 14 Mar 2024: 17 + 29 + 14 = 60 days.
    const auto s = build_schedule(mxn(600'000), 0, d(2024, 1, 15), d(2024, 3, 14), ScheduleRule::monthly, {}, {});
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0].amount.minor_units(), 170'000);
    EXPECT_EQ(s[1].amount.minor_units(), 290'000);
    EXPECT_EQ(s[2].amount.minor_units(), 140'000);
    EXPECT_EQ(s[1].period_end, d(2024, 2, 29));
}

TEST(Schedule, PropertiesOverRandomTermsAndTotals) {
    std::mt19937 rng(7);
    BusinessCalendar cal;
    cal.add_holiday(d(2024, 12, 25));
    for (int round = 0; round < 3000; ++round) {
        const Date start = d(2024, 1, 1).add_days(static_cast<int>(rng() % 700));
        const Date end = start.add_days(static_cast<int>(rng() % 400));
        const auto days = static_cast<int>((end.days() - start.days()).count()) + 1;
        const int count = 1 + static_cast<int>(rng() % static_cast<unsigned>(std::min(days, 24)));
        const Money total = mxn(static_cast<std::int64_t>(rng() % 100'000'000));
        for (auto rule : {ScheduleRule::equal, ScheduleRule::monthly}) {
            const DueRule due = round % 3 == 0 ? DueRule{} : round % 3 == 1 ? DueRule{DueRule::Kind::day_of_month, 31}
                                                                         : DueRule{DueRule::Kind::business_days_after, 10};
            const auto s = build_schedule(total, count, start, end, rule, due, cal);
            ASSERT_TRUE(check_schedule(s, total, start, end).empty()) << start.iso() << " " << end.iso();
            std::int64_t lo = total.minor_units(), hi = 0;
            for (const auto& i : s) {
                ASSERT_GE(i.amount.minor_units(), 0);
                ASSERT_GE(i.due, i.period_end);
                lo = std::min(lo, i.amount.minor_units());
                hi = std::max(hi, i.amount.minor_units());
            }
            if (rule == ScheduleRule::equal) {
                ASSERT_LE(hi - lo, count);  // the remainder cents
            }
        }
    }
}

TEST(Schedule, BoundaryTermsAcrossYearsAndLongMonths) {
    // 16 Dec 2024 - 15 Jan 2025: 16 + 15 = 31 days, one instalment per month, across the year.
    const auto across = build_schedule(mxn(310'000), 0, d(2024, 12, 16), d(2025, 1, 15), ScheduleRule::monthly, {}, {});
    ASSERT_EQ(across.size(), 2u);
    EXPECT_EQ(across[0].amount.minor_units(), 160'000);
    EXPECT_EQ(across[0].period_end, d(2024, 12, 31));
    EXPECT_EQ(across[1].period_start, d(2025, 1, 1));
    // Due on day 31: months of 30 days (and February) fall on their last day.
    const auto due31 = build_schedule(mxn(400'000), 4, d(2024, 1, 1), d(2024, 4, 30), ScheduleRule::equal,
                                      {DueRule::Kind::day_of_month, 31}, {});
    EXPECT_EQ(due31[0].due, d(2024, 1, 31));
    EXPECT_EQ(due31[1].due, d(2024, 2, 29));
    EXPECT_EQ(due31[3].due, d(2024, 4, 30));
    // Business days after the last period may fall after the term ends.
    const auto late = build_schedule(mxn(100'000), 1, d(2024, 12, 1), d(2024, 12, 31), ScheduleRule::equal,
                                     {DueRule::Kind::business_days_after, 3}, {});
    EXPECT_EQ(late[0].due, d(2025, 1, 3));  // Tue 31 Dec -> Wed 1, Thu 2, Fri 3 January
}

TEST(Schedule, RefusesImpossibleSchedules) {
    EXPECT_THROW((void)build_schedule(mxn(100), 0, d(2024, 1, 1), d(2024, 1, 31), ScheduleRule::equal, {}, {}), RuleError);
    EXPECT_THROW((void)build_schedule(mxn(100), 3, d(2024, 1, 1), d(2024, 1, 2), ScheduleRule::equal, {}, {}), RuleError);
    EXPECT_THROW((void)build_schedule(mxn(100), 1, d(2024, 1, 2), d(2024, 1, 1), ScheduleRule::equal, {}, {}), RuleError);
    // One-day term.
    EXPECT_EQ(build_schedule(mxn(100), 1, d(2024, 2, 29), d(2024, 2, 29), ScheduleRule::equal, {}, {}).size(), 1u);
}

TEST(Schedule, HandEnteredScheduleIsCheckedFieldByField) {
    std::vector<Instalment> s(2);
    s[0].number = 1;
    s[0].amount = mxn(50'000);
    s[0].period_start = d(2024, 1, 1);
    s[0].period_end = d(2024, 1, 31);
    s[1].number = 2;
    s[1].amount = mxn(-1);
    s[1].period_start = d(2024, 2, 1);
    s[1].period_end = d(2024, 3, 5);
    const auto f = check_schedule(s, mxn(100'000), d(2024, 1, 1), d(2024, 2, 29));
    ASSERT_EQ(f.size(), 3u);
    EXPECT_EQ(f[0].field, "exhibiciones[2].importe");
    EXPECT_EQ(f[1].field, "exhibiciones[2].periodo");
    EXPECT_EQ(f[2].code, "schedule.sum");
}

TEST(BusinessDays, SkipWeekendsAndHolidays) {
    BusinessCalendar cal;
    cal.add_holiday(d(2024, 3, 18));  // Natalicio de Benito Juárez (a Monday)
    EXPECT_EQ(cal.add_business_days(d(2024, 3, 15), 1), d(2024, 3, 19));  // Fri -> Tue
    EXPECT_EQ(cal.add_business_days(d(2024, 3, 16), 0), d(2024, 3, 19));  // Sat -> Tue
}

std::string read(const std::string& name) {
    std::ifstream in(PACTA_SOURCE_DIR "/domain/datos/" + name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(Withholding, IsrWorkedExampleAnd2026) {
    WithholdingRules rules;
    rules.add_tariff(parse_monthly_tariff(2024, read("isr-mensual-2024.csv")));
    rules.add_tariff(parse_monthly_tariff(2026, read("isr-mensual-2026.csv")));
    const auto w = rules.compute(mxn(1'377'166), Regime::honorarios, d(2024, 3, 15), false);
    EXPECT_EQ(w.withheld.minor_units(), 133'266);  // 1,182.88 + (13,771.66 - 12,935.83) x 17.92 %
    EXPECT_EQ(w.net.minor_units(), 1'243'900);
    // 2026: the same payment falls in the 12,598.03 bracket: 1,011.68 + 1,173.63 x 16 % = 1,199.46.
    EXPECT_EQ(rules.compute(mxn(1'377'166), Regime::honorarios, d(2026, 3, 15), false).withheld.minor_units(), 119'946);
    try {
        (void)rules.compute(mxn(100), Regime::honorarios, d(2025, 1, 1), false);
        FAIL();
    } catch (const RuleError& e) {
        EXPECT_EQ(e.finding().code, "withholding.no_tariff");
        EXPECT_EQ(e.finding().param("year"), "2025");
    }
}

TEST(Withholding, PeruThresholdAndSuspension) {
    const WithholdingRules rules;
    const auto pen = [](std::int64_t m) { return Money(m, Currency::PEN); };
    EXPECT_EQ(rules.compute(pen(150'000), Regime::locacion, d(2024, 1, 1), false).withheld.minor_units(), 0);
    EXPECT_EQ(rules.compute(pen(150'001), Regime::locacion, d(2024, 1, 1), false).withheld.minor_units(), 12'000);
    EXPECT_EQ(rules.compute(pen(300'000), Regime::locacion, d(2024, 1, 1), true).withheld.minor_units(), 0);
    EXPECT_EQ(rules.compute(pen(300'000), Regime::cas, d(2024, 1, 1), false).withheld.minor_units(), 0);
}


TEST(BusinessDays, ShippedCalendarsCover2024To2027) {
    for (const char* file : {"feriados-MX.txt", "feriados-PE.txt"}) {
        const auto calendar = parse_holiday_calendar(read(file), file);
        for (int year = 2024; year <= 2027; ++year) {
            EXPECT_FALSE(calendar.is_business_day(d(year, 1, 1))) << file << " lacks New Year " << year;
            EXPECT_FALSE(calendar.is_business_day(d(year, 5, 1))) << file << " lacks Labour Day " << year;
            // Weekends say nothing about the file: count the year's own lines too.
            const std::string text = read(file);
            std::size_t lines = 0;
            for (std::size_t at = text.find("\n" + std::to_string(year) + "-"); at != std::string::npos;
                 at = text.find("\n" + std::to_string(year) + "-", at + 1)) {
                ++lines;
            }
            EXPECT_GE(lines, 7U) << file << " " << year;
        }
    }
    // 16 September 2025 is a Tuesday and a Mexican holiday; 28 July 2025 (Monday) a Peruvian one.
    EXPECT_FALSE(parse_holiday_calendar(read("feriados-MX.txt"), "MX").is_business_day(d(2025, 9, 16)));
    EXPECT_FALSE(parse_holiday_calendar(read("feriados-PE.txt"), "PE").is_business_day(d(2025, 7, 28)));
}

TEST(BusinessDays, UnreadableHolidayLineNamesFileAndLine) {
    try {
        (void)parse_holiday_calendar("# comentario\n2024-01-01 Año Nuevo\n2024-02-30 Error\n", "feriados-MX.txt");
        FAIL();
    } catch (const RuleError& e) {
        EXPECT_EQ(e.finding().code, "schedule.bad_holiday");
        EXPECT_EQ(e.finding().field, "feriados-MX.txt");
        EXPECT_EQ(e.finding().param("line"), "3");
    }
}

}  // namespace
}  // namespace pacta::domain
