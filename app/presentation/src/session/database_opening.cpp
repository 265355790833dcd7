#include "pacta/presentation/session/database_opening.h"

#include "pacta/locale/catalog.h"

namespace pacta::presentation {

using locale::fill;
using locale::tr;

std::string describe(const domain::StoreUnavailable& failure) {
    using Reason = domain::StoreUnavailable::Reason;
    const std::string& path = failure.location();
    switch (failure.reason()) {
        case Reason::network_drive:
            return fill(tr("the database {path} is on a network drive, where SQLite can corrupt it; keep it on a "
                           "local disk of this computer."),
                        {{"path", path}});
        case Reason::not_a_database:
            return fill(tr("{path} is not a Pacta database (nor any SQLite database); check the path of the "
                           "database."),
                        {{"path", path}});
        case Reason::newer_schema:
            return fill(tr("the database was created by a newer version of Pacta (schema {found}; this one reads up "
                           "to {supported}); update Pacta to open it."),
                        {{"found", std::to_string(failure.found_schema())},
                         {"supported", std::to_string(failure.supported_schema())}});
        case Reason::not_prepared:
            return fill(tr("the database {path} of the office server is not prepared for Pacta; its database "
                           "administrator prepares it once, as the server guide explains."),
                        {{"path", path}});
        case Reason::older_schema:
            return fill(tr("the office server's database has schema {found} and this Pacta needs {supported}; an "
                           "administrator must back it up and upgrade it first, as the server guide explains."),
                        {{"found", std::to_string(failure.found_schema())},
                         {"supported", std::to_string(failure.supported_schema())}});
        case Reason::server_unreachable:
            return fill(tr("the office server {path} does not answer ({detail}); check the network and that the "
                           "server is running, or ask its administrator."),
                        {{"path", path}, {"detail", failure.detail()}});
        case Reason::other:
            break;
    }
    return fill(tr("cannot open the database {path}: {detail}"), {{"path", path}, {"detail", failure.detail()}});
}

}  // namespace pacta::presentation
