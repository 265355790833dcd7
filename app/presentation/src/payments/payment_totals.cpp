#include "pacta/presentation/payments/payment_totals.h"

#include <algorithm>
#include <map>
#include <optional>

#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/payments/payment_schedule.h"

namespace pacta::presentation {

namespace d = domain;
using locale::fill;
using locale::tr;

namespace {

std::string detail(const d::InstalmentRecord& r) {
    switch (r.state) {
        case d::InstalmentState::report_delivered: return r.report_date->iso() + " " + r.report_reference;
        case d::InstalmentState::approved: return r.approval_date->iso() + " " + r.approved_by;
        case d::InstalmentState::paid:
            return r.payment_date->iso() + " " + r.transfer_reference + " " +
                   (r.cfdi_uuid.empty() ? r.receipt_number : r.cfdi_uuid);
        case d::InstalmentState::suspended:
        case d::InstalmentState::cancelled: return r.reason;
        case d::InstalmentState::pending: break;
    }
    return {};
}

}  // namespace

Table contract_instalments_table(const std::vector<d::ContractInstalment>& instalments,
                                 const d::WithholdingRules& rules) {
    Table t;
    t.sheet_name = "Exhibiciones";
    t.columns = {tr("No."),      tr("Period"), tr("Due"),         tr("Amount"), tr("State"),
                 tr("Withheld"), tr("Net"),    tr("Calculation"), tr("Detail")};
    t.numeric = {false, false, false, true, false, true, true, false, false};
    for (const auto& c : instalments) {
        const auto& r = c.record;
        std::optional<d::Withholding> w = r.paid;
        std::string basis = r.paid ? tr("fixed") : "";
        if (!w && r.state != d::InstalmentState::cancelled) {
            try {
                w = rules.compute(r.plan.amount, c.regime, r.plan.due, c.suspension_year == r.plan.due.year());
                basis = tr("estimated");
            } catch (const d::RuleError&) {
                basis = tr("no tariff");  // the year's table is missing: nothing to estimate with
            }
        }
        t.rows.push_back({std::to_string(r.plan.number), r.plan.period_start.iso() + " a " + r.plan.period_end.iso(),
                          r.plan.due.iso(), d::format_money(r.plan.amount), locale::instalment_state_label(r.state),
                          w ? d::format_money(w->withheld) : "", w ? d::format_money(w->net) : "", basis, detail(r)});
    }
    return t;
}

Table pending_table(const std::vector<d::ContractInstalment>& instalments) {
    Table t;
    t.sheet_name = "Pendientes";
    t.columns = {tr("Due"), tr("Folio"), tr("No."), tr("Amount"), tr("State"), tr("Unit"), tr("Person")};
    t.numeric = {false, false, false, true, false, false, false};
    for (const auto& c : instalments) {
        const auto& r = c.record;
        t.rows.push_back({r.plan.due.iso(), c.folio, std::to_string(r.plan.number), d::format_money(r.plan.amount),
                          locale::instalment_state_label(r.state), c.unit_code, c.person});
    }
    return t;
}

std::vector<SummaryRow> payment_summary(const std::vector<d::ContractInstalment>& instalments, const std::string& from,
                                        const std::string& to, SummaryKey key, d::Currency currency) {
    std::map<std::string, SummaryRow> groups;
    SummaryRow total{"TOTAL"};
    for (const auto& c : instalments) {
        const auto& r = c.record;
        const std::string month = r.plan.due.iso().substr(0, 7);
        if (month < from || month > to || r.state == d::InstalmentState::cancelled) continue;
        if (r.plan.amount.currency() != currency) continue;
        std::string k = month;
        if (key == SummaryKey::unit) k = c.unit_code.empty() ? "-" : c.unit_code;
        if (key == SummaryKey::account) k = c.budget_account.empty() ? "-" : c.budget_account;
        auto& row = groups[k];
        row.key = k;
        const std::int64_t planned = r.plan.amount.minor_units();
        const bool approved = r.state == d::InstalmentState::approved || r.state == d::InstalmentState::paid;
        const std::int64_t paid = r.paid ? r.paid->gross.minor_units() : 0;
        const std::int64_t withheld = r.paid ? r.paid->withheld.minor_units() : 0;
        for (auto* target : {&row, &total}) {
            target->planned += planned;
            target->approved += approved ? planned : 0;
            target->paid += paid;
            target->withheld += withheld;
        }
    }
    std::vector<SummaryRow> out;
    for (auto& [k, row] : groups) out.push_back(row);
    out.push_back(total);
    return out;
}

std::vector<SummaryRow> summary_rows(const std::vector<d::InstalmentTotals>& totals, d::Currency currency) {
    std::vector<SummaryRow> out;
    SummaryRow total{"TOTAL"};
    for (const auto& t : totals) {
        if (t.currency != currency) continue;
        out.push_back({t.key, t.planned, t.approved, t.paid, t.withheld});
        total.planned += t.planned;
        total.approved += t.approved;
        total.paid += t.paid;
        total.withheld += t.withheld;
    }
    out.push_back(total);
    return out;
}

d::Currency main_currency(const std::vector<d::InstalmentTotals>& totals) {
    std::map<d::Currency, std::int64_t> planned;
    for (const auto& t : totals) planned[t.currency] += t.planned;
    d::Currency best = d::Currency::MXN;
    std::int64_t most = -1;
    for (const auto& [currency, sum] : planned) {
        if (sum > most) {
            most = sum;
            best = currency;
        }
    }
    return best;
}

d::TotalsKey totals_key(SummaryKey key) {
    switch (key) {
        case SummaryKey::month: return d::TotalsKey::month;
        case SummaryKey::unit: return d::TotalsKey::unit;
        case SummaryKey::account: return d::TotalsKey::account;
    }
    return d::TotalsKey::month;
}

Table summary_table(const std::vector<SummaryRow>& rows, SummaryKey key, d::Currency currency) {
    Table t;
    t.sheet_name = "Resumen";
    const std::string first = key == SummaryKey::month ? tr("Month") : key == SummaryKey::unit ? tr("Unit") : tr("Budget account");
    t.columns = {first, tr("Planned"), tr("Approved"), tr("Paid"),
                 tr("Withheld")};
    t.numeric = {false, true, true, true, true};
    const auto money = [currency](std::int64_t v) { return d::format_money(d::Money(v, currency)); };
    for (const auto& r : rows) {
        t.rows.push_back({r.key, money(r.planned), money(r.approved), money(r.paid), money(r.withheld)});
    }
    return t;
}

}  // namespace pacta::presentation
