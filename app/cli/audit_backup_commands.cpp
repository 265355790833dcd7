// pacta-cli auditoria verificar; respaldo crear|restaurar.
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/locale/catalog.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;
namespace fs = std::filesystem;

}  // namespace

int run_audit(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {});
    if (args.wants_help()) {
        console.out << audit_help();
        return exit_ok;
    }
    args.require_positionals(1, 1, tr("SUBCOMMAND"));
    if (args.positionals()[0] != "verificar") {
        throw UsageError(fill(tr("unknown subcommand «{name}» of «auditoria»; use verificar"),
                              {{"name", args.positionals()[0]}}));
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto v = ws->maintenance().verify_audit_trail();
    if (!v.intact) {
        console.error(fill(tr("the audit trail is broken from row {row}: a row was edited or deleted there. Restore a "
                              "backup whose manifest shows an intact chain."),
                           {{"row", std::to_string(v.first_broken_row)}}));
        return exit_invalid;
    }
    console.out << fill(tr("Audit trail intact: {rows} rows; latest hash {hash}"),
                        {{"rows", std::to_string(v.rows)}, {"hash", v.latest_hash}})
                << '\n';
    return exit_ok;
}

int run_backup(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {});
    if (args.wants_help()) {
        console.out << audit_help();
        return exit_ok;
    }
    args.require_positionals(2, 2, tr("SUBCOMMAND FILE"));
    const std::string& sub = args.positionals()[0];
    const fs::path file = args.positionals()[1];
    if (sub == "crear") {
        auto ws = open_workspace(console);
        if (!ws) return exit_invalid;
        const auto v = ws->maintenance().back_up(file);
        console.out << fill(tr("Backup written to {file}; audit rows {rows}, latest hash {hash}"),
                            {{"file", file.string()}, {"rows", std::to_string(v.rows)}, {"hash", v.latest_hash}})
                    << '\n';
        return exit_ok;
    }
    if (sub == "restaurar") {
        // Over a database, its administrator logs in; where there is none yet, nobody needs to.
        struct NotOpened {};
        domain::RestoreReport report;
        try {
            report = core::restore_backup(database_path(), file, [&] {
                auto ws = open_own_workspace(console);
                if (!ws) throw NotOpened{};  // already reported
                return ws;
            });
        } catch (const NotOpened&) {
            return exit_invalid;
        }
        if (!report.restored) {
            console.error(fill(tr("{file} cannot be restored: integrity check «{integrity}», audit trail {audit}."),
                               {{"file", file.string()},
                                {"integrity", report.integrity},
                                {"audit", report.chain.intact ? tr("intact") : tr("broken")}}));
            return exit_invalid;
        }
        if (!report.previous.empty()) {
            console.out << fill(tr("The previous database was kept as {file}"), {{"file", report.previous.string()}}) << '\n';
        }
        console.out << fill(tr("Restored {file}: audit rows {rows}, latest hash {hash}"),
                            {{"file", file.string()},
                             {"rows", std::to_string(report.chain.rows)},
                             {"hash", report.chain.latest_hash}})
                    << '\n';
        return exit_ok;
    }
    throw UsageError(fill(tr("unknown subcommand «{name}» of «respaldo»; use crear or restaurar"), {{"name", sub}}));
}

}  // namespace pacta::cli
