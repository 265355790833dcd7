#pragma once
// The office server's store: Pacta's storage ports on a PostgreSQL database prepared by
// prepare_server (postgres_server.h), opened as one Pacta user's own login role. Logging in
// IS connecting: PostgreSQL checks the password.

#include <memory>
#include <string>

#include "pacta/domain/ports/store.h"

namespace pacta::db {

struct ServerLogin {
    // A libpq connection string or URI: «postgresql://servidor/pacta», «service=pacta».
    std::string server;
    std::string username;  // the Pacta user; their role is «pacta_<base>_u_<username>»
    // Held in memory for libpq; empty: libpq's password file or service file supplies it.
    std::string password;
};

// The credentials were refused (wrong password, unknown or deactivated user): the same
// answer for all three, as on one desk.
class ServerLoginRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws ServerLoginRefused, or domain::StoreUnavailable when the server does not answer
// (server_unreachable), the database is not prepared for Pacta (not_prepared) or its schema
// is older (older_schema: an administrator upgrades it after a backup) or newer than this
// Pacta's.
[[nodiscard]] std::unique_ptr<domain::Store> open_postgres_store(const ServerLogin& login,
                                                                 const std::string& pacta_version);

// "PostgreSQL 15.4 (libpq 15)"
[[nodiscard]] std::string postgres_client();

}  // namespace pacta::db
