#pragma once
// The office server's setup, run once by the office's database administrator
// (`pacta-cli servidor preparar`): the schema, Pacta's group roles, the owner role that never
// logs in, and the first Pacta administrator. Everything after that is done by Pacta's
// users, each logging in as their own role.

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace pacta::db {

// Why a server could not be prepared, whatever libpq or the server said (`detail`).
class ServerSetupError : public std::runtime_error {
public:
    // tool_missing: pg_dump or pg_restore is not installed; not_empty: a restore's target
    // holds Pacta already; mismatch: a copy's manifest, name or trail is not what it says;
    // newer: the database's schema is newer than this Pacta's.
    enum class Kind { unreachable, too_old, already_prepared, not_allowed, bad_name, other, tool_missing, not_empty,
                      mismatch, newer };
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

// Who runs a backup: a connection string (as the database's administrator, whose password
// comes from libpq's files) or, for a Pacta administrator at a desk, their login role and
// the password they typed (held in memory; pg_dump gets it in its environment only).
struct ServerAccess {
    std::string conninfo;
    std::string user;      // empty: as the connection string says
    std::string password;  // empty: libpq's password or service file
};

// A whole copy: which database, and its audit trail in the copy's own snapshot.
struct ServerBackup {
    std::string database;
    std::int64_t audit_rows = 0;
    std::string latest_hash;
};

// pg_dump (custom format) of the whole database into `target` (under a temporary name,
// renamed when complete, private) with «target.manifiesto» beside it naming the database and
// the audit trail's rows and latest hash, read in the same snapshot as the copy. Throws
// ServerSetupError.
ServerBackup dump_server(const ServerAccess& access, const std::filesystem::path& target);

// Restores `source` (a dump_server copy, with its manifest) into the empty database
// `conninfo` names, as the database administrator who owns it: refused when the database
// holds Pacta already (not_empty) or is not the one the copy was made of (mismatch: Pacta's
// roles are named after it). After pg_restore, in one transaction, the trail must verify
// with the manifest's rows and hash, or nothing stays. Throws ServerSetupError.
ServerBackup restore_server(const std::string& conninfo, const std::filesystem::path& source);

struct ServerUpgrade {
    int from = 0;
    int to = 0;
    ServerBackup backup;  // empty when there was nothing to do
};

// Brings the database `conninfo` names to server_schema_version(), as its administrator:
// first a whole backup at `backup` (dump_server), then every missing migration in one
// transaction, audited. Nothing happens when it is up to date; newer is refused. Throws
// ServerSetupError.
ServerUpgrade upgrade_server(const std::string& conninfo, const std::filesystem::path& backup);

}  // namespace pacta::db
