#include "pacta/presentation/home_screen.h"

#include <cstdio>
#include <map>

#include "pacta/domain/contract_lifecycle.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/payments.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

std::string month_of(int year, int month) {
    char text[16];  // room for any int, so the compiler sees no truncation
    std::snprintf(text, sizeof text, "%04d-%02d", year, month);
    return text;
}

d::Date plus_days(d::Date day, int days) { return d::Date::from_days(day.days() + std::chrono::days(days)); }

void add_group(std::vector<AttentionGroup>& groups, const std::string& title, std::vector<AttentionItem> items) {
    if (items.empty()) return;
    groups.push_back({fill(title, {{"count", std::to_string(items.size())}}), std::move(items)});
}

}  // namespace

void HomeViewModel::reload() {
    session_.require(d::Permission::read_records, "inicio");
    const auto& user = session_.user();
    attention_.clear();

    std::vector<AttentionItem> in_review;
    std::vector<AttentionItem> returned;
    std::vector<AttentionItem> ending;
    const d::Date soon = plus_days(today_, ending_within_days);
    for (const auto& c : contracts_.summaries()) {
        if (!user.covers(c.institution_code)) continue;
        const std::string who = c.folio + " · " + c.person;
        if (c.state == d::ContractState::en_revision) {
            in_review.push_back({who + " · " + tr("sent for legal review"), c.folio});
        } else if (c.state == d::ContractState::observado) {
            returned.push_back({who + " · " + tr("returned with observations"), c.folio});
        } else if ((c.state == d::ContractState::firmado || c.state == d::ContractState::vigente) &&
                   c.end && *c.end >= today_ && *c.end <= soon) {
            ending.push_back({who + " · " + fill(tr("ends on {date}"), {{"date", c.end->iso()}}), c.folio});
        }
    }
    if (user.has(d::Role::revisor_juridico) || user.has(d::Role::administrador)) {
        add_group(attention_, tr("Awaiting legal review ({count})"), std::move(in_review));
    }
    if (user.may(d::Permission::draft_contracts)) {
        add_group(attention_, tr("Returned with observations ({count})"), std::move(returned));
    }

    const auto all = instalments_.all();
    std::vector<AttentionItem> due;
    const auto due_by = plus_days(today_, due_within_days);
    for (const auto& i : all) {
        if (!user.covers(i.institution_code)) continue;
        const auto& r = i.record;
        // Only contracts in force owe anything; a draft's schedule is a plan.
        const bool in_force = i.contract_state == d::ContractState::firmado || i.contract_state == d::ContractState::vigente;
        if (!in_force || r.state == d::InstalmentState::paid || r.state == d::InstalmentState::cancelled ||
            r.plan.due > due_by) {
            continue;
        }
        const auto when = r.plan.due < today_ ? fill(tr("overdue since {date}"), {{"date", r.plan.due.iso()}})
                                              : fill(tr("due {date}"), {{"date", r.plan.due.iso()}});
        due.push_back({i.folio + " · " + fill(tr("instalment {number}"), {{"number", std::to_string(r.plan.number)}}) +
                           " · " + i.person + " · " + d::format_money(r.plan.amount) + " · " + when + " · " +
                           state_label(r.state),
                       i.folio});
    }
    if (user.may(d::Permission::record_instalments) || user.may(d::Permission::record_payments)) {
        add_group(attention_, tr("Instalments due or overdue ({count})"), std::move(due));
    }
    add_group(attention_, tr("Contracts ending within 30 days ({count})"), std::move(ending));

    // Planned against paid over the twelve months ending with this one.
    int year = today_.year();
    int month = static_cast<int>(today_.month()) - 11;
    if (month <= 0) {
        month += 12;
        year -= 1;
    }
    const std::string from = month_of(year, month);
    const std::string to = month_of(today_.year(), static_cast<int>(today_.month()));
    std::vector<d::ContractInstalment> mine;
    for (const auto& i : all) {
        if (user.covers(i.institution_code)) mine.push_back(i);
    }
    currency_ = mine.empty() ? d::Currency::MXN : mine.front().record.plan.amount.currency();
    std::map<std::string, MonthBar> by_month;
    for (int k = 0; k < 12; ++k) {
        const std::string key = month_of(year + (month - 1 + k) / 12, (month - 1 + k) % 12 + 1);
        by_month[key] = {key, 0, 0};
    }
    for (const auto& row : payment_summary(mine, from, to, SummaryKey::month, currency_)) {
        if (const auto it = by_month.find(row.key); it != by_month.end()) {
            it->second.planned = row.planned;
            it->second.paid = row.paid;
        }
    }
    months_.clear();
    for (auto& [_, bar] : by_month) months_.push_back(bar);

    // Active staff by regime and category.
    std::map<std::string, StaffBreakdown> by_regime;
    for (const auto r : {d::Regime::honorarios, d::Regime::cas, d::Regime::locacion, d::Regime::planilla}) {
        const std::string name(d::regime_name(r));
        by_regime[name] = {name, 0, 0};
    }
    for (const auto& m : staff_.all()) {
        if (!m.active) continue;
        auto& row = by_regime[std::string(d::regime_name(m.regime))];
        (m.category == d::Category::asistencial ? row.asistencial : row.administrativo) += 1;
    }
    staff_breakdown_.clear();
    for (const auto r : {d::Regime::honorarios, d::Regime::cas, d::Regime::locacion, d::Regime::planilla}) {
        staff_breakdown_.push_back(by_regime.at(std::string(d::regime_name(r))));
    }
}

}  // namespace pacta::presentation
