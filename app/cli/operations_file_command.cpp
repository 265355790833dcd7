// pacta-cli lote ARCHIVO [--seguir]: many command lines in one process with one login.
// Each line runs exactly as «pacta-cli LINE» would, on the same open office and session.
#include <fstream>
#include <iostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "operations_file.h"
#include "pacta/locale/catalog.h"
#include "prefixed_output.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;
using locale::trn;

int run_operation(const Operation& operation, const Console& console) {
    const std::string prefix = fill(tr("line {line}"), {{"line", std::to_string(operation.line)}}) + ": ";
    PrefixedOutput out(console.out, prefix);
    PrefixedOutput err(console.err, prefix);
    return run_command_line(operation.words, Console{out.stream(), err.stream()});
}

}  // namespace

int run_operations_file(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"seguir"}});
    if (args.wants_help()) {
        console.out << operations_file_help();
        return exit_ok;
    }
    args.require_positionals(1, 1, tr("FILE"));
    const std::string& path = args.positionals()[0];
    const bool keep_going = args.flag("seguir");

    OperationsFile file;
    if (path == "-") {
        file = read_operations(std::cin, tr("standard input"));
    } else {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            console.error(fill(tr("cannot read «{file}»"), {{"file", path}}));
            return exit_invalid;
        }
        file = read_operations(in, path);
    }
    if (!file.problems.empty()) {
        for (const auto& problem : file.problems) console.error(problem);
        const auto count = static_cast<long>(file.problems.size());
        console.error(fill(trn("{count} line cannot run in a lote; nothing was run.",
                               "{count} lines cannot run in a lote; nothing was run.", count),
                           {{"count", std::to_string(count)}}));
        return exit_usage;
    }

    SharedWorkspace shared;
    std::size_t ran = 0;
    std::size_t failed = 0;
    int first_failure = exit_ok;
    for (const auto& operation : file.operations) {
        const int code = run_operation(operation, console);
        ++ran;
        if (code == exit_ok) continue;
        ++failed;
        if (first_failure == exit_ok) first_failure = code;
        // Without the database or a login every later line would fail the same way.
        if (!keep_going || shared.unavailable()) {
            console.error(fill(tr("stopped at line {line}: {ran} of {total} operations ran."),
                               {{"line", std::to_string(operation.line)},
                                {"ran", std::to_string(ran)},
                                {"total", std::to_string(file.operations.size())}}));
            return code;
        }
    }
    if (keep_going) {
        console.out << fill(trn("{count} operation: {ok} succeeded, {failed} failed",
                                "{count} operations: {ok} succeeded, {failed} failed", static_cast<long>(ran)),
                            {{"count", std::to_string(ran)},
                             {"ok", std::to_string(ran - failed)},
                             {"failed", std::to_string(failed)}})
                    << '\n';
    }
    return first_failure;
}

}  // namespace pacta::cli
