#pragma once
// Opening Pacta's database for use: refuses what would be unsafe, migrates what is old.

#include <filesystem>
#include <string>

#include "pacta/db/database.h"

namespace pacta::db {

// Opens (creating if needed) the database at `path` and brings its schema up to date.
// Throws NetworkFilesystemError on NFS/SMB and the like, NotADatabaseError for a file that
// is not SQLite, NewerSchemaError for a database of a newer Pacta. Before migrating a
// database that already holds a schema, a backup is written beside it.
[[nodiscard]] Database open_pacta_database(const std::filesystem::path& path, const std::string& pacta_version);

// The backup written before migrating from `version`: "<name>.antes-v<N>-<UTC time>.sqlite3".
[[nodiscard]] std::filesystem::path migration_backup_path(const std::filesystem::path& db, int version);

// "2026-11-22T14:30:05Z"
[[nodiscard]] std::string utc_timestamp();

}  // namespace pacta::db
