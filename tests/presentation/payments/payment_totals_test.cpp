// Finance tables over stored instalments: a contract's instalments with the withholding fixed
// on payment (or why none can be estimated), what is still open, and a summary whose rows
// add up to its total in one currency.
#include <gtest/gtest.h>

#include "pacta/domain/schedule.h"
#include "pacta/domain/withholding.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/payments/payment_totals.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using State = d::InstalmentState;

d::ContractInstalment instalment(int number, int year, unsigned month, std::int64_t cents, State state,
                                 std::string unit, d::Currency currency = d::Currency::MXN) {
    d::ContractInstalment c;
    c.folio = "GRO-2024-0001";
    c.unit_code = std::move(unit);
    c.budget_account = "12101";
    c.record.plan.number = number;
    c.record.plan.amount = d::Money(cents, currency);
    c.record.plan.period_start = *d::Date::from_ymd(year, month, 1);
    c.record.plan.period_end = *d::Date::from_ymd(year, month, 28);
    c.record.plan.due = *d::Date::from_ymd(year, month, 28);
    c.record.state = state;
    if (state == State::approved || state == State::paid) {
        c.record.approval_date = c.record.plan.due;
        c.record.approved_by = "supervisor";
    }
    if (state == State::paid) {
        c.record.payment_date = c.record.plan.due;
        c.record.transfer_reference = "SPEI-1";
        c.record.paid = d::Withholding{c.record.plan.amount, d::Money(cents / 10, currency),
                                       d::Money(cents - cents / 10, currency)};
    }
    return c;
}

const std::vector<d::ContractInstalment> office{
    instalment(1, 2024, 1, 100'00, State::paid, "UMM-0231"),
    instalment(2, 2024, 2, 200'00, State::approved, "UMM-0231"),
    instalment(3, 2024, 2, 400'00, State::pending, "HG-ACA"),
    instalment(4, 2024, 3, 800'00, State::cancelled, "HG-ACA"),
    instalment(5, 2024, 2, 1'600'00, State::pending, "HG-ACA", d::Currency::PEN),
};

TEST(PaymentTotals, AContractsInstalmentsShowWhatWasFixedOnPaymentAndWhyNothingIsEstimated) {
    locale::set_language({}, "en");
    const d::WithholdingRules no_tables;
    const auto table = contract_instalments_table({office[0], office[1], office[3]}, no_tables);
    ASSERT_EQ(table.rows.size(), 3U);
    EXPECT_EQ(table.rows[0][4], "paid");
    EXPECT_EQ(table.rows[0][5], "$10.00");  // withheld, as fixed on payment
    EXPECT_EQ(table.rows[0][6], "$90.00");
    EXPECT_EQ(table.rows[0][7], "fixed");
    EXPECT_EQ(table.rows[1][7], "no tariff");  // no table for 2024 installed here
    EXPECT_EQ(table.rows[2][7], "");           // a cancelled one is not estimated
    EXPECT_EQ(table.columns.size(), table.rows[0].size());
    EXPECT_TRUE(table.numeric[3]);
}

TEST(PaymentTotals, ASummaryLeavesCancelledAndOtherCurrenciesOutAndAddsUpToItsTotal) {
    const auto by_month = payment_summary(office, "2024-01", "2024-03", SummaryKey::month, d::Currency::MXN);
    ASSERT_EQ(by_month.size(), 3U);  // January, February, TOTAL: March's only one was cancelled
    EXPECT_EQ(by_month[0].key, "2024-01");
    EXPECT_EQ(by_month[1].planned, 600'00);
    EXPECT_EQ(by_month[1].approved, 200'00);
    const auto& total = by_month.back();
    EXPECT_EQ(total.key, "TOTAL");
    EXPECT_EQ(total.planned, 700'00);
    EXPECT_EQ(total.approved, 300'00);
    EXPECT_EQ(total.paid, 100'00);
    EXPECT_EQ(total.withheld, 10'00);

    const auto by_unit = payment_summary(office, "2024-02", "2024-02", SummaryKey::unit, d::Currency::MXN);
    ASSERT_EQ(by_unit.size(), 3U);
    EXPECT_EQ(by_unit[0].key, "HG-ACA");
    EXPECT_EQ(by_unit[0].planned + by_unit[1].planned, by_unit[2].planned);
    const auto soles = payment_summary(office, "2024-01", "2024-12", SummaryKey::account, d::Currency::PEN);
    EXPECT_EQ(soles.back().planned, 1'600'00);

    const auto table = summary_table(by_month, SummaryKey::month, d::Currency::MXN);
    EXPECT_EQ(table.rows.back(), (std::vector<std::string>{"TOTAL", "$700.00", "$300.00", "$100.00", "$10.00"}));
}

TEST(PaymentTotals, TheStoresSumsBecomeRowsInTheCurrencyWithTheMostPlanned) {
    const std::vector<d::InstalmentTotals> totals{{"2024-01", d::Currency::MXN, 100, 0, 0, 0},
                                                  {"2024-01", d::Currency::PEN, 500, 0, 0, 0},
                                                  {"2024-02", d::Currency::MXN, 300, 300, 200, 20}};
    EXPECT_EQ(main_currency(totals), d::Currency::PEN);
    EXPECT_EQ(main_currency({}), d::Currency::MXN);
    const auto rows = summary_rows(totals, d::Currency::MXN);
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows.back().planned, 400);
    EXPECT_EQ(rows.back().withheld, 20);
    EXPECT_EQ(totals_key(SummaryKey::unit), d::TotalsKey::unit);
}

TEST(PaymentTotals, WhatIsOpenIsListedByDueDateWithItsUnitAndPerson) {
    locale::set_language({}, "en");
    const auto table = pending_table({office[2]});
    ASSERT_EQ(table.rows.size(), 1U);
    EXPECT_EQ(table.rows[0][0], "2024-02-28");
    EXPECT_EQ(table.rows[0][3], "$400.00");
    EXPECT_EQ(table.rows[0][4], "pending");
    EXPECT_EQ(table.rows[0][5], "HG-ACA");
}

}  // namespace
}  // namespace pacta::presentation
