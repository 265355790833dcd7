// pacta-cli reporte personal|pagos|contratos|vencimientos: the office's reports, printed or
// written to --salida (PDF, XLSX or CSV by the file's ending); sipot|pte: transparency formats.
#include <filesystem>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "input_parsing.h"
#include "pacta/domain/staff.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/reports/report_files.h"
#include "pacta/presentation/reports/report_service.h"
#include "pacta/presentation/reports/transparency_service.h"
#include "table_printing.h"

namespace pacta::cli {

namespace {

namespace d = domain;
namespace p = presentation;
using locale::fill;
using locale::tr;

std::vector<p::ReportKey> keys_option(const Arguments& args, std::vector<p::ReportKey> fallback,
                                      const std::vector<p::ReportKey>& allowed, const std::string& choices) {
    const auto text = args.value("por");
    if (!text) return fallback;
    std::string wrong;
    auto keys = p::report_keys_from_text(*text, allowed, wrong);
    if (!keys) {
        throw UsageError(fill(tr("«{word}» is not a grouping of this report; use {choices}, separated by commas"),
                              {{"word", wrong}, {"choices", choices}}));
    }
    return *keys;
}

std::optional<int> integer_option(const Arguments& args, const std::string& name, const Console& console, bool& bad) {
    const auto text = args.value(name);
    if (!text) return std::nullopt;
    const auto value = parse_integer(*text, name, console);
    if (!value) bad = true;
    return value;
}

// Prints each section as a table, or writes the report to --salida.
int show(const Arguments& args, const p::Report& report, const Console& console) {
    if (const auto file = args.value("salida")) {
        p::write_report(report, *file);
        console.out << fill(tr("Report written to {file}"), {{"file", *file}}) << '\n';
    } else {
        console.out << report.title << '\n';
        if (!report.institution.empty()) console.out << report.institution << '\n';
        for (const auto& line : report.filters) console.out << line << '\n';
        for (const auto& s : report.sections) {
            console.out << '\n' << s.title << '\n';
            p::Table table;
            for (const auto& c : s.columns) {
                table.columns.push_back(c.title);
                table.numeric.push_back(c.kind != p::CellKind::text);
            }
            for (const auto& row : s.rows) {
                std::vector<std::string> cells;
                for (const auto& cell : row) cells.push_back(p::cell_text(cell));
                table.rows.push_back(std::move(cells));
            }
            if (!s.totals.empty()) {
                std::vector<std::string> cells;
                for (const auto& cell : s.totals) cells.push_back(p::cell_text(cell));
                table.rows.push_back(std::move(cells));
            }
            print_table(table, console.out);
            if (!s.note.empty()) console.out << s.note << '\n';
        }
        console.out << '\n' << report.produced << '\n';
    }
    for (const auto& line : report.discrepancies) console.error(line);
    return report.reconciled() ? exit_ok : exit_invalid;
}

int headcount(const Arguments& args, const Console& console) {
    p::HeadcountFilters f;
    f.institution = args.value("institucion").value_or("");
    bool bad = false;
    f.from_year = integer_option(args, "desde", console, bad).value_or(0);
    f.to_year = integer_option(args, "hasta", console, bad).value_or(0);
    if (const auto compare = args.value("comparar")) {
        const auto comma = compare->find(',');
        if (comma == std::string::npos) throw UsageError(tr("--comparar takes two years separated by a comma: 2022,2026"));
        const auto a = parse_integer(compare->substr(0, comma), "comparar", console);
        const auto b = parse_integer(compare->substr(comma + 1), "comparar", console);
        if (!a || !b) return exit_invalid;
        f.compare_from = *a;
        f.compare_to = *b;
    }
    if (const auto cut = args.value("corte")) {
        const auto slash = cut->find('/');
        const auto day = parse_integer(cut->substr(0, slash), "corte", console);
        const auto month = slash == std::string::npos ? std::nullopt : parse_integer(cut->substr(slash + 1), "corte", console);
        if (!day || !month) return exit_invalid;
        f.cut_day = *day;
        f.cut_month = *month;
    }
    if (bad) return exit_invalid;
    f.unit = args.value("unidad").value_or("");
    f.by_unit = args.flag("por-unidad");
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    return show(args, ws->reports().headcount(f), console);
}

int payments(const Arguments& args, const Console& console) {
    p::PaymentFilters f;
    f.institution = args.value("institucion").value_or("");
    f.from_month = args.value("desde").value_or("");
    f.to_month = args.value("hasta").value_or("");
    using K = p::ReportKey;
    f.by = keys_option(args, f.by, {K::month, K::account, K::unit, K::regime}, "mes, cuenta, unidad, regimen");
    f.unit = args.value("unidad").value_or("");
    f.account = args.value("cuenta").value_or("");
    if (const auto regime = args.value("regimen")) {
        f.regime = d::regime_from_name(*regime);
        if (!f.regime) throw UsageError(fill(tr("unknown regime «{name}»; use honorarios, cas, locacion or planilla"), {{"name", *regime}}));
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    return show(args, ws->reports().payments(f), console);
}

int contracts(const Arguments& args, const Console& console) {
    p::ContractFilters f;
    f.institution = args.value("institucion").value_or("");
    for (const auto& [name, into] : {std::pair{"desde", &f.created_from}, std::pair{"hasta", &f.created_to}}) {
        if (const auto text = args.value(name)) {
            *into = parse_date(*text, name, console);
            if (!*into) return exit_invalid;
        }
    }
    using K = p::ReportKey;
    f.by = keys_option(args, f.by, {K::state, K::template_code, K::unit}, "estado, plantilla, unidad");
    f.unit = args.value("unidad").value_or("");
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    return show(args, ws->reports().contracts(f), console);
}

int due(const Arguments& args, const Console& console) {
    p::DueFilters f;
    f.institution = args.value("institucion").value_or("");
    bool bad = false;
    f.days = integer_option(args, "dias", console, bad).value_or(f.days);
    f.approval_days = integer_option(args, "dias-aprobacion", console, bad).value_or(f.approval_days);
    if (bad) return exit_invalid;
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    return show(args, ws->reports().due(f), console);
}

// reporte sipot|pte: the transparency formats, with each contract's public version written
// beside the file when --versiones-publicas names a folder.
int transparency(const Arguments& args, const Console& console, bool mexico) {
    p::TransparencyFilters f;
    f.institution = args.value("institucion").value_or("");
    for (const auto& [name, into] : {std::pair{"desde", &f.from}, std::pair{"hasta", &f.to}}) {
        if (const auto text = args.value(name)) {
            *into = parse_date(*text, name, console);
            if (!*into) return exit_invalid;
        }
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto report = mexico ? ws->transparency().sipot(f) : ws->transparency().pte(f);
    const int shown = show(args, report, console);
    // The report first: when its file cannot be written, no public version is left behind.
    if (const auto folder = args.value("versiones-publicas")) {
        std::filesystem::create_directories(*folder);
        std::size_t written = 0;
        for (const auto& s : report.sections) {
            for (const auto& folio : s.row_folios) {
                (void)ws->contracts().generate_public(folio, std::filesystem::path(*folder) /
                                                                 p::TransparencyService::public_file_name(folio));
                ++written;
            }
        }
        console.out << fill(tr("{count} public versions written to {folder}"),
                            {{"count", std::to_string(written)}, {"folder", *folder}})
                    << '\n';
    }
    return shown;
}

}  // namespace

std::string report_help() {
    // TRANSLATORS: command and option names stay in Spanish.
    return tr("Usage: pacta-cli reporte REPORT [OPTIONS] [--salida FILE.pdf|.xlsx|.csv]\n"
              "\n"
              "Reports, printed or written to --salida (the file's ending chooses the format).\n"
              "Every total is checked against the records; one that does not reconcile is not\n"
              "shown, and the command ends with code 1.\n"
              "\n"
              "  personal      staff by regime and category per year, with the increment\n"
              "                --desde AAAA --hasta AAAA  (the last three years by default)\n"
              "                --comparar AAAA,AAAA  the two years of the increment\n"
              "                --corte DD/MM  the day people are counted on (31/12)\n"
              "                --unidad U   --por-unidad  (a row per unit)\n"
              "  pagos         planned, approved, paid, withheld, net and pending\n"
              "                --desde AAAA-MM --hasta AAAA-MM  (this year by default)\n"
              "                --por mes,cuenta,unidad,regimen  (mes,cuenta by default)\n"
              "                --unidad U --cuenta C --regimen R\n"
              "  contratos     contracts by state, template and unit\n"
              "                --desde AAAA-MM-DD --hasta AAAA-MM-DD  (drafted in those days)\n"
              "                --por estado,plantilla,unidad   --unidad U\n"
              "  vencimientos  contracts ending within --dias N (90), and instalment steps\n"
              "                overdue: --dias-aprobacion N (5) after the report\n"
              "\n"
              "  sipot         Mexico: contracts por honorarios in the SIPOT format (formato 11)\n"
              "  pte           Peru: CAS staff and locadores for the Portal de Transparencia Estándar\n"
              "                --desde AAAA-MM-DD --hasta AAAA-MM-DD  the period reported\n"
              "                (this quarter by default); --versiones-publicas FOLDER writes\n"
              "                each contract's public version there\n"
              "\n"
              "  --institucion CODE  one institution (by default every one of the account)\n");
}

int run_report(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"desde", true}, {"hasta", true}, {"comparar", true}, {"corte", true},
                                               {"unidad", true}, {"por-unidad"}, {"por", true}, {"cuenta", true},
                                               {"regimen", true}, {"dias", true}, {"dias-aprobacion", true},
                                               {"institucion", true}, {"salida", true}, {"versiones-publicas", true}});
    if (args.wants_help() || args.positionals().empty()) {
        console.out << report_help();
        return args.wants_help() ? exit_ok : exit_usage;
    }
    args.require_positionals(1, 1, "");
    const auto& sub = args.positionals()[0];
    if (sub == "personal") return headcount(args, console);
    if (sub == "pagos") return payments(args, console);
    if (sub == "contratos") return contracts(args, console);
    if (sub == "vencimientos") return due(args, console);
    if (sub == "sipot") return transparency(args, console, true);
    if (sub == "pte") return transparency(args, console, false);
    throw UsageError(fill(tr("unknown report «{name}»; use personal, pagos, contratos, vencimientos, sipot or pte"),
                          {{"name", sub}}));
}

}  // namespace pacta::cli
