#pragma once
// Pacta's schema on a server database, as its administrator (prepare_server, and the import
// of an office from one desk): the owner and group roles named with `prefix`, the tables,
// rules, trail and grants at server_schema_version(). Ends as «<prefix>owner» (SET ROLE), in
// the caller's transaction.

#include <string>

#include "pacta/db/pg/connection.h"

namespace pacta::db::pg {

void create_server_schema(Connection& dba, const std::string& prefix, const std::string& pacta_version);

}  // namespace pacta::db::pg
