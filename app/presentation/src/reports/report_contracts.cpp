// Contracts by state, template and unit; contracts ending soon; instalment steps overdue,
// each with who must act and by when.
#include <map>
#include <set>

#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/common/display_date.h"
#include "pacta/presentation/common/today.h"
#include "pacta/presentation/reports/report_service.h"
#include "report_building.h"

namespace pacta::presentation {

namespace d = domain;
using locale::fill;
using locale::tr;

namespace {

std::string key_text(ReportKey key, const d::ContractCountCell& c) {
    switch (key) {
        case ReportKey::state: return locale::contract_state_label(c.state);
        case ReportKey::template_code: return c.template_code;
        case ReportKey::unit: return c.unit.empty() ? tr("(no unit)") : c.unit;
        default: return {};
    }
}

std::string key_order(ReportKey key, const d::ContractCountCell& c) {
    // States in the order work goes.
    return key == ReportKey::state ? std::to_string(static_cast<int>(c.state)) : key_text(key, c);
}

std::string step_label(d::OverdueStepKind step) {
    switch (step) {
        case d::OverdueStepKind::report: return tr("Deliver the activity report");
        case d::OverdueStepKind::approval: return tr("Approve the report");
        case d::OverdueStepKind::payment: return tr("Pay the instalment");
    }
    return {};
}

}  // namespace

Report ReportService::contracts(const ContractFilters& f) {
    const auto institutions = scope(f.institution, "contratos");
    if (f.created_from && f.created_to && *f.created_from > *f.created_to) {
        throw InvalidInput(fill(tr("the dates are reversed: {from} is after {to}; give the earlier date first."),
                                {{"from", display_date(f.created_from->iso())}, {"to", display_date(f.created_to->iso())}}),
                           {d::Finding("report.dates_reversed", d::Severity::error, "desde")});
    }
    const auto by = f.by.empty() ? std::vector<ReportKey>{ReportKey::state} : f.by;
    for (const auto key : by) {
        if (key != ReportKey::state && key != ReportKey::template_code && key != ReportKey::unit) {
            throw ServiceError(tr("contracts are grouped by state, template or unit."));
        }
    }
    const d::ContractsQuery q{institutions, f.created_from, f.created_to, f.unit};
    const auto cells = store_.reports().contracts(q);

    Report report;
    report.kind = "contratos";
    report.title = tr("Contracts by state and template");
    report.institution = heading(institutions);
    report.produced = produced();
    if (f.created_from || f.created_to) {
        report.filters.push_back(fill(tr("Drafted from {from} to {to}"),
                                      {{"from", f.created_from ? display_date(f.created_from->iso()) : tr("the first")},
                                       {"to", f.created_to ? display_date(f.created_to->iso()) : tr("today")}}));
    }
    std::string grouping;
    for (const auto key : by) grouping += (grouping.empty() ? "" : ", ") + report_key_label(key);
    report.filters.push_back(fill(tr("By: {keys}"), {{"keys", grouping}}));
    if (!f.unit.empty()) report.filters.push_back(fill(tr("Unit: {unit}"), {{"unit", f.unit}}));

    std::set<d::Currency> currencies;
    for (const auto& c : cells) currencies.insert(c.currency);
    if (currencies.empty()) currencies.insert(d::Currency::MXN);
    std::int64_t counted = 0;
    for (const auto currency : currencies) {
        std::map<std::vector<std::string>, std::pair<std::vector<std::string>, std::pair<std::int64_t, std::int64_t>>> rows;
        for (const auto& c : cells) {
            if (c.currency != currency) continue;
            std::vector<std::string> order, shown;
            for (const auto key : by) {
                order.push_back(key_order(key, c));
                shown.push_back(key_text(key, c));
            }
            auto& row = rows[order];
            row.first = shown;
            row.second.first += c.contracts;
            row.second.second += c.total;
        }
        ReportSection s;
        const std::string code(d::currency_code(currency));
        s.title = currencies.size() > 1 ? fill(tr("Contracts in {currency}"), {{"currency", code}}) : report.title;
        s.sheet = detail::sheet_name(currencies.size() > 1 ? tr("Contracts") + " " + code : tr("Contracts"));
        for (const auto key : by) s.columns.push_back({report_key_label(key), CellKind::text, false});
        s.columns.push_back({tr("Contracts"), CellKind::count, true});
        s.columns.push_back({tr("Amount"), CellKind::money, true});
        for (const auto& [order, row] : rows) {
            std::vector<ReportCell> out;
            for (const auto& text : row.first) out.push_back(ReportCell::of_text(text));
            out.push_back(ReportCell::of_count(row.second.first));
            out.push_back(ReportCell::of_money(row.second.second, currency));
            counted += row.second.first;
            s.rows.push_back(std::move(out));
        }
        if (!s.rows.empty()) s.totals = detail::column_totals(s);
        detail::note_if_empty(s);
        report.sections.push_back(std::move(s));
    }
    const auto total = store_.reports().contract_total(q);
    if (report.sections.size() == 1 && !report.sections[0].rows.empty()) {
        detail::reconcile(report.sections[0], {{by.size(), total}}, report.discrepancies);
    } else if (counted != total) {
        report.discrepancies.push_back(fill(tr("the tables count {counted} contracts but the records hold {total}"),
                                            {{"counted", std::to_string(counted)}, {"total", std::to_string(total)}}));
        for (auto& s : report.sections) s.totals.clear();
    }
    return report;
}

Report ReportService::due(const DueFilters& f) {
    const auto institutions = scope(f.institution, "vencimientos");
    if (f.days < 1 || f.days > 366 || f.approval_days < 0 || f.approval_days > 366) {
        throw InvalidInput(tr("the days must be between 1 and 366 (and those allowed for an approval between 0 and 366)."),
                           {d::Finding("report.days", d::Severity::error, "dias")});
    }
    const d::Date on = today();
    Report report;
    report.kind = "vencimientos";
    report.title = tr("Contracts ending and overdue steps");
    report.institution = heading(institutions);
    report.produced = produced();
    report.filters.push_back(fill(tr("On {date}: contracts in force ending within {days} days; an approval is late {n} "
                                     "days after the report"),
                                  {{"date", display_date(on.iso())}, {"days", std::to_string(f.days)},
                                   {"n", std::to_string(f.approval_days)}}));

    ReportSection ending;
    ending.title = fill(tr("Contracts ending within {days} days"), {{"days", std::to_string(f.days)}});
    ending.sheet = detail::sheet_name(tr("Ending"));
    ending.columns = {{tr("Folio"), CellKind::text, false},      {tr("Person"), CellKind::text, false},
                      {tr("Unit"), CellKind::text, false},       {tr("Supervisor"), CellKind::text, false},
                      {tr("Monthly fee"), CellKind::money, false}, {tr("Amount"), CellKind::money, true},
                      {tr("Ends"), CellKind::date, false},       {tr("Days left"), CellKind::count, false},
                      {tr("Within"), CellKind::text, false}};
    std::set<d::Currency> currencies;
    for (const auto& e : store_.reports().ending(institutions, on, f.days)) {
        const int left = static_cast<int>((e.end.days() - on.days()).count());
        const int bucket = left <= 30 ? 30 : left <= 60 ? 60 : left <= 90 ? 90 : f.days;
        ending.rows.push_back({ReportCell::of_text(e.folio), ReportCell::of_text(e.person), ReportCell::of_text(e.unit),
                               ReportCell::of_text(e.supervisor),
                               ReportCell::of_money(e.monthly.minor_units(), e.monthly.currency()),
                               ReportCell::of_money(e.total.minor_units(), e.total.currency()), ReportCell::of_date(e.end),
                               ReportCell::of_count(left),
                               ReportCell::of_text(fill(tr("{n} days"), {{"n", std::to_string(bucket)}}))});
        currencies.insert(e.total.currency());
    }
    // A list: its totals row counts the contracts (and sums them when all share a currency).
    if (!ending.rows.empty()) {
        ending.totals = detail::column_totals(ending);
        if (currencies.size() > 1) ending.totals[5] = {};
        ending.totals[1] = ReportCell::of_text(fill(locale::trn("{n} contract", "{n} contracts",
                                                                 static_cast<long>(ending.rows.size())),
                                                    {{"n", std::to_string(ending.rows.size())}}));
    }
    detail::note_if_empty(ending);
    report.sections.push_back(std::move(ending));

    ReportSection late;
    late.title = tr("Instalment steps overdue");
    late.sheet = detail::sheet_name(tr("Overdue"));
    late.columns = {{tr("Folio"), CellKind::text, false},      {tr("Instalment"), CellKind::count, false},
                    {tr("Step"), CellKind::text, false},       {tr("Responsible"), CellKind::text, false},
                    {tr("Person"), CellKind::text, false},     {tr("Unit"), CellKind::text, false},
                    {tr("Amount"), CellKind::money, false},    {tr("Deadline"), CellKind::date, false},
                    {tr("Days late"), CellKind::count, false}};
    for (const auto& o : store_.reports().overdue(institutions, on, f.approval_days)) {
        const std::string responsible = o.step == d::OverdueStepKind::payment ? tr("Finance")
                                        : o.responsible.empty()               ? tr("(no supervisor designated)")
                                                                              : o.responsible;
        late.rows.push_back({ReportCell::of_text(o.folio), ReportCell::of_count(o.instalment),
                             ReportCell::of_text(step_label(o.step)), ReportCell::of_text(responsible),
                             ReportCell::of_text(o.person), ReportCell::of_text(o.unit),
                             ReportCell::of_money(o.amount.minor_units(), o.amount.currency()),
                             ReportCell::of_date(o.deadline), ReportCell::of_count((on.days() - o.deadline.days()).count())});
    }
    if (!late.rows.empty()) {
        late.totals = std::vector<ReportCell>(late.columns.size());
        late.totals[0] = ReportCell::of_text(tr("TOTAL"));
        late.totals[2] = ReportCell::of_text(fill(locale::trn("{n} step", "{n} steps", static_cast<long>(late.rows.size())),
                                                  {{"n", std::to_string(late.rows.size())}}));
    }
    detail::note_if_empty(late);
    report.sections.push_back(std::move(late));
    return report;
}

}  // namespace pacta::presentation
