// pacta-cli servidor preparar: the office's database administrator prepares a PostgreSQL
// database for Pacta once (schema, Pacta's roles, the first Pacta administrator).
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

}  // namespace

int run_server(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"servidor", true}, {"administrador", true}, {"clave-stdin"}});
    if (args.wants_help()) {
        console.out << server_help();
        return exit_ok;
    }
    args.require_positionals(1, 1, tr("SUBCOMMAND"));
    const std::string& sub = args.positionals()[0];
    if (sub == "preparar") return prepare(args, console);
    throw UsageError(fill(tr("unknown subcommand «{name}» of «servidor»; use preparar"), {{"name", sub}}));
}

std::string server_help() {
    return tr(
        "Usage: pacta-cli servidor preparar --servidor 'postgresql://HOST/BASE' --administrador NAME\n"
        "                                   [--clave-stdin]\n"
        "\n"
        "Run once by the office's database administrator, as a PostgreSQL role with CREATEROLE\n"
        "that owns the database: creates Pacta's schema, its group roles (capturista,\n"
        "revisor_juridico, finanzas, administrador), a role that owns the tables and never\n"
        "logs in, and the first Pacta administrator, whose password is asked twice (or read\n"
        "from standard input) and sent only as a SCRAM-SHA-256 verifier. The server may also\n"
        "be given by PACTA_SERVIDOR or libpq's service file; passwords come from libpq's\n"
        "password file (~/.pgpass), never from the command line. A database already\n"
        "prepared is refused. See docs/servidor.md.\n");
}

}  // namespace pacta::cli
