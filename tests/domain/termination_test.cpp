#include "pacta/domain/termination.h"

#include <gtest/gtest.h>

namespace pacta::domain {
namespace {

Date d(int y, unsigned m, unsigned dd) { return *Date::from_ymd(y, m, dd); }

std::vector<InstalmentRecord> reference() {
    std::vector<InstalmentRecord> out;
    for (const auto& i : build_schedule(Money(6'885'830, Currency::MXN), 5, d(2024, 2, 1), d(2024, 6, 30),
                                        ScheduleRule::equal, {}, {})) {
        InstalmentRecord r;
        r.plan = i;
        out.push_back(r);
    }
    return out;
}

TerminationRequest request(Date last, TerminationCause cause) {
    TerminationRequest t;
    t.term_start = d(2024, 2, 1);
    t.term_end = d(2024, 6, 30);
    t.last_day = last;
    t.cause = cause;
    t.notice_given = d(2024, 3, 1);
    return t;
}

TEST(Termination, ProratesTheInstalmentInProgressAndCancelsTheRest) {
    auto rs = reference();
    rs[0].state = InstalmentState::paid;
    rs[0].paid = Withholding{rs[0].plan.amount, Money(133'266, Currency::MXN), Money(1'243'900, Currency::MXN)};
    // Served until 15 April: February and March whole, 15 of April's 30 days.
    const auto s = settle_termination(rs, Currency::MXN, request(d(2024, 4, 15), TerminationCause::notice));
    ASSERT_EQ(s.instalments.size(), 5U);
    EXPECT_EQ(s.instalments[2].outcome, InstalmentSettlement::Outcome::prorated);
    EXPECT_EQ(s.instalments[2].days_served, 15);
    EXPECT_EQ(s.instalments[2].period_days, 30);
    EXPECT_EQ(s.instalments[2].after.plan.amount.minor_units(), 688'583);  // 13,771.66 / 2
    EXPECT_EQ(s.instalments[2].after.plan.period_end, d(2024, 4, 15));
    EXPECT_EQ(s.instalments[3].after.state, InstalmentState::cancelled);
    EXPECT_EQ(s.instalments[4].after.state, InstalmentState::cancelled);
    EXPECT_EQ(s.earned.minor_units(), 2 * 1'377'166 + 688'583);
    EXPECT_EQ(s.paid.minor_units(), 1'377'166);
    EXPECT_EQ(s.balance.minor_units(), 1'377'166 + 688'583);
}

TEST(Termination, NoticeMustBeLongEnough) {
    try {
        (void)settle_termination(reference(), Currency::MXN, request(d(2024, 3, 20), TerminationCause::notice));
        FAIL();
    } catch (const RuleError& e) {
        EXPECT_EQ(e.finding().code, "termination.notice");
        EXPECT_EQ(e.finding().param("earliest"), "2024-03-31");
    }
    // Rescission takes effect on the date given.
    EXPECT_NO_THROW((void)settle_termination(reference(), Currency::MXN, request(d(2024, 3, 20), TerminationCause::rescission)));
    EXPECT_THROW((void)settle_termination(reference(), Currency::MXN, request(d(2024, 6, 30), TerminationCause::rescission)),
                 RuleError);
    EXPECT_THROW((void)settle_termination(reference(), Currency::MXN, request(d(2024, 1, 31), TerminationCause::rescission)),
                 RuleError);
}

TEST(Termination, PaidBeyondTheLastDayLeavesAnAmountToRecover) {
    auto rs = reference();
    for (std::size_t k = 0; k < 2; ++k) {
        rs[k].state = InstalmentState::paid;
        rs[k].paid = Withholding{rs[k].plan.amount, Money(0, Currency::MXN), rs[k].plan.amount};
    }
    // Last day 29 February (a leap day): the March instalment was paid but not served.
    const auto s = settle_termination(rs, Currency::MXN, request(d(2024, 2, 29), TerminationCause::interruption));
    EXPECT_EQ(s.instalments[1].outcome, InstalmentSettlement::Outcome::paid_beyond);
    EXPECT_EQ(s.balance.minor_units(), -1'377'166);
}

}  // namespace
}  // namespace pacta::domain
