// pacta-cli revisar ARCHIVO|FOLIO: the contract checker, on a file drafted anywhere or on a
// contract in the database.
#include <filesystem>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/domain/contract_check.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/review/contract_reading.h"

namespace pacta::cli {

namespace {

namespace d = pacta::domain;
namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

}  // namespace

int print_findings(const std::string& what, const d::Findings& findings, const Console& console) {
    std::size_t counts[3] = {0, 0, 0};
    for (const auto& f : findings) {
        ++counts[static_cast<std::size_t>(f.severity)];
        const std::string where = locale::locate(f);
        console.out << locale::severity_label(f.severity) << ": " << (where.empty() ? "" : where + ": ")
                    << locale::describe(f) << '\n';
    }
    console.out << fill(tr("{what}: errors {errors}, warnings {warnings}, unverifiable {unverifiable}."),
                        {{"what", what},
                         {"errors", std::to_string(counts[0])},
                         {"warnings", std::to_string(counts[1])},
                         {"unverifiable", std::to_string(counts[2])}})
                << '\n';
    return counts[0] > 0 ? exit_invalid : exit_ok;
}

int run_review(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {});
    if (args.wants_help()) {
        console.out << review_help();
        return exit_ok;
    }
    args.require_positionals(1, 1, tr("FILE|FOLIO"));
    const std::string& target = args.positionals()[0];
    if (fs::exists(target)) {
        // A file: no database, no user.
        const auto read = presentation::read_contract_file(target);
        if (const auto* failure = std::get_if<presentation::ReadFailure>(&read)) {
            console.error(failure->message);
            return exit_invalid;
        }
        return print_findings(target, d::check_contract_text(std::get<d::ContractText>(read)), console);
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    if (!ws->contracts().exists(target)) {
        console.error(fill(tr("«{target}» is neither a file nor a contract's folio; «pacta-cli contrato listar» shows "
                              "the folios."),
                           {{"target", target}}));
        return exit_invalid;
    }
    return print_findings(target, ws->contracts().check(target), console);
}

}  // namespace pacta::cli
