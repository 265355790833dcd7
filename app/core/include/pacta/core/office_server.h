#pragma once
// Preparing an office server for Pacta (`pacta-cli servidor preparar`), run once by the
// office's database administrator; the composition root is the one place that knows the
// engine, so the front ends ask here.

#include <string>

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

}  // namespace pacta::core
