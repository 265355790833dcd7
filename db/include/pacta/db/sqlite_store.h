#pragma once
// The SQLite engine's whole public face: open a store on a file. Everything else in db/ is
// internal (db/internal, seen only by db's sources and its tests); what the application
// needs from a store is the domain's storage ports (pacta/domain/ports/).

#include <filesystem>
#include <memory>
#include <string>

#include "pacta/domain/ports/store.h"

namespace pacta::db {

// Opens (creating if needed) the database at `path` (":memory:" for a private one) and
// brings its schema up to date, first copying an older one beside it. Throws
// domain::StoreUnavailable on a network drive, for a file that is not SQLite, or for a
// database of a newer Pacta.
[[nodiscard]] std::unique_ptr<domain::Store> open_sqlite_store(const std::filesystem::path& path,
                                                               const std::string& pacta_version);

// "SQLite 3.40.1"
[[nodiscard]] std::string sqlite_engine();

}  // namespace pacta::db
