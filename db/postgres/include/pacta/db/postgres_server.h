#pragma once
// The office server's setup, run once by the office's database administrator
// (`pacta-cli servidor preparar`): the schema, Pacta's group roles, the owner role that never
// logs in, and the first Pacta administrator. Everything after that is done by Pacta's
// users, each logging in as their own role.

#include <stdexcept>
#include <string>

namespace pacta::db {

// Why a server could not be prepared, whatever libpq or the server said (`detail`).
class ServerSetupError : public std::runtime_error {
public:
    enum class Kind { unreachable, too_old, already_prepared, not_allowed, bad_name, other };
    ServerSetupError(Kind kind, const std::string& detail) : std::runtime_error(detail), kind_(kind) {}
    [[nodiscard]] Kind kind() const noexcept { return kind_; }

private:
    Kind kind_;
};

struct ServerPreparation {
    // A libpq connection string or URI for the database to prepare, as a role that may
    // create roles (CREATEROLE) and owns the database or may create in it. The password
    // comes from libpq's password or service file.
    std::string conninfo;
    std::string first_administrator;  // a Pacta user name: «ana»
    std::string password;             // sent to the server only as a SCRAM-SHA-256 verifier
    std::string pacta_version;
};

struct PreparedServer {
    std::string database;
    std::string role_prefix;    // «pacta_<base>_»
    std::string administrator;  // the first administrator's login role
    int schema_version = 0;
};

// Throws ServerSetupError; a database that already holds Pacta's schema is refused
// (already_prepared), and nothing is left half-made: it is one transaction.
[[nodiscard]] PreparedServer prepare_server(const ServerPreparation& request);

// «pacta_<base>_» for a database name: lower case, letters, digits and «_» only, at most 20
// characters of the name (role names are cluster-wide and at most 63 bytes). Throws
// ServerSetupError (bad_name) otherwise.
[[nodiscard]] std::string server_role_prefix(const std::string& database);

// The schema version a server database is created at: the SQLite schema's, numbered alike.
[[nodiscard]] int server_schema_version();

}  // namespace pacta::db
