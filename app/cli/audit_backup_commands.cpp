// pacta-cli auditoria verificar; respaldo crear|restaurar.
#include <algorithm>
#include <fstream>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/db/audit.h"
#include "pacta/db/backup.h"
#include "pacta/db/open.h"
#include "pacta/locale/catalog.h"
#include "pacta/version.h"

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
    auto* database = &ws->database;
    ws->session().require(domain::Permission::read_records, "auditoria verificar");
    const auto v = db::SqliteAuditTrail(*database).verify();
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
        auto* database = &ws->database;
        ws->session().require(domain::Permission::manage_backups, "respaldo " + file.string());
        const auto v = db::create_backup(*database, file);
        console.out << fill(tr("Backup written to {file}; audit rows {rows}, latest hash {hash}"),
                            {{"file", file.string()}, {"rows", std::to_string(v.rows)}, {"hash", v.latest_hash}})
                    << '\n';
        return exit_ok;
    }
    if (sub == "restaurar") {
        // Replacing a database needs its administrator; with no database yet, there is
        // nothing to protect.
        if (fs::exists(database_path())) {
            auto ws = open_workspace(console);
            if (!ws) return exit_invalid;
            ws->session().require(domain::Permission::manage_backups, "restaurar " + file.string());
        }
        // Check the copy before touching anything: integrity, audit chain, schema.
        try {
            auto source = db::open_pacta_database(file, pacta::version);
            const std::string integrity = source.integrity_check();
            const auto v = db::SqliteAuditTrail(source).verify();
            if (integrity != "ok" || !v.intact) {
                console.error(fill(tr("{file} cannot be restored: integrity check «{integrity}», audit trail {audit}."),
                                   {{"file", file.string()},
                                    {"integrity", integrity},
                                    {"audit", v.intact ? tr("intact") : tr("broken")}}));
                return exit_invalid;
            }
            const fs::path target = database_path();
            if (fs::exists(target)) {
                std::string stamp = db::utc_timestamp();
                std::replace(stamp.begin(), stamp.end(), ':', '-');
                const fs::path previous = target.string() + ".antes-de-restaurar-" + stamp;
                db::Database current(target);
                current.backup_to(previous);
                console.out << fill(tr("The previous database was kept as {file}"), {{"file", previous.string()}}) << '\n';
            }
            source.backup_to(target);
            for (const char* suffix : {"-wal", "-shm"}) {
                std::error_code ec;
                fs::remove(target.string() + suffix, ec);
            }
            console.out << fill(tr("Restored {file}: audit rows {rows}, latest hash {hash}"),
                                {{"file", file.string()}, {"rows", std::to_string(v.rows)}, {"hash", v.latest_hash}})
                        << '\n';
            return exit_ok;
        } catch (const db::NotADatabaseError&) {
            console.error(fill(tr("{path} is not a Pacta database (nor any SQLite database); check the path given with "
                                  "--db or PACTA_DB."),
                               {{"path", file.string()}}));
            return exit_invalid;
        }
    }
    throw UsageError(fill(tr("unknown subcommand «{name}» of «respaldo»; use crear or restaurar"), {{"name", sub}}));
}

}  // namespace pacta::cli
