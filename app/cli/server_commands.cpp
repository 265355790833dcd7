// pacta-cli servidor preparar|respaldar|restaurar|actualizar: the office's database
// administrator prepares a PostgreSQL database for Pacta once (schema, Pacta's roles, the
// first Pacta administrator), copies it whole, restores a copy into an empty database, and
// upgrades its schema after a copy.
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/core/office_server.h"
#include "pacta/locale/catalog.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;

int prepare(const Arguments& args, const Console& console) {
    core::OfficeServerSetup setup;
    // The server: the option, else $PACTA_SERVIDOR; libpq's own defaults (PGHOST, a service
    // file) fill in the rest, and its password file the password.
    setup.server = args.value("servidor").value_or(server_option().value_or(""));
    if (setup.server.empty()) {
        throw UsageError(tr("«servidor preparar» needs the server: --servidor 'postgresql://host/base' or "
                            "PACTA_SERVIDOR"));
    }
    const auto administrator = args.value("administrador");
    if (!administrator) throw UsageError(tr("«servidor preparar» needs --administrador NAME: the first Pacta administrator"));
    setup.administrator = *administrator;
    setup.password = read_new_password(args.flag("clave-stdin"));
    const auto report = core::prepare_office_server(setup);
    console.out << fill(tr("Database «{base}» prepared for Pacta (schema version {version})."),
                        {{"base", report.database}, {"version", std::to_string(report.schema_version)}})
                << '\n'
                << fill(tr("First administrator «{name}»: logs in to the server as «{role}». Pacta's roles are "
                           "«{prefix}capturista», «{prefix}revisor_juridico», «{prefix}finanzas» and "
                           "«{prefix}administrador»."),
                        {{"name", setup.administrator}, {"role", report.administrator_role}, {"prefix", report.role_prefix}})
                << '\n';
    return exit_ok;
}

std::string server_of(const Arguments& args, const std::string& command) {
    const auto server = args.value("servidor").value_or(server_option().value_or(""));
    if (server.empty()) {
        throw UsageError(fill(tr("«servidor {command}» needs the server: --servidor 'postgresql://host/base' or "
                                 "PACTA_SERVIDOR"),
                              {{"command", command}}));
    }
    return server;
}

std::string required(const Arguments& args, const std::string& option, const std::string& command) {
    const auto value = args.value(option);
    if (!value || value->empty()) {
        throw UsageError(fill(tr("«servidor {command}» needs --{option} FILE"), {{"command", command}, {"option", option}}));
    }
    return *value;
}

void print_copy(const core::ServerCopy& copy, const std::string& file, const Console& console) {
    console.out << fill(tr("Copy of «{base}» at {file}: audit rows {rows}, latest hash {hash}"),
                        {{"base", copy.database}, {"file", file}, {"rows", std::to_string(copy.audit_rows)},
                         {"hash", copy.latest_hash}})
                << '\n';
}

int back_up(const Arguments& args, const Console& console) {
    const auto file = required(args, "salida", "respaldar");
    print_copy(core::back_up_office_server(server_of(args, "respaldar"), file), file, console);
    return exit_ok;
}

int restore(const Arguments& args, const Console& console) {
    const auto file = required(args, "desde", "restaurar");
    const auto copy = core::restore_office_server(server_of(args, "restaurar"), file);
    console.out << fill(tr("Restored «{base}» from {file}: audit rows {rows}, latest hash {hash}, as the copy's "
                           "manifest says."),
                        {{"base", copy.database}, {"file", file}, {"rows", std::to_string(copy.audit_rows)},
                         {"hash", copy.latest_hash}})
                << '\n';
    return exit_ok;
}

int upgrade(const Arguments& args, const Console& console) {
    const auto file = required(args, "respaldo", "actualizar");
    const auto done = core::upgrade_office_server(server_of(args, "actualizar"), file);
    if (done.from == done.to) {
        console.out << fill(tr("The database is up to date (schema version {version}); nothing was done."),
                            {{"version", std::to_string(done.to)}})
                    << '\n';
        return exit_ok;
    }
    print_copy(done.backup, file, console);
    console.out << fill(tr("Schema upgraded from version {from} to {to}."),
                        {{"from", std::to_string(done.from)}, {"to", std::to_string(done.to)}})
                << '\n';
    return exit_ok;
}

int move_office(const Arguments& args, const Console& console) {
    const auto source = required(args, "desde", "importar");
    const auto administrator = args.value("administrador");
    if (!administrator) {
        throw UsageError(tr("«servidor importar» needs --administrador NAME: one of the office's administrators, who "
                            "logs in first"));
    }
    const auto password = read_new_password(args.flag("clave-stdin"));
    const auto moved = core::move_office_to_server(server_of(args, "importar"), source, *administrator, password);
    console.out << fill(tr("The office of {file} is now on «{base}»: {rows} rows, audit rows {audit}, latest hash {hash} "
                           "(the same as on the desk)."),
                        {{"file", source}, {"base", moved.database}, {"rows", std::to_string(moved.rows)},
                         {"audit", std::to_string(moved.audit_rows)}, {"hash", moved.latest_hash}})
                << '\n';
    if (!moved.need_password.empty()) {
        std::string names;
        for (const auto& n : moved.need_password) names += (names.empty() ? "" : ", ") + n;
        console.out << fill(tr("Passwords do not move between engines: {administrator} logs in and gives each of these a "
                               "new one (usuario restablecer, or Configuración): {names}."),
                            {{"administrator", *administrator}, {"names", names}})
                    << '\n';
    }
    return exit_ok;
}

}  // namespace

int run_server(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"servidor", true}, {"administrador", true}, {"clave-stdin"},
                                               {"salida", true}, {"desde", true}, {"respaldo", true}});
    if (args.wants_help()) {
        console.out << server_help();
        return exit_ok;
    }
    args.require_positionals(1, 1, tr("SUBCOMMAND"));
    const std::string& sub = args.positionals()[0];
    if (sub == "preparar") return prepare(args, console);
    if (sub == "respaldar") return back_up(args, console);
    if (sub == "restaurar") return restore(args, console);
    if (sub == "actualizar") return upgrade(args, console);
    if (sub == "importar") return move_office(args, console);
    throw UsageError(fill(tr("unknown subcommand «{name}» of «servidor»; use preparar, importar, respaldar, restaurar or "
                             "actualizar"),
                          {{"name", sub}}));
}

std::string server_help() {
    return tr(
        "Usage: pacta-cli servidor preparar --servidor 'postgresql://HOST/BASE' --administrador NAME\n"
        "                                   [--clave-stdin]\n"
        "       pacta-cli servidor importar --servidor 'postgresql://HOST/BASE' --desde pacta.sqlite3\n"
        "                                   --administrador NAME [--clave-stdin]\n"
        "       pacta-cli servidor respaldar --servidor 'postgresql://HOST/BASE' --salida FILE.dump\n"
        "       pacta-cli servidor restaurar --servidor 'postgresql://HOST/BASE' --desde FILE.dump\n"
        "       pacta-cli servidor actualizar --servidor 'postgresql://HOST/BASE' --respaldo FILE.dump\n"
        "\n"
        "Run by the office's database administrator, as a PostgreSQL role that owns the database\n"
        "(a superuser for respaldar, restaurar and actualizar, which read every row).\n"
        "  preparar   once: creates Pacta's schema, its group roles (capturista,\n"
        "             revisor_juridico, finanzas, administrador), a role that owns the tables and\n"
        "             never logs in, and the first Pacta administrator, whose password is asked\n"
        "             twice (or read from standard input) and sent only as a SCRAM-SHA-256\n"
        "             verifier. A database already prepared is refused.\n"
        "  importar   moves an office from one desk: its whole database (people, contracts\n"
        "             and their files, instalments, review, clauses, users, audit trail) into\n"
        "             a database that holds no Pacta yet, in one transaction; the trail must\n"
        "             be the same on both sides. NAME, one of its administrators, gets a new\n"
        "             password (passwords do not move) and gives the others theirs.\n"
        "  respaldar  a whole copy with pg_dump (custom format) and beside it FILE.manifiesto\n"
        "             with the audit trail's rows and latest hash, read in the copy's snapshot\n"
        "  restaurar  a copy into the empty database of the same name (Pacta's roles are named\n"
        "             after it); the trail restored must be the manifest's, or nothing stays\n"
        "  actualizar when this Pacta is newer than the database: first a copy at FILE.dump,\n"
        "             then the schema upgraded in one transaction, audited\n"
        "The server may also be given by PACTA_SERVIDOR or libpq's service file; passwords come\n"
        "from libpq's password file (~/.pgpass), never from the command line. See\n"
        "docs/servidor.md.\n");
}

}  // namespace pacta::cli
