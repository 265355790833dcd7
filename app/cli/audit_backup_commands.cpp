// pacta-cli auditoria verificar|ancla; respaldo crear|restaurar.
#include <fstream>
#include <optional>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/presentation/audit/store_service.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;
namespace fs = std::filesystem;

// «auditoria ancla [--salida ARCHIVO]»: the anchor to keep elsewhere.
int print_anchor(const Arguments& args, const Console& console) {
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto anchor = ws->maintenance().anchor();
    const std::string text = presentation::anchor_text(anchor);
    if (const auto file = args.value("salida")) {
        platform::write_file_atomically(*file, text + "\n");
        console.out << fill(tr("Anchor written to {file}: {anchor}"), {{"file", *file}, {"anchor", text}}) << '\n';
    } else {
        console.out << text << '\n';
    }
    console.err << tr("Keep it away from this computer (another drive, an e-mail, a printed report): with it, "
                      "«pacta-cli auditoria verificar --ancla» proves these rows were neither deleted nor rewritten.")
                << '\n';
    return exit_ok;
}

// The anchor given as N:HASH, or the file «auditoria ancla --salida» wrote.
domain::AuditAnchor anchor_argument(const std::string& value) {
    std::optional<domain::AuditAnchor> anchor = presentation::parse_anchor(value);
    if (!anchor && fs::is_regular_file(value)) {
        std::ifstream in(value);
        std::string line;
        std::getline(in, line);
        anchor = presentation::parse_anchor(line);
    }
    if (!anchor) {
        throw UsageError(fill(tr("«{value}» is not an anchor: give ROWS:HASH as «pacta-cli auditoria ancla» prints it "
                                 "(a number, a colon and 64 hexadecimal digits), or the file it wrote."),
                              {{"value", value}}));
    }
    return *anchor;
}

int verify_anchor(const domain::AuditAnchor& anchor, core::Office& ws, const Console& console) {
    const auto check = ws.maintenance().check_anchor(anchor);
    if (!check.chain.intact) {
        console.error(fill(tr("the audit trail is broken from row {row}: a row was edited or deleted there."),
                           {{"row", std::to_string(check.chain.first_broken_row)}}));
        return exit_invalid;
    }
    if (!check.found_hash) {
        console.error(fill(tr("the audit trail has {rows} rows and the anchor {anchored}: rows were deleted after the "
                              "anchor was taken (or a database older than it was restored)."),
                           {{"rows", std::to_string(check.chain.rows)}, {"anchored", std::to_string(anchor.rows)}}));
        return exit_invalid;
    }
    if (!check.holds) {
        console.error(fill(tr("row {row} of the audit trail does not have the anchor's hash: the rows up to it were "
                              "rewritten and the chain recomputed (or another history was restored)."),
                           {{"row", std::to_string(anchor.rows)}}));
        return exit_invalid;
    }
    console.out << fill(tr("Audit trail intact and holding the anchor: its first {anchored} rows are those anchored; "
                           "{rows} rows in all; latest hash {hash}"),
                        {{"anchored", std::to_string(anchor.rows)},
                         {"rows", std::to_string(check.chain.rows)},
                         {"hash", check.chain.latest_hash}})
                << '\n';
    return exit_ok;
}

}  // namespace

int run_audit(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"ancla", true}, {"salida", true}});
    if (args.wants_help()) {
        console.out << audit_help();
        return exit_ok;
    }
    args.require_positionals(1, 1, tr("SUBCOMMAND"));
    const std::string& sub = args.positionals()[0];
    if (sub == "ancla") return print_anchor(args, console);
    if (sub != "verificar") {
        throw UsageError(fill(tr("unknown subcommand «{name}» of «auditoria»; use verificar or ancla"),
                              {{"name", sub}}));
    }
    const std::optional<domain::AuditAnchor> anchor =
        args.value("ancla") ? std::optional(anchor_argument(*args.value("ancla"))) : std::nullopt;
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    if (anchor) return verify_anchor(*anchor, *ws, console);
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
    const auto args = Arguments::parse(words, {{"forzar"}});
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
    if (sub == "restaurar" && server_option()) {
        // The office server's store says who restores it, and how.
        auto ws = open_workspace(console);
        if (!ws) return exit_invalid;
        (void)ws->maintenance().restore(file, args.flag("forzar"));
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
            }, args.flag("forzar"));
        } catch (const NotOpened&) {
            return exit_invalid;
        }
        if (!report.restored && report.integrity == "ok" && report.chain.intact && !report.extends_current) {
            console.error(fill(tr("{file} does not hold the audit trail as it is now: it is an older copy or another "
                                  "history, and restoring it would drop audit rows. Nothing was changed. An "
                                  "administrator who means it adds --forzar; the restore is recorded in both "
                                  "databases."),
                               {{"file", file.string()}}));
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
