#pragma once
// Pacta's files hold personal data (CURP, RFC, addresses, bank accounts): readable and
// writable by their owner only, from the moment they exist (docs/seguridad.md).

#include <filesystem>

namespace pacta::platform {

// From now on every file and folder this process creates, by Pacta or by a library it
// uses (SQLite, libxlsxwriter, wxWidgets), is 0600 or 0700: umask 077. The front ends call
// it first thing.
void keep_new_files_private();

// Creates an empty file at `path` with mode 0600, whatever the umask, unless something is
// there already; true when it created it. SQLite then gives the database's journal and WAL
// the same mode.
bool create_private_file(const std::filesystem::path& path);

}  // namespace pacta::platform
