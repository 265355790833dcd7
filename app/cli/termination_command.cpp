// pacta-cli contrato terminar: ends a contract early and writes its settlement statement.
#include <filesystem>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "input_parsing.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/contracts/early_termination.h"

namespace pacta::cli {

namespace {

namespace d = domain;
namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

std::optional<d::Date> date_option(const Arguments& args, const std::string& name, const Console& console) {
    const auto text = args.value(name);
    if (!text) return today();
    return parse_date(*text, name, console);
}

}  // namespace

int terminate_contract(const Arguments& args, const Console& console) {
    args.require_positionals(2, 2, "FOLIO");
    const auto& folio = args.positionals()[1];
    const auto cause_text = args.value("causa");
    if (!args.value("fecha") || !cause_text) {
        throw UsageError(tr("«contrato terminar» needs --fecha AAAA-MM-DD and --causa aviso|rescision|interrupcion"));
    }
    const auto cause = d::termination_cause_from_name(*cause_text);
    if (!cause) {
        throw UsageError(fill(tr("unknown cause «{cause}»; use aviso, rescision or interrupcion"), {{"cause", *cause_text}}));
    }
    const auto last_day = date_option(args, "fecha", console);
    const auto notice = date_option(args, "aviso", console);
    if (!last_day || !notice) return exit_invalid;

    const fs::path output = args.value("salida").value_or(folio + "-finiquito.pdf");
    if (output.extension() != ".pdf") {
        throw UsageError(fill(tr("cannot write «{file}»: the settlement statement is a PDF (.pdf)"), {{"file", output.string()}}));
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    auto service = ws->early_termination();
    const presentation::EarlyEnding ending{folio, *cause, *last_day, *notice, args.value("motivo").value_or("")};
    const auto settlement = service.end(ending, output);
    const auto& bytes = service.statement_bytes();
    console.out << fill(tr("Contract {folio} ends on {date}. Earned {earned}, paid {paid}, balance {balance}."),
                        {{"folio", folio},
                         {"date", last_day->iso()},
                         {"earned", d::format_money(settlement.earned)},
                         {"paid", d::format_money(settlement.paid)},
                         {"balance", d::format_money(settlement.balance)}})
                << '\n'
                << output.string() << "  sha256 " << platform::sha256_hex(bytes) << '\n';
    return exit_ok;
}

}  // namespace pacta::cli
