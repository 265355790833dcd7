// pacta-cli pagos ver|pendientes|registrar|resumen: instalments from report to payment.
#include <filesystem>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "input_parsing.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/payments/payments_service.h"
#include "pacta/presentation/audit/store_service.h"
#include "pacta/locale/labels.h"
#include "table_printing.h"

namespace pacta::cli {

namespace {

namespace d = domain;
namespace p = presentation;
using locale::fill;
using locale::tr;

// Prints the table, or writes it to --salida.
int show(const Arguments& args, const p::Table& table, const Console& console) {
    if (const auto file = args.value("salida")) {
        p::write_table(table, *file);
        console.out << fill(tr("{count} rows written to {file}"),
                            {{"count", std::to_string(table.rows.size())}, {"file", *file}})
                    << '\n';
    } else {
        print_table(table, console.out);
    }
    return exit_ok;
}

// "2024-03" -> the month's first day; nullopt (reported) when it is not a month.
std::optional<d::Date> month_start(const std::string& text, const std::string& option, const Console& console) {
    return parse_date(text + "-01", option, console);
}

int show_contract(const Arguments& args, const Console& console) {
    args.require_positionals(2, 2, "FOLIO");
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    return show(args, ws->payments().contract_instalments(args.positionals()[1]), console);
}

int pending(const Arguments& args, const Console& console) {
    args.require_positionals(1, 1, "");
    std::optional<d::Date> due_by;
    if (const auto month = args.value("mes")) {
        const auto first = month_start(*month, "mes", console);
        if (!first) return exit_invalid;
        auto last = first->add_days(27);
        while (!last.is_last_day_of_month()) last = last.add_days(1);
        due_by = last;
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    return show(args, ws->payments().pending(due_by, args.value("unidad").value_or("")),
                console);
}

d::InstalmentState state_option(const Arguments& args) {
    const auto text = args.value("estado");
    if (!text) throw UsageError(tr("«pagos registrar» needs --estado informe|aprobado|pagado|suspendido|cancelado|pendiente"));
    const auto state = d::instalment_state_from_name(*text);
    if (!state) {
        throw UsageError(fill(tr("unknown state «{state}»; use informe, aprobado, pagado, suspendido, cancelado or "
                                 "pendiente"),
                              {{"state", *text}}));
    }
    return *state;
}

int record(const Arguments& args, const Console& console) {
    args.require_positionals(3, 3, "FOLIO N");
    const auto& folio = args.positionals()[1];
    const auto number = parse_integer(args.positionals()[2], "exhibicion", console);
    if (!number) return exit_invalid;
    d::InstalmentMove move;
    move.to = state_option(args);
    if (const auto date = args.value("fecha")) {
        const auto parsed = parse_date(*date, "fecha", console);
        if (!parsed) return exit_invalid;
        move.on = *parsed;
    } else {
        move.on = today();
    }
    move.reference = args.value("referencia").value_or("");
    move.cfdi_uuid = args.value("cfdi").value_or("");
    move.receipt_number = args.value("recibo").value_or("");
    move.reason = args.value("motivo").value_or("");
    move.approved_by = args.value("aprobo").value_or("");
    if (const auto report = args.value("archivo-informe")) {
        if (!std::filesystem::is_regular_file(*report)) throw UsageError(fill(tr("cannot read «{file}»"), {{"file", *report}}));
        move.report_file = *report;
    }

    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto after = ws->payments()
                           .record(folio, static_cast<int>(*number), move, args.flag("constancia-suspension"));
    console.out << fill(tr("Instalment {number} of {folio}: {state}."),
                        {{"number", std::to_string(*number)}, {"folio", folio}, {"state", locale::instalment_state_label(after.state)}});
    if (after.paid) {
        console.out << ' '
                    << fill(tr("Gross {gross}, withheld {withheld}, net {net}."),
                            {{"gross", d::format_money(after.paid->gross)},
                             {"withheld", d::format_money(after.paid->withheld)},
                             {"net", d::format_money(after.paid->net)}});
    }
    console.out << '\n';
    return exit_ok;
}

// A schedule entered by hand replaces the contract's while nothing has been paid or reported.
int replace_schedule(const Arguments& args, const Console& console) {
    args.require_positionals(2, 2, "FOLIO");
    const auto& folio = args.positionals()[1];
    const auto file = args.value("manual");
    if (!file) throw UsageError(tr("«pagos calendario» needs --manual FILE.csv"));
    const auto bytes = document::read_file(*file);
    if (!bytes) throw UsageError(fill(tr("cannot read «{file}»"), {{"file", *file}}));
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto replaced =
        ws->payments().replace_schedule(folio, *bytes, std::filesystem::path(*file).filename().string());
    console.report_all(replaced.warnings);
    console.out << fill(tr("Schedule of {folio} replaced: {count} instalments."),
                        {{"folio", folio}, {"count", std::to_string(replaced.instalments)}})
                << '\n';
    return exit_ok;
}

int summary(const Arguments& args, const Console& console) {
    args.require_positionals(1, 1, "");
    const auto from_text = args.value("desde");
    const auto to_text = args.value("hasta");
    if (!from_text || !to_text) throw UsageError(tr("«pagos resumen» needs --desde AAAA-MM and --hasta AAAA-MM"));
    if (!month_start(*from_text, "desde", console) || !month_start(*to_text, "hasta", console)) return exit_invalid;
    const auto by = args.value("por").value_or("mes");
    if (by != "mes" && by != "unidad" && by != "cuenta") {
        throw UsageError(fill(tr("unknown grouping «{by}»; use mes, unidad or cuenta"), {{"by", by}}));
    }
    const auto key = by == "mes" ? p::SummaryKey::month : by == "unidad" ? p::SummaryKey::unit : p::SummaryKey::account;
    const auto currency = currency_option(args);
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto shown = show(args, ws->payments().summary(*from_text, *to_text, key, currency), console);
    if (args.flag("ancla")) {
        // The trail as it stood when the report was made: whoever keeps the report can later
        // prove, with «auditoria verificar --ancla», that no earlier row was deleted or rewritten.
        console.out << fill(tr("Audit anchor when this report was made: {anchor}"),
                            {{"anchor", p::anchor_text(ws->maintenance().anchor())}})
                    << '\n';
    }
    return shown;
}

}  // namespace

int run_payments(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(
        words, {{"mes", true}, {"unidad", true}, {"estado", true}, {"fecha", true}, {"referencia", true},
                {"cfdi", true}, {"recibo", true}, {"motivo", true}, {"aprobo", true}, {"constancia-suspension"},
                {"desde", true}, {"hasta", true}, {"archivo-informe", true}, {"manual", true}, {"por", true}, {"moneda", true}, {"salida", true}, {"ancla"}});
    if (args.wants_help() || args.positionals().empty()) {
        console.out << payments_help();
        return args.wants_help() ? exit_ok : exit_usage;
    }
    const auto& sub = args.positionals()[0];
    if (sub == "ver") return show_contract(args, console);
    if (sub == "pendientes") return pending(args, console);
    if (sub == "registrar") return record(args, console);
    if (sub == "resumen") return summary(args, console);
    if (sub == "calendario") return replace_schedule(args, console);
    throw UsageError(fill(tr("unknown subcommand «{name}»; use ver, pendientes, registrar, resumen or calendario"), {{"name", sub}}));
}

}  // namespace pacta::cli
