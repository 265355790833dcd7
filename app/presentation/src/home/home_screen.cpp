#include "pacta/presentation/home/home_screen.h"
#include "pacta/presentation/common/display_date.h"

#include <cstdio>
#include <map>

#include "pacta/domain/contract_lifecycle.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/payments/payment_totals.h"

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

constexpr d::Regime regimes[] = {d::Regime::honorarios, d::Regime::cas, d::Regime::locacion, d::Regime::planilla};

}  // namespace

std::string count_text(std::size_t count) {
    std::string digits = std::to_string(count);
    if (digits.size() < 5) return digits;
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += "\u00A0";
        out += digits[i];
    }
    return out;
}

std::vector<std::string> HomeViewModel::institutions() const {
    const auto& mine = session_.user().institutions;
    return {mine.begin(), mine.end()};
}

d::Date HomeViewModel::due_by() const { return plus_days(today_, due_within_days); }

d::ContractQuery HomeViewModel::contract_query(AttentionKind kind) const {
    d::ContractQuery q;
    q.institutions = institutions();
    switch (kind) {
        case AttentionKind::legal_review: q.state = d::ContractState::en_revision; break;
        case AttentionKind::returned: q.state = d::ContractState::observado; break;
        case AttentionKind::ending_soon:
            q.states = {d::ContractState::firmado, d::ContractState::vigente};
            q.ending_from = today_;
            q.ending_to = plus_days(today_, ending_within_days);
            q.order = d::ContractQuery::Order::end;  // the soonest first
            break;
        case AttentionKind::instalments_due: break;
    }
    return q;
}

d::InstalmentQuery HomeViewModel::due_query() const {
    d::InstalmentQuery q;
    q.due_by = due_by();
    q.institutions = institutions();
    // Only contracts in force owe anything; a draft's schedule is a plan.
    q.contract_states = {d::ContractState::firmado, d::ContractState::vigente};
    return q;
}

AttentionItem HomeViewModel::contract_item(AttentionKind kind, const d::ContractSummary& c) const {
    const std::string who = c.folio + " · " + c.person + " · ";
    switch (kind) {
        case AttentionKind::legal_review: return {who + tr("sent for legal review"), c.folio};
        case AttentionKind::returned: return {who + tr("returned with observations"), c.folio};
        default: break;
    }
    return {who + fill(tr("ends on {date}"), {{"date", c.end ? c.end->iso() : std::string()}}), c.folio};
}

AttentionItem HomeViewModel::instalment_item(const d::ContractInstalment& i) const {
    const auto& r = i.record;
    const auto when = r.plan.due < today_ ? fill(tr("overdue since {date}"), {{"date", display_date(r.plan.due.iso())}})
                                          : fill(tr("due {date}"), {{"date", display_date(r.plan.due.iso())}});
    return {i.folio + " · " + fill(tr("instalment {number}"), {{"number", std::to_string(r.plan.number)}}) + " · " +
                i.person + " · " + d::format_money(r.plan.amount) + " · " + when + " · " + locale::instalment_state_label(r.state),
            i.folio};
}

std::vector<AttentionItem> HomeViewModel::group_page(AttentionKind kind, std::size_t offset, std::size_t limit) {
    session_.require(d::Permission::read_records, "inicio");
    std::vector<AttentionItem> out;
    if (kind == AttentionKind::instalments_due) {
        for (const auto& i : instalments_.open_page(due_query(), offset, limit)) out.push_back(instalment_item(i));
    } else {
        for (const auto& c : contracts_.page(contract_query(kind), offset, limit)) out.push_back(contract_item(kind, c));
    }
    return out;
}

std::size_t HomeViewModel::group_count(AttentionKind kind) {
    session_.require(d::Permission::read_records, "inicio");
    return kind == AttentionKind::instalments_due ? instalments_.open_count(due_query())
                                                  : contracts_.count(contract_query(kind));
}

void HomeViewModel::add_group(AttentionKind kind, const std::string& title) {
    const std::size_t count = group_count(kind);
    if (count == 0) return;
    AttentionGroup group{kind, fill(title, {{"count", count_text(count)}}), count, group_page(kind, 0, first_items), {}};
    if (count > group.items.size()) group.more = fill(tr("See all ({count})"), {{"count", count_text(count)}});
    attention_.push_back(std::move(group));
}

void HomeViewModel::reload() {
    session_.require(d::Permission::read_records, "inicio");
    const auto& user = session_.user();
    attention_.clear();
    if (user.has(d::Role::revisor_juridico) || user.has(d::Role::administrador)) {
        add_group(AttentionKind::legal_review, tr("Awaiting legal review ({count})"));
    }
    if (user.may(d::Permission::draft_contracts)) {
        add_group(AttentionKind::returned, tr("Returned with observations ({count})"));
    }
    if (user.may(d::Permission::record_instalments) || user.may(d::Permission::record_payments)) {
        add_group(AttentionKind::instalments_due, tr("Instalments due or overdue ({count})"));
    }
    add_group(AttentionKind::ending_soon, tr("Contracts ending within 30 days ({count})"));
    load_months();
    load_staff();
}

void HomeViewModel::load_months() {
    // Planned against paid over the twelve months ending with this one, summed by the store.
    int year = today_.year();
    int month = static_cast<int>(today_.month()) - 11;
    if (month <= 0) {
        month += 12;
        year -= 1;
    }
    const std::string from = month_of(year, month);
    const std::string to = month_of(today_.year(), static_cast<int>(today_.month()));
    const auto totals = instalments_.totals(institutions(), from, to, d::TotalsKey::month);
    currency_ = main_currency(totals);  // one currency per chart
    std::map<std::string, MonthBar> by_month;
    for (int k = 0; k < 12; ++k) {
        const std::string key = month_of(year + (month - 1 + k) / 12, (month - 1 + k) % 12 + 1);
        by_month[key] = {key, 0, 0, key.substr(5, 2) + "/" + key.substr(2, 2)};
    }
    for (const auto& t : totals) {
        const auto it = by_month.find(t.key);
        if (it == by_month.end() || t.currency != currency_) continue;
        it->second.planned += t.planned;
        it->second.paid += t.paid;
    }
    months_.clear();
    for (auto& [_, bar] : by_month) months_.push_back(bar);
}

std::string HomeViewModel::amount_text(double minor_units) const {
    return d::format_money(d::Money(static_cast<std::int64_t>(minor_units), currency_));
}

std::vector<std::string> HomeViewModel::staff_series() {
    return {locale::category_label(d::Category::asistencial), locale::category_label(d::Category::administrativo)};
}

void HomeViewModel::load_staff() {
    // Active staff by regime and category, counted by the store.
    std::map<d::Regime, StaffBreakdown> by_regime;
    for (const auto r : regimes) by_regime[r] = {locale::regime_label(r), 0, 0};
    for (const auto& c : staff_.active_breakdown()) {
        auto& row = by_regime[c.regime];
        (c.category == d::Category::asistencial ? row.asistencial : row.administrativo) += c.count;
    }
    staff_breakdown_.clear();
    for (const auto r : regimes) staff_breakdown_.push_back(by_regime.at(r));
}

}  // namespace pacta::presentation
