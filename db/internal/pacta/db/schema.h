#pragma once
// Forward-only schema migrations keyed by PRAGMA user_version.

#include <string>

namespace pacta::db {

class Database;

// The schema version this build of Pacta writes.
[[nodiscard]] int current_schema_version();

// Brings the database to current_schema_version(), each step in its own transaction.
// Throws NewerSchemaError for a database written by a newer Pacta (its version is higher).
void migrate(Database& db, const std::string& pacta_version);
// Only up to schema `up_to` (tests build databases of every earlier version with it).
void migrate(Database& db, const std::string& pacta_version, int up_to);

}  // namespace pacta::db
