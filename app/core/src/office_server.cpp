#include "pacta/core/office_server.h"

#include "pacta/db/postgres_server.h"
#include "pacta/domain/access.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/session/access.h"
#include "pacta/version.h"

namespace pacta::core {

using locale::fill;
using locale::tr;

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
    // libpq's own words, its first line only: the detail a database administrator searches for.
    const auto detail = [](const std::exception& e) {
        std::string text = e.what();
        if (const auto end = text.find('\n'); end != std::string::npos) text.erase(end);
        return text;
    };
    try {
        const auto prepared = db::prepare_server(request);
        return {prepared.database, prepared.administrator, prepared.role_prefix, prepared.schema_version};
    } catch (const db::ServerSetupError& e) {
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
            case Kind::other: break;
        }
        throw presentation::ServiceError(fill(tr("the office server refused the preparation: {detail}"), {{"detail", detail(e)}}));
    }
}

}  // namespace pacta::core
