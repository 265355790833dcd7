#include "pacta/presentation/reports/reports_screen.h"

#include <algorithm>

#include "pacta/domain/date.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/common/today.h"
#include "pacta/presentation/reports/report_files.h"

namespace pacta::presentation {

namespace d = domain;
using locale::fill;
using locale::tr;

namespace {

// "15/03/2024" or "2024-03-15"; nullopt otherwise.
std::optional<d::Date> typed_date(const std::string& text) {
    if (text.size() == 10 && text[2] == '/' && text[5] == '/') {
        return d::parse_iso_date(text.substr(6, 4) + "-" + text.substr(3, 2) + "-" + text.substr(0, 2)).value;
    }
    return d::parse_iso_date(text).value;
}

// "03/2024" or "2024-03" -> "2024-03"; the text itself otherwise (the service says what is wrong).
std::string typed_month(const std::string& text) {
    if (text.size() == 7 && text[2] == '/') return text.substr(3, 4) + "-" + text.substr(0, 2);
    return text;
}

std::optional<int> typed_number(const std::string& text) {
    if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoi(text);
}

}  // namespace

std::vector<std::string> ReportsViewModel::kind_labels() {
    return {tr("Staff by regime and category"), tr("Payments by month and budget account"),
            tr("Contracts by state and template"), tr("Contracts ending and overdue steps")};
}

void ReportsViewModel::set_kind(Kind kind) {
    kind_ = kind;
    report_.reset();
    error_.clear();
    const auto now = today();
    const auto year = std::to_string(now.year());
    switch (kind) {
        case Kind::headcount:
            filters_ = {{"desde", std::to_string(now.year() - 2)},
                        {"hasta", year},
                        {"corte", "31/12"},
                        {"agrupar", tr("Regime and category")}};
            break;
        case Kind::payments:
            filters_ = {{"desde", "01/" + year}, {"hasta", "12/" + year}, {"agrupar", tr("Month and budget account")}};
            break;
        case Kind::contracts: filters_ = {{"desde", ""}, {"hasta", ""}, {"agrupar", tr("State and template")}}; break;
        case Kind::due: filters_ = {{"dias", "90"}}; break;
    }
}

std::vector<std::string> ReportsViewModel::filter_names() const {
    std::vector<std::string> out;
    for (const auto& [name, value] : filters_) out.push_back(name);
    return out;
}

std::string ReportsViewModel::filter_label(const std::string& name) const {
    if (name == "desde") return tr("From:");
    if (name == "hasta") return tr("To:");
    if (name == "agrupar") return tr("Group by:");
    if (name == "dias") return tr("Days ahead:");
    if (name == "corte") return tr("Counted on:");
    return name;
}

std::string ReportsViewModel::filter_hint(const std::string& name) const {
    if (name == "dias") return "30, 60, 90";
    if (name == "corte") return tr("day/month (31/12)");
    switch (kind_) {
        case Kind::headcount: return tr("year (2024)");
        case Kind::payments: return tr("month (03/2024)");
        case Kind::contracts: return tr("date (dd/mm/aaaa), or empty");
        case Kind::due: break;
    }
    return {};
}

const std::string& ReportsViewModel::filter(const std::string& name) const {
    static const std::string none;
    for (const auto& [n, v] : filters_) {
        if (n == name) return v;
    }
    return none;
}

void ReportsViewModel::set_filter(const std::string& name, const std::string& value) {
    for (auto& [n, v] : filters_) {
        if (n == name) v = value;
    }
}

std::vector<std::string> ReportsViewModel::grouping_choices() const {
    switch (kind_) {
        case Kind::headcount: return {tr("Regime and category"), tr("Regime, category and unit")};
        case Kind::payments:
            return {tr("Month and budget account"), tr("Month and regime"), tr("Month and unit"), tr("Budget account"),
                    tr("Unit"), tr("Month")};
        case Kind::contracts: return {tr("State and template"), tr("State"), tr("Template"), tr("Unit and state")};
        case Kind::due: return {};
    }
    return {};
}

bool ReportsViewModel::produce() {
    error_.clear();
    const auto group = filter("agrupar");
    const auto choices = grouping_choices();
    const auto chosen = static_cast<std::size_t>(std::find(choices.begin(), choices.end(), group) - choices.begin());
    using K = ReportKey;
    const bool done = attempt(error_, [&] {
        switch (kind_) {
            case Kind::headcount: {
                HeadcountFilters f;
                const auto from = typed_number(filter("desde")), to = typed_number(filter("hasta"));
                if (!from) throw ServiceError(tr("«From» must be a year, such as 2024."));
                if (!to) throw ServiceError(tr("«To» must be a year, such as 2026."));
                f.from_year = *from;
                f.to_year = *to;
                const auto& cut = filter("corte");
                const auto slash = cut.find('/');
                const auto day = typed_number(cut.substr(0, slash));
                const auto month = slash == std::string::npos ? std::nullopt : typed_number(cut.substr(slash + 1));
                if (!day || !month) throw ServiceError(tr("«Counted on» must be a day and month, such as 31/12."));
                f.cut_day = *day;
                f.cut_month = *month;
                f.by_unit = chosen == 1;
                report_ = service_.headcount(f);
                break;
            }
            case Kind::payments: {
                PaymentFilters f;
                f.from_month = typed_month(filter("desde"));
                f.to_month = typed_month(filter("hasta"));
                const std::vector<std::vector<K>> keys{{K::month, K::account}, {K::month, K::regime}, {K::month, K::unit},
                                                       {K::account},           {K::unit},             {K::month}};
                f.by = keys[std::min(chosen, keys.size() - 1)];
                report_ = service_.payments(f);
                break;
            }
            case Kind::contracts: {
                ContractFilters f;
                for (const auto& [name, into] : {std::pair{"desde", &f.created_from}, std::pair{"hasta", &f.created_to}}) {
                    if (filter(name).empty()) continue;
                    *into = typed_date(filter(name));
                    if (!*into) throw ServiceError(fill(tr("«{value}» is not a date; write it as dd/mm/aaaa."), {{"value", filter(name)}}));
                }
                const std::vector<std::vector<K>> keys{{K::state, K::template_code}, {K::state}, {K::template_code},
                                                       {K::unit, K::state}};
                f.by = keys[std::min(chosen, keys.size() - 1)];
                report_ = service_.contracts(f);
                break;
            }
            case Kind::due: {
                DueFilters f;
                const auto days = typed_number(filter("dias"));
                if (!days) throw ServiceError(tr("«Days ahead» must be a number of days, such as 90."));
                f.days = *days;
                report_ = service_.due(f);
                break;
            }
        }
    });
    if (!done) report_.reset();
    return done;
}

std::string ReportsViewModel::notes() const {
    if (!report_) return {};
    std::string out;
    for (const auto& s : report_->sections) {
        if (s.note.empty()) continue;
        // With several tables, each note says which it is about.
        out += (out.empty() ? "" : "\n") + (report_->sections.size() > 1 ? s.title + ": " : std::string()) + s.note;
    }
    for (const auto& line : report_->discrepancies) out += (out.empty() ? "" : "\n") + line;
    return out;
}

std::string ReportsViewModel::file_name(const std::string& extension) const {
    return "reporte-" + (report_ ? report_->kind : std::string("pacta")) + "-" + today().iso() + "." + extension;
}

bool ReportsViewModel::save(const std::filesystem::path& target) {
    error_.clear();
    if (!report_) {
        error_ = tr("Produce the report first.");
        return false;
    }
    return attempt(error_, [&] { write_report(*report_, target); });
}

}  // namespace pacta::presentation
