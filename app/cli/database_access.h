#pragma once
// The database a command works on: --db FILE (before the command), else $PACTA_DB, else
// the embedded default under $XDG_DATA_HOME/pacta/.

#include <filesystem>
#include <optional>
#include <string>

#include "console.h"
#include "pacta/db/database.h"

namespace pacta::cli {

// Set by main() from the global --db option.
void set_database_option(std::optional<std::string> path);
[[nodiscard]] std::filesystem::path database_path();

// Opens and migrates it; reports why it cannot (network file system, not a database, a
// newer Pacta) on the console and returns nullopt.
[[nodiscard]] std::optional<db::Database> open_database(const Console& console);

// Who the audit trail names until Pacta has user accounts: the operating-system user.
[[nodiscard]] std::string current_actor();

}  // namespace pacta::cli
