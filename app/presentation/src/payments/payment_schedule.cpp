#include "pacta/presentation/payments/payment_schedule.h"

#include "pacta/document/template_schedule.h"

#include <map>
#include <regex>

#include "pacta/document/csv.h"
#include "pacta/document/template_library.h"
#include "pacta/domain/amount_in_words.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/paths.h"

namespace pacta::presentation {

namespace fs = std::filesystem;
namespace d = domain;
using locale::tr;


RuleData load_rule_data(const std::vector<fs::path>& directories, const std::string& country) {
    // Later directories override earlier ones, file by file.
    std::map<std::string, fs::path> files;
    for (const auto& dir : directories) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) continue;
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            if (entry.is_regular_file()) files[entry.path().filename().string()] = entry.path();
        }
    }
    RuleData data;
    const std::regex tariff_name(R"(isr-mensual-(\d{4})\.csv)");
    for (const auto& [name, path] : files) {
        std::smatch m;
        if (std::regex_match(name, m, tariff_name)) {
            data.withholding.add_tariff(d::parse_monthly_tariff(std::stoi(m[1].str()), document::read_file(path).value_or("")));
        }
    }
    if (const auto it = files.find("feriados-" + country + ".txt"); it != files.end()) {
        data.calendar = d::parse_holiday_calendar(document::read_file(it->second).value_or(""), it->first);
    }
    return data;
}

RuleData load_installed_rule_data(d::Currency currency) {
    return load_rule_data({platform::data_dir() / "datos", platform::user_data_dir() / "datos"},
                          currency == d::Currency::PEN ? "PE" : "MX");
}

d::Regime default_regime(d::Currency currency) {
    return currency == d::Currency::PEN ? d::Regime::locacion : d::Regime::honorarios;
}

std::string regime_label(d::Regime regime) {
    switch (regime) {
        case d::Regime::honorarios: return tr("fees treated as wages (ISR withheld with the monthly tariff)");
        // xgettext:no-c-format
        case d::Regime::locacion: return tr("services lease (8% fourth-category withholding above S/ 1,500.00)");
        case d::Regime::cas: return tr("CAS (paid through payroll: no withholding here)");
        case d::Regime::planilla: return tr("payroll (paid through payroll: no withholding here)");
    }
    return {};
}

ScheduleView schedule_view_of(const ScheduleRequest& request, std::vector<d::Instalment> instalments,
                              const RuleData& data) {
    ScheduleView view;
    view.regime = request.regime;
    view.instalments = std::move(instalments);
    const auto currency = request.total.currency();
    std::int64_t withheld = 0;
    std::int64_t net = 0;
    for (const auto& i : view.instalments) {
        const auto w = data.withholding.compute(i.amount, request.regime, i.due, request.suspension_certificate);
        withheld += w.withheld.minor_units();
        net += w.net.minor_units();
        view.rows.push_back({std::to_string(i.number), i.period_start.iso() + " a " + i.period_end.iso(), i.due.iso(),
                             i.amount, w.withheld, w.net, d::amount_in_words(i.amount)});
    }
    view.rows.push_back({"TOTAL", request.start.iso() + " a " + request.end.iso(), "", request.total,
                         d::Money(withheld, currency), d::Money(net, currency), d::amount_in_words(request.total)});
    return view;
}

ScheduleView build_schedule_view(const ScheduleRequest& request, const RuleData& data) {
    return schedule_view_of(request,
                            d::build_schedule(request.total, request.count, request.start, request.end, request.rule,
                                              request.due, data.calendar),
                            data);
}

ManualSchedule read_manual_schedule(std::string_view bytes, const std::string& file_name, const ScheduleRequest& request) {
    ManualSchedule out;
    const std::string text = document::to_utf8(bytes);
    const auto table = document::parse_csv(text, file_name, document::detect_delimiter(text));
    out.findings = table.findings;
    if (!out.findings.empty()) return out;
    const auto column = [&table](const std::string& name) -> std::optional<std::size_t> {
        for (std::size_t c = 0; c < table.header.size(); ++c) {
            if (table.header[c] == name) return c;
        }
        return std::nullopt;
    };
    const auto start_col = column("inicio");
    const auto end_col = column("fin");
    const auto amount_col = column("importe");
    const auto due_col = column("vence");
    for (const auto& [name, col] : {std::pair{"inicio", start_col}, {"fin", end_col}, {"importe", amount_col}}) {
        if (!col) {
            out.findings.push_back(d::Finding("csv.missing_column", d::Severity::error, file_name).with("column", name));
        }
    }
    if (!out.findings.empty()) return out;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        const std::string where = file_name + ", fila " + std::to_string(table.row_numbers[r]) + ", ";
        const auto cell = [&row](std::optional<std::size_t> c) { return c && *c < row.size() ? row[*c] : std::string(); };
        auto start = d::parse_iso_date(cell(start_col), where + "inicio");
        auto end = d::parse_iso_date(cell(end_col), where + "fin");
        auto amount = d::parse_money(cell(amount_col), request.total.currency(), where + "importe");
        const std::string due_text = cell(due_col);
        auto due = due_text.empty() ? d::DateParse{end.value, {}} : d::parse_iso_date(due_text, where + "vence");
        for (auto* f : {&start.findings, &end.findings, &amount.findings, &due.findings}) {
            out.findings.insert(out.findings.end(), f->begin(), f->end());
        }
        if (!start.value || !end.value || !amount.value || !due.value) continue;
        d::Instalment i;
        i.number = static_cast<int>(r + 1);
        i.amount = *amount.value;
        i.period_start = *start.value;
        i.period_end = *end.value;
        i.due = *due.value;
        out.instalments.push_back(i);
    }
    if (!out.findings.empty()) return out;
    if (out.instalments.empty()) {
        out.findings.push_back(d::Finding("schedule.count", d::Severity::error, file_name).with("count", "0"));
        return out;
    }
    out.findings = d::check_schedule(out.instalments, request.total, request.start, request.end);
    return out;
}

Table schedule_table(const ScheduleView& view) {
    Table table;
    table.sheet_name = "Calendario";
    table.columns = {tr("No."), tr("Period"), tr("Due"), tr("Amount"), tr("Withheld"), tr("Net"), tr("Amount in words")};
    table.numeric = {false, false, false, true, true, true, false};
    for (const auto& r : view.rows) {
        table.rows.push_back({r.number, r.period, r.due, d::format_money(r.amount), d::format_money(r.withheld),
                              d::format_money(r.net), r.words});
    }
    return table;
}

std::vector<d::Instalment> contract_schedule(const document::Template& tmpl, const document::DataValue& data,
                                             const d::BusinessCalendar& calendar) {
    return document::template_schedule(tmpl, data, calendar);
}

document::Generation generate_with_rules(const document::Template& tmpl, const document::DataValue& data) {
    if (tmpl.info.due_rule.kind != d::DueRule::Kind::business_days_after) return document::generate(tmpl, data);
    const auto rules = load_installed_rule_data(tmpl.info.currency);
    return document::generate(tmpl, data, &rules.calendar);
}

}  // namespace pacta::presentation
