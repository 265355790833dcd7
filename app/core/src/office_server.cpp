#include "pacta/core/office_server.h"

#include "pacta/db/office_import.h"
#include "pacta/db/postgres_server.h"
#include "pacta/domain/access.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/session/access.h"
#include "pacta/version.h"

namespace pacta::core {

using locale::fill;
using locale::tr;

namespace {

// libpq's or the tool's own words, their first line only: the detail a database
// administrator searches for.
std::string detail(const std::exception& e) {
    std::string text = e.what();
    if (const auto end = text.find('\n'); end != std::string::npos) text.erase(end);
    return text;
}

// What the database administrator reads when the server refuses, in Spanish.
[[noreturn]] void explain(const db::ServerSetupError& e) {
    using Kind = db::ServerSetupError::Kind;
    switch (e.kind()) {
        case Kind::unreachable:
            throw presentation::ServiceError(
                fill(tr("the office server cannot be reached (detail: {detail}). Check its address, that it is "
                        "running and that its pg_hba.conf lets this computer in."),
                     {{"detail", detail(e)}}));
        case Kind::too_old:
            throw presentation::ServiceError(tr("the office server runs a PostgreSQL older than 15; Pacta needs "
                                                "PostgreSQL 15 or newer."));
        case Kind::already_prepared:
            throw presentation::ServiceError(
                fill(tr("the database «{base}» is already prepared for Pacta; nothing was changed."), {{"base", e.what()}}));
        case Kind::not_allowed:
            throw presentation::ServiceError(
                fill(tr("the server's role may not prepare this database ({detail}); run it as a role with "
                        "CREATEROLE that owns the database."),
                     {{"detail", detail(e)}}));
        case Kind::bad_name:
            throw presentation::ServiceError(
                fill(tr("«{name}» cannot name a Pacta database: use up to 20 letters, digits, «-» or «_»."),
                     {{"name", e.what()}}));
        case Kind::tool_missing:
            throw presentation::ServiceError(
                fill(tr("{tool} is not installed on this computer; install PostgreSQL's client programs (the Debian "
                        "package postgresql-client-15) and try again."),
                     {{"tool", e.what()}}));
        case Kind::not_empty:
            throw presentation::ServiceError(
                fill(tr("the database «{base}» already holds Pacta's data; a copy is restored only into an empty "
                        "database. Nothing was changed."),
                     {{"base", e.what()}}));
        case Kind::mismatch:
            throw presentation::ServiceError(
                fill(tr("the copy does not match what it says ({detail}); nothing was changed."), {{"detail", detail(e)}}));
        case Kind::newer:
            throw presentation::ServiceError(
                fill(tr("the office server's database has schema {found}, newer than this Pacta's {supported}; update "
                        "Pacta instead."),
                     {{"found", e.what()}, {"supported", std::to_string(db::server_schema_version())}}));
        case Kind::other: break;
    }
    throw presentation::ServiceError(fill(tr("the office server refused it: {detail}"), {{"detail", detail(e)}}));
}

ServerCopy copy_of(const db::ServerBackup& b) { return {b.database, b.audit_rows, b.latest_hash}; }

}  // namespace

OfficeServerReport prepare_office_server(const OfficeServerSetup& setup) {
    if (!domain::is_valid_username(setup.administrator) || setup.administrator.size() > 40) {
        throw presentation::ServiceError(fill(tr("«{name}» cannot be a user name: use up to 40 lower-case letters, digits, "
                                                 "«.», «_» or «-», starting with a letter."),
                                              {{"name", setup.administrator}}));
    }
    db::ServerPreparation request;
    request.conninfo = setup.server;
    request.first_administrator = setup.administrator;
    request.password = setup.password;
    request.pacta_version = pacta::version;
    try {
        const auto prepared = db::prepare_server(request);
        return {prepared.database, prepared.administrator, prepared.role_prefix, prepared.schema_version};
    } catch (const db::ServerSetupError& e) {
        explain(e);
    }
}

ServerCopy back_up_office_server(const std::string& server, const std::filesystem::path& target) {
    try {
        return copy_of(db::dump_server({server, {}, {}}, target));
    } catch (const db::ServerSetupError& e) {
        explain(e);
    }
}

ServerCopy restore_office_server(const std::string& server, const std::filesystem::path& source) {
    try {
        return copy_of(db::restore_server(server, source));
    } catch (const db::ServerSetupError& e) {
        explain(e);
    }
}

ServerUpgradeReport upgrade_office_server(const std::string& server, const std::filesystem::path& backup) {
    try {
        const auto done = db::upgrade_server(server, backup);
        return {done.from, done.to, copy_of(done.backup)};
    } catch (const db::ServerSetupError& e) {
        explain(e);
    }
}

OfficeMove move_office_to_server(const std::string& server, const std::filesystem::path& source,
                                 const std::string& administrator, const std::string& password) {
    try {
        const auto done = db::import_office({server, source, administrator, password, pacta::version});
        return {done.database, done.rows, done.audit_rows, done.latest_hash, done.need_password};
    } catch (const db::ServerSetupError& e) {
        explain(e);
    } catch (const std::runtime_error& e) {
        // The desk's file (not a database, unreadable) or what the server said.
        throw presentation::ServiceError(fill(tr("the office could not be moved; nothing was kept on the server: "
                                                 "{detail}"),
                                              {{"detail", detail(e)}}));
    }
}

}  // namespace pacta::core
