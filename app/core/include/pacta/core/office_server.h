#pragma once
// Preparing an office server for Pacta (`pacta-cli servidor preparar`), run once by the
// office's database administrator; the composition root is the one place that knows the
// engine, so the front ends ask here.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace pacta::core {

struct OfficeServerSetup {
    // A libpq connection string or URI: «postgresql://servidor/pacta», «service=pacta». Its
    // password comes from libpq's password or service file, never from a command line.
    std::string server;
    std::string administrator;  // the first Pacta administrator's user name
    std::string password;       // theirs; it reaches the server only as a SCRAM verifier
};

struct OfficeServerReport {
    std::string database;
    std::string administrator_role;  // what they log in to PostgreSQL as
    std::string role_prefix;
    int schema_version = 0;
};

// Throws presentation::ServiceError, worded for a person: the server cannot be reached, is
// older than PostgreSQL 15, is already prepared, or the role used may not create roles.
[[nodiscard]] OfficeServerReport prepare_office_server(const OfficeServerSetup& setup);

// A whole copy of the server's database: which one, and its audit trail as copied.
struct ServerCopy {
    std::string database;
    std::int64_t audit_rows = 0;
    std::string latest_hash;
};

// The database administrator's jobs on a prepared server (`server` as for preparing; the
// password from libpq's files). Each throws presentation::ServiceError worded for them.
// pg_dump of the whole database into `target`, with its manifest beside it.
[[nodiscard]] ServerCopy back_up_office_server(const std::string& server, const std::filesystem::path& target);
// A copy into the empty database of the same name; its trail checked against the manifest.
[[nodiscard]] ServerCopy restore_office_server(const std::string& server, const std::filesystem::path& source);
struct ServerUpgradeReport {
    int from = 0;
    int to = 0;
    ServerCopy backup;  // empty when it was up to date
};
// A backup at `backup` first, then the schema brought up to this Pacta's, in one transaction.
[[nodiscard]] ServerUpgradeReport upgrade_office_server(const std::string& server, const std::filesystem::path& backup);

struct OfficeMove {
    std::string database;
    std::int64_t rows = 0;
    std::int64_t audit_rows = 0;
    std::string latest_hash;                 // the same on the desk and on the server
    std::vector<std::string> need_password;  // every active user but the administrator
};
// The office of one desk's database `source` into the server database `server` (which holds
// no Pacta yet), whole and in one transaction; `administrator` (one of its administrators)
// gets `password` and logs in first to give the others theirs.
[[nodiscard]] OfficeMove move_office_to_server(const std::string& server, const std::filesystem::path& source,
                                               const std::string& administrator, const std::string& password);

}  // namespace pacta::core
