// The report service's common part (who may, which institutions, the heading) and the
// headcount report; payments and contracts are in their own files.
#include "pacta/presentation/reports/report_service.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <tuple>

#include "pacta/domain/utf8.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/common/display_date.h"
#include "pacta/presentation/common/today.h"
#include "report_building.h"

namespace pacta::presentation {

namespace d = domain;
using locale::fill;
using locale::tr;

std::string report_key_label(ReportKey key) {
    switch (key) {
        case ReportKey::month: return tr("Month");
        case ReportKey::account: return tr("Budget account");
        case ReportKey::unit: return tr("Unit");
        case ReportKey::regime: return tr("Regime");
        case ReportKey::category: return tr("Category");
        case ReportKey::state: return tr("State");
        case ReportKey::template_code: return tr("Template");
    }
    return {};
}

std::optional<std::vector<ReportKey>> report_keys_from_text(const std::string& text,
                                                            const std::vector<ReportKey>& allowed,
                                                            std::string& wrong) {
    static const std::map<std::string, ReportKey> names{
        {"mes", ReportKey::month},         {"cuenta", ReportKey::account},   {"unidad", ReportKey::unit},
        {"regimen", ReportKey::regime},    {"régimen", ReportKey::regime},   {"categoria", ReportKey::category},
        {"categoría", ReportKey::category}, {"estado", ReportKey::state},    {"plantilla", ReportKey::template_code}};
    std::vector<ReportKey> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = std::min(text.find(',', start), text.size());
        std::string word = text.substr(start, comma - start);
        word.erase(0, word.find_first_not_of(' '));
        word.erase(word.find_last_not_of(' ') + 1);
        const auto found = names.find(d::to_lower_es(word));
        if (found == names.end() || std::find(allowed.begin(), allowed.end(), found->second) == allowed.end()) {
            wrong = word;
            return std::nullopt;
        }
        if (std::find(out.begin(), out.end(), found->second) == out.end()) out.push_back(found->second);
        start = comma + 1;
    }
    return out;
}

std::vector<std::string> ReportService::scope(const std::string& institution, const std::string& report) {
    session_.require(d::Permission::read_records, "reporte " + report, institution);
    if (!institution.empty()) {
        if (!store_.institutions().find(institution)) {
            throw ServiceError(fill(tr("there is no institution «{code}»; «institucion listar» shows the codes."),
                                    {{"code", institution}}));
        }
        return {institution};
    }
    const auto& covered = session_.user().institutions;
    return {covered.begin(), covered.end()};
}

std::string ReportService::heading(const std::vector<std::string>& institutions) {
    std::vector<std::string> names;
    for (const auto& i : store_.institutions().list()) {
        if (institutions.empty() ? session_.user().covers(i.code)
                                 : std::find(institutions.begin(), institutions.end(), i.code) != institutions.end()) {
            names.push_back(i.name);
        }
    }
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : "; ") + n;
    return out;
}

std::string ReportService::produced() const {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char time[8];
    std::strftime(time, sizeof time, "%H:%M", &local);
    return fill(tr("Produced on {date} at {time} by {user}"),
                {{"date", display_date(today().iso())}, {"time", time}, {"user", session_.actor()}});
}

namespace {

struct HeadcountRowKey {
    d::Regime regime;
    d::Category category;
    std::string unit;
    auto operator<=>(const HeadcountRowKey&) const = default;
};

}  // namespace

Report ReportService::headcount(const HeadcountFilters& f) {
    const auto institutions = scope(f.institution, "personal");
    const int this_year = today().year();
    const int from = f.from_year ? f.from_year : this_year - 2;
    const int to = f.to_year ? f.to_year : this_year;
    if (from > to) {
        throw InvalidInput(fill(tr("the years are reversed: {from} is after {to}; give the earlier year first."),
                                {{"from", std::to_string(from)}, {"to", std::to_string(to)}}),
                           {d::Finding("report.years_reversed", d::Severity::error, "desde")});
    }
    if (from < 2000 || to > 2100 || to - from > 50) {
        throw InvalidInput(tr("the years must fall between 2000 and 2100, fifty at most; choose a shorter range."),
                           {d::Finding("report.years_range", d::Severity::error, "desde")});
    }
    const int a = f.compare_from ? f.compare_from : from;
    const int b = f.compare_to ? f.compare_to : to;
    if (a < from || b > to || a > b) {
        throw InvalidInput(fill(tr("the increment compares {a} with {b}; both must be within {from} to {to}, the earlier "
                                   "first."),
                                {{"a", std::to_string(a)}, {"b", std::to_string(b)}, {"from", std::to_string(from)},
                                 {"to", std::to_string(to)}}),
                           {d::Finding("report.compare_years", d::Severity::error, "comparar")});
    }
    if (!d::Date::from_ymd(2024, static_cast<unsigned>(f.cut_month), static_cast<unsigned>(f.cut_day))) {
        throw InvalidInput(tr("the day people are counted on does not exist; give a day and month such as 31/12."),
                           {d::Finding("report.cut_day", d::Severity::error, "corte")});
    }
    d::HeadcountQuery q{institutions, from, to, f.cut_month, f.cut_day, f.unit};
    const auto cells = store_.reports().headcount(q);

    const auto years = static_cast<std::size_t>(to - from + 1);
    std::map<HeadcountRowKey, std::vector<std::int64_t>> rows;
    for (const auto& c : cells) {
        auto& counts = rows[{c.regime, c.category, f.by_unit ? c.unit_code : std::string()}];
        counts.resize(years);
        counts[static_cast<std::size_t>(c.year - from)] += c.persons;
    }
    Report report;
    report.kind = "personal";
    report.title = tr("Staff by regime and category");
    report.institution = heading(institutions);
    report.produced = produced();
    report.filters.push_back(fill(tr("Years: {from} to {to}, counted on {day} of each year"),
                                  {{"from", std::to_string(from)}, {"to", std::to_string(to)},
                                   {"day", display_date(d::Date::from_ymd(2024, static_cast<unsigned>(f.cut_month), static_cast<unsigned>(f.cut_day))->iso()).substr(0, 5)}}));
    report.filters.push_back(tr("Counted: active records in planilla, and people with a signed contract in force that "
                                "day"));
    if (!f.unit.empty()) report.filters.push_back(fill(tr("Unit: {unit}"), {{"unit", f.unit}}));

    ReportSection s;
    s.title = report.title;
    s.sheet = detail::sheet_name(tr("Staff"));
    s.columns.push_back({tr("Regime"), CellKind::text, false});
    s.columns.push_back({tr("Category"), CellKind::text, false});
    if (f.by_unit) s.columns.push_back({tr("Unit"), CellKind::text, false});
    const std::size_t first_year = s.columns.size();
    for (int y = from; y <= to; ++y) s.columns.push_back({std::to_string(y), CellKind::count, true});
    const std::string pair = std::to_string(b) + "/" + std::to_string(a);
    s.columns.push_back({fill(tr("Inc. {years}"), {{"years", pair}}), CellKind::count, true});
    s.columns.push_back({tr("Inc. %"), CellKind::percent, false});
    for (const auto& [key, counts] : rows) {
        std::vector<ReportCell> row{ReportCell::of_text(locale::regime_label(key.regime)),
                                    ReportCell::of_text(locale::category_label(key.category))};
        if (f.by_unit) row.push_back(ReportCell::of_text(key.unit.empty() ? tr("(no unit)") : key.unit));
        for (const auto n : counts) row.push_back(ReportCell::of_count(n));
        const auto before = counts[static_cast<std::size_t>(a - from)], after = counts[static_cast<std::size_t>(b - from)];
        row.push_back(ReportCell::of_count(after - before));
        row.push_back(ReportCell::of_percent(after - before, before));
        s.rows.push_back(std::move(row));
    }
    if (!s.rows.empty()) {
        s.totals = detail::column_totals(s);
        const auto before = s.totals[first_year + static_cast<std::size_t>(a - from)].number;
        const auto after = s.totals[first_year + static_cast<std::size_t>(b - from)].number;
        s.totals.back() = ReportCell::of_percent(after - before, before);
        std::map<std::size_t, std::int64_t> expected;
        std::vector<std::int64_t> by_year;
        for (int y = from; y <= to; ++y) {
            by_year.push_back(store_.reports().headcount_total(q, y));
            expected[first_year + static_cast<std::size_t>(y - from)] = by_year.back();
        }
        expected[first_year + years] = by_year[static_cast<std::size_t>(b - from)] - by_year[static_cast<std::size_t>(a - from)];
        detail::reconcile(s, expected, report.discrepancies);
        // People by year, stacked by regime.
        ReportChart chart;
        chart.title = tr("Staff by year and regime");
        chart.caption = tr("People");
        for (int y = from; y <= to; ++y) chart.categories.push_back(std::to_string(y));
        std::map<d::Regime, std::vector<std::int64_t>> series;
        for (const auto& [key, counts] : rows) {
            auto& values = series[key.regime];
            values.resize(years);
            for (std::size_t i = 0; i < years; ++i) values[i] += counts[i];
        }
        for (auto& [regime, values] : series) chart.series.push_back({locale::regime_label(regime), std::move(values)});
        s.chart = std::move(chart);
    }
    detail::note_if_empty(s);
    report.sections.push_back(std::move(s));
    return report;
}

}  // namespace pacta::presentation
