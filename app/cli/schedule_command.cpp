// pacta-cli calendario: a contract's payment schedule with the withholding of each instalment.
#include <algorithm>
#include <filesystem>
#include <ostream>

#include "commands.h"
#include "exit_codes.h"
#include "input_parsing.h"
#include "table_printing.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/payments/payment_schedule.h"

namespace pacta::cli {

namespace {

namespace d = domain;
namespace p = presentation;
using locale::fill;
using locale::tr;
using locale::trn;

std::string required(const Arguments& args, const std::string& name) {
    auto value = args.value(name);
    if (!value) throw UsageError(fill(tr("option «--{name}» is required"), {{"name", name}}));
    return *value;
}

d::ScheduleRule rule_option(const Arguments& args) {
    const auto text = args.value("regla").value_or("igual");
    const auto rule = d::schedule_rule_from_name(text);
    if (!rule) throw UsageError(fill(tr("unknown rule «{rule}»; use igual or mensual"), {{"rule", text}}));
    return *rule;
}

d::DueRule due_option(const Arguments& args) {
    const auto text = args.value("vencimiento").value_or("fin");
    const auto due = d::due_rule_from_text(text);
    if (!due) {
        throw UsageError(fill(tr("unknown due rule «{rule}»; use fin, dia:N (1 to 31) or habiles:N"), {{"rule", text}}));
    }
    return *due;
}

d::Regime regime_option(const Arguments& args, d::Currency currency) {
    const auto text = args.value("regimen");
    if (!text) return p::default_regime(currency);
    const auto regime = d::regime_from_name(*text);
    if (!regime) {
        throw UsageError(fill(tr("unknown regime «{regime}»; use asimilados, locacion, cas or planilla"),
                              {{"regime", *text}}));
    }
    return *regime;
}

}  // namespace

int run_schedule(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"total", true}, {"moneda", true}, {"exhibiciones", true},
                                               {"inicio", true}, {"fin", true}, {"regla", true}, {"regimen", true},
                                               {"vencimiento", true}, {"constancia-suspension"}, {"salida", true},
                                               {"manual", true}});
    if (args.wants_help()) {
        console.out << schedule_help();
        return exit_ok;
    }
    args.require_positionals(0, 0, "");
    const auto currency = currency_option(args);
    p::ScheduleRequest request;
    request.rule = rule_option(args);
    request.due = due_option(args);
    request.regime = regime_option(args, currency);
    request.suspension_certificate = args.flag("constancia-suspension");
    const auto total = parse_amount(required(args, "total"), currency, console);
    const auto count = parse_integer(args.value("exhibiciones").value_or("1"), "exhibiciones", console);
    const auto start = parse_date(required(args, "inicio"), "inicio", console);
    const auto end = parse_date(required(args, "fin"), "fin", console);
    if (!total || !count || !start || !end) return exit_invalid;
    request.total = *total;
    request.count = *count;
    request.start = *start;
    request.end = *end;

    const auto data = p::load_installed_rule_data(currency);
    p::ScheduleView view;
    if (const auto manual = args.value("manual")) {
        // Amounts and dates entered by hand: every cell read, then the whole checked.
        const auto bytes = document::read_file(*manual);
        if (!bytes) throw UsageError(fill(tr("cannot read «{file}»"), {{"file", *manual}}));
        const auto read = p::read_manual_schedule(*bytes, std::filesystem::path(*manual).filename().string(), request);
        if (!console.report_all(read.findings)) return exit_invalid;
        view = p::schedule_view_of(request, read.instalments, data);
    } else {
        view = p::build_schedule_view(request, data);
    }
    const auto table = p::schedule_table(view);
    if (const auto file = args.value("salida")) {
        p::write_table(table, *file);
        console.out << fill(trn("schedule of {count} instalment written to {file}", "schedule of {count} instalments written to {file}",
                                static_cast<long>(view.instalments.size())),
                            {{"count", std::to_string(view.instalments.size())}, {"file", *file}})
                    << '\n';
        return exit_ok;
    }
    console.out << fill(tr("Regime: {regime}"), {{"regime", p::regime_label(view.regime)}}) << '\n';
    if (view.regime == d::Regime::honorarios || view.regime == d::Regime::locacion) {
        console.out << tr("Withholding is an estimate with the rules of each due date's year; it is fixed when the "
                          "instalment is paid.")
                    << '\n';
    }
    console.out << '\n';
    print_table(table, console.out);
    return exit_ok;
}

}  // namespace pacta::cli
