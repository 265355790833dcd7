#include "pacta/domain/instalment.h"

#include <gtest/gtest.h>

namespace pacta::domain {
namespace {

Date d(int y, unsigned m, unsigned dd) { return *Date::from_ymd(y, m, dd); }

InstalmentRecord reference_instalment() {
    InstalmentRecord r;
    r.plan.number = 2;
    r.plan.amount = Money(1'377'166, Currency::MXN);
    r.plan.period_start = d(2024, 3, 1);
    r.plan.period_end = d(2024, 3, 31);
    r.plan.due = d(2024, 3, 31);
    return r;
}

WithholdingRules rules_2024() {
    WithholdingRules rules;
    rules.add_tariff(parse_monthly_tariff(2024, "746.05,6332.05,14.32,6.40\n12935.83,15487.71,1182.88,17.92\n"));
    return rules;
}

InstalmentMove move(InstalmentState to, Date on) {
    InstalmentMove m;
    m.to = to;
    m.on = on;
    return m;
}

std::string refusal(const InstalmentRecord& r, const InstalmentMove& m, const PaymentContext& p = {}) {
    try {
        (void)apply_move(r, m, p);
    } catch (const RuleError& e) {
        EXPECT_EQ(e.finding().field, "exhibiciones[" + std::to_string(r.plan.number) + "]");
        return e.finding().code;
    }
    return "accepted";
}

TEST(Instalment, ReportApprovalPaymentFixesTheWithholding) {
    const auto rules = rules_2024();
    const PaymentContext ctx{Regime::honorarios, false, &rules};
    auto r = reference_instalment();
    auto m = move(InstalmentState::report_delivered, d(2024, 4, 2));
    m.reference = "INF-03/2024";
    r = apply_move(r, m, ctx);
    EXPECT_EQ(r.state, InstalmentState::report_delivered);
    m = move(InstalmentState::approved, d(2024, 4, 3));
    m.approved_by = "Dr. Juan Pérez";
    r = apply_move(r, m, ctx);
    m = move(InstalmentState::paid, d(2024, 4, 10));
    m.reference = "SPEI-778812";
    m.cfdi_uuid = "6F9A1C2D-3B4E-4F50-8A6B-7C8D9E0F1A2B";
    r = apply_move(r, m, ctx);
    ASSERT_TRUE(r.paid);
    EXPECT_EQ(r.paid->withheld.minor_units(), 133'266);
    EXPECT_EQ(r.paid->net.minor_units(), 1'243'900);
    EXPECT_EQ(r.payment_date, d(2024, 4, 10));
    // Nothing moves once paid, and its amount is fixed.
    EXPECT_EQ(refusal(r, move(InstalmentState::cancelled, d(2024, 5, 1))), "instalment.already_paid");
    try {
        (void)change_amount(r, Money(1, Currency::MXN));
        FAIL();
    } catch (const RuleError& e) {
        EXPECT_EQ(e.finding().code, "instalment.paid_amount");
    }
}

TEST(Instalment, EveryImpossibleMoveIsRefused) {
    const auto rules = rules_2024();
    const PaymentContext ctx{Regime::honorarios, false, &rules};
    auto pending = reference_instalment();
    auto paid_move = move(InstalmentState::paid, d(2024, 4, 10));
    paid_move.reference = "T";
    paid_move.receipt_number = "E001-12";
    auto approve = move(InstalmentState::approved, d(2024, 4, 3));
    approve.approved_by = "Supervisor";
    EXPECT_EQ(refusal(pending, approve, ctx), "instalment.report_first");
    EXPECT_EQ(refusal(pending, paid_move, ctx), "instalment.approval_first");
    EXPECT_EQ(refusal(pending, move(InstalmentState::pending, d(2024, 4, 1)), ctx), "instalment.move");

    auto report = move(InstalmentState::report_delivered, d(2024, 4, 5));
    EXPECT_EQ(refusal(pending, report, ctx), "instalment.missing");  // no reference
    report.reference = "INF-1";
    const auto delivered = apply_move(pending, report, ctx);
    EXPECT_EQ(refusal(delivered, paid_move, ctx), "instalment.approval_first");
    EXPECT_EQ(refusal(delivered, report, ctx), "instalment.move");
    EXPECT_EQ(refusal(delivered, approve, ctx), "instalment.date_order");  // approved before the report
    approve.on = d(2024, 4, 6);
    const auto approved = apply_move(delivered, approve, ctx);
    EXPECT_EQ(refusal(approved, approve, ctx), "instalment.move");
    auto early = paid_move;
    early.on = d(2024, 4, 5);
    EXPECT_EQ(refusal(approved, early, ctx), "instalment.date_order");
    auto no_voucher = paid_move;
    no_voucher.receipt_number.clear();
    EXPECT_EQ(refusal(approved, no_voucher, ctx), "instalment.missing");
    auto bad_cfdi = paid_move;
    bad_cfdi.cfdi_uuid = "12345";
    EXPECT_EQ(refusal(approved, bad_cfdi, ctx), "instalment.cfdi");

    // Suspending and cancelling need a reason; a cancelled instalment stays cancelled.
    EXPECT_EQ(refusal(approved, move(InstalmentState::suspended, d(2024, 4, 7)), ctx), "instalment.missing");
    auto suspend = move(InstalmentState::suspended, d(2024, 4, 7));
    suspend.reason = "Licencia médica";
    const auto suspended = apply_move(approved, suspend, ctx);
    EXPECT_EQ(refusal(suspended, suspend, ctx), "instalment.move");
    const auto resumed = apply_move(suspended, move(InstalmentState::pending, d(2024, 5, 1)), ctx);
    EXPECT_EQ(resumed.state, InstalmentState::pending);
    EXPECT_FALSE(resumed.approval_date);
    auto cancel = move(InstalmentState::cancelled, d(2024, 5, 2));
    cancel.reason = "Terminación anticipada";
    const auto cancelled = apply_move(resumed, cancel, ctx);
    EXPECT_EQ(refusal(cancelled, report, ctx), "instalment.cancelled");
}

TEST(Instalment, StateNamesRoundTrip) {
    for (auto s : {InstalmentState::pending, InstalmentState::report_delivered, InstalmentState::approved,
                   InstalmentState::paid, InstalmentState::suspended, InstalmentState::cancelled}) {
        EXPECT_EQ(instalment_state_from_name(instalment_state_name(s)), s);
    }
    EXPECT_EQ(instalment_state_from_name("informe"), InstalmentState::report_delivered);
    EXPECT_TRUE(is_cfdi_uuid("6f9a1c2d-3b4e-4f50-8a6b-7c8d9e0f1a2b"));
    EXPECT_FALSE(is_cfdi_uuid("6f9a1c2d3b4e4f508a6b7c8d9e0f1a2b0000"));
}

}  // namespace
}  // namespace pacta::domain
