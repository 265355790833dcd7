// Payments by month, budget account, unit and regime: what the contracts commit, what was
// approved, paid, withheld and is still pending, in one table per currency.
#include <map>
#include <set>

#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/common/today.h"
#include "pacta/presentation/reports/report_service.h"
#include "report_building.h"

namespace pacta::presentation {

namespace d = domain;
using locale::fill;
using locale::tr;

namespace {

bool is_month(const std::string& text) {
    if (text.size() != 7 || text[4] != '-') return false;
    for (std::size_t i = 0; i < 7; ++i) {
        if (i != 4 && (text[i] < '0' || text[i] > '9')) return false;
    }
    const int month = std::stoi(text.substr(5));
    return month >= 1 && month <= 12;
}

std::string month_label(const std::string& month) { return month.substr(5) + "/" + month.substr(0, 4); }

// Every month from `from` to `to` ("AAAA-MM"), at most 120.
std::vector<std::string> months_between(const std::string& from, const std::string& to) {
    std::vector<std::string> out;
    int year = std::stoi(from.substr(0, 4)), month = std::stoi(from.substr(5));
    while (out.size() < 120) {
        char text[8];
        std::snprintf(text, sizeof text, "%04d-%02d", year, month);
        out.emplace_back(text);
        if (out.back() >= to) break;
        if (++month > 12) month = 1, ++year;
    }
    return out;
}

std::string key_text(ReportKey key, const d::PaymentCell& c) {
    switch (key) {
        case ReportKey::month: return month_label(c.month);
        case ReportKey::account: return c.account.empty() ? tr("(no account)") : c.account;
        case ReportKey::unit: return c.unit.empty() ? tr("(no unit)") : c.unit;
        case ReportKey::regime: return locale::regime_label(c.regime);
        default: return {};
    }
}

// The sort key of a row: months and codes sort as stored.
std::string key_order(ReportKey key, const d::PaymentCell& c) {
    switch (key) {
        case ReportKey::month: return c.month;
        case ReportKey::regime: return std::to_string(static_cast<int>(c.regime));
        default: return key_text(key, c);
    }
}

void add(d::PaymentCell& into, const d::PaymentCell& c) {
    into.instalments += c.instalments;
    into.planned += c.planned;
    into.approved += c.approved;
    into.paid += c.paid;
    into.withheld += c.withheld;
    into.net += c.net;
    into.pending += c.pending;
}

}  // namespace

Report ReportService::payments(const PaymentFilters& f) {
    const auto institutions = scope(f.institution, "pagos");
    const std::string year = std::to_string(today().year());
    const std::string from = f.from_month.empty() ? year + "-01" : f.from_month;
    const std::string to = f.to_month.empty() ? year + "-12" : f.to_month;
    for (const auto& [month, field] : {std::pair{from, "desde"}, std::pair{to, "hasta"}}) {
        if (!is_month(month)) {
            throw InvalidInput(fill(tr("«{month}» is not a month; write it as AAAA-MM, for example 2026-03."),
                                    {{"month", month}}),
                               {d::Finding("report.month", d::Severity::error, field)});
        }
    }
    if (from > to) {
        throw InvalidInput(fill(tr("the months are reversed: {from} is after {to}; give the earlier month first."),
                                {{"from", month_label(from)}, {"to", month_label(to)}}),
                           {d::Finding("report.months_reversed", d::Severity::error, "desde")});
    }
    const auto by = f.by.empty() ? std::vector<ReportKey>{ReportKey::month} : f.by;
    for (const auto key : by) {
        if (key != ReportKey::month && key != ReportKey::account && key != ReportKey::unit && key != ReportKey::regime) {
            throw ServiceError(tr("payments are grouped by month, budget account, unit or regime."));
        }
    }
    const d::PaymentsQuery q{institutions, from, to, f.unit, f.account, f.regime};
    const auto cells = store_.reports().payments(q);

    Report report;
    report.kind = "pagos";
    report.title = tr("Payments by month and budget account");
    report.institution = heading(institutions);
    report.produced = produced();
    report.filters.push_back(fill(tr("Instalments due from {from} to {to}, of signed contracts; cancelled ones left out"),
                                  {{"from", month_label(from)}, {"to", month_label(to)}}));
    std::string grouping;
    for (const auto key : by) grouping += (grouping.empty() ? "" : ", ") + report_key_label(key);
    report.filters.push_back(fill(tr("By: {keys}"), {{"keys", grouping}}));
    if (!f.unit.empty()) report.filters.push_back(fill(tr("Unit: {unit}"), {{"unit", f.unit}}));
    if (!f.account.empty()) report.filters.push_back(fill(tr("Budget account: {account}"), {{"account", f.account}}));
    if (f.regime) report.filters.push_back(fill(tr("Regime: {regime}"), {{"regime", locale::regime_label(*f.regime)}}));

    std::set<d::Currency> currencies;
    for (const auto& c : cells) currencies.insert(c.currency);
    if (currencies.empty()) currencies.insert(d::Currency::MXN);
    const auto months = months_between(from, to);
    for (const auto currency : currencies) {
        // Rows by their keys, in key order.
        std::map<std::vector<std::string>, std::pair<std::vector<std::string>, d::PaymentCell>> rows;
        std::map<d::Regime, std::map<std::string, std::int64_t>> by_month;
        for (const auto& c : cells) {
            if (c.currency != currency) continue;
            std::vector<std::string> order, shown;
            for (const auto key : by) {
                order.push_back(key_order(key, c));
                shown.push_back(key_text(key, c));
            }
            auto& row = rows[order];
            row.first = shown;
            row.second.currency = currency;
            add(row.second, c);
            by_month[c.regime][c.month] += c.planned;
        }
        ReportSection s;
        s.title = currencies.size() > 1 ? fill(tr("Payments in {currency}"), {{"currency", std::string(d::currency_code(currency))}})
                                        : report.title;
        s.sheet = detail::sheet_name(currencies.size() > 1 ? tr("Payments") + " " + std::string(d::currency_code(currency))
                                                           : tr("Payments"));
        for (const auto key : by) s.columns.push_back({report_key_label(key), CellKind::text, false});
        const std::size_t first = s.columns.size();
        s.columns.push_back({tr("Instalments"), CellKind::count, true});
        for (const char* title : {locale::noop_tr("Planned"), locale::noop_tr("Approved"), locale::noop_tr("Paid (gross)"),
                                  locale::noop_tr("Withheld"), locale::noop_tr("Net paid"), locale::noop_tr("Pending")}) {
            s.columns.push_back({tr(title), CellKind::money, true});
        }
        s.columns.push_back({tr("Paid %"), CellKind::percent, false});
        bool rows_agree = true;
        for (const auto& [order, row] : rows) {
            std::vector<ReportCell> cells_of_row;
            for (const auto& text : row.first) cells_of_row.push_back(ReportCell::of_text(text));
            const auto& p = row.second;
            cells_of_row.push_back(ReportCell::of_count(p.instalments));
            for (const auto v : {p.planned, p.approved, p.paid, p.withheld, p.net, p.pending}) {
                cells_of_row.push_back(ReportCell::of_money(v, currency));
            }
            cells_of_row.push_back(ReportCell::of_percent(p.paid, p.planned));
            // What was paid is what was withheld plus what reached the person.
            if (p.paid != p.withheld + p.net) {
                rows_agree = false;
                report.discrepancies.push_back(fill(tr("{row}: paid {paid} is not withheld plus net"),
                                                    {{"row", row.first.front()},
                                                     {"paid", cell_text(ReportCell::of_money(p.paid, currency))}}));
            }
            s.rows.push_back(std::move(cells_of_row));
        }
        if (!s.rows.empty()) {
            s.totals = detail::column_totals(s);
            const std::size_t n = first;
            s.totals.back() = ReportCell::of_percent(s.totals[n + 3].number, s.totals[n + 1].number);
            const auto t = store_.reports().payment_totals(q, currency);
            detail::reconcile(s, {{n, t.instalments}, {n + 1, t.planned}, {n + 2, t.approved}, {n + 3, t.paid},
                                  {n + 4, t.withheld}, {n + 5, t.net}, {n + 6, t.pending}},
                              report.discrepancies);
            if (!rows_agree) {
                s.totals.clear();
                s.note = tr("The totals of this table do not reconcile with the records and are not shown; the records "
                            "changed while the report was made, or the database needs checking. Produce it again.");
            }
            ReportChart chart;
            chart.title = tr("Planned by month and regime");
            chart.caption = fill(tr("Planned, {currency}"), {{"currency", std::string(d::currency_code(currency))}});
            chart.money = true;
            for (const auto& m : months) chart.categories.push_back(month_label(m));
            for (const auto& [regime, sums] : by_month) {
                ReportChart::Series series{locale::regime_label(regime), {}};
                for (const auto& m : months) series.values.push_back(sums.contains(m) ? sums.at(m) : 0);
                chart.series.push_back(std::move(series));
            }
            s.chart = std::move(chart);
        }
        detail::note_if_empty(s);
        report.sections.push_back(std::move(s));
    }
    return report;
}

}  // namespace pacta::presentation
