#pragma once
// Where Pacta keeps its files, following each system's conventions
// (XDG on Linux; %APPDATA% on Windows, as wxStandardPaths would say).

#include <filesystem>
#include <optional>
#include <string>

namespace pacta::platform {

// The value of an environment variable, or nullopt when unset or empty.
[[nodiscard]] std::optional<std::string> environment(const char* name);

// $XDG_DATA_HOME/pacta, or ~/.local/share/pacta. Not created here.
[[nodiscard]] std::filesystem::path user_data_dir();

// $XDG_CONFIG_HOME/pacta, or ~/.config/pacta. Not created here.
[[nodiscard]] std::filesystem::path user_config_dir();

// The desktop's settings (language, window, column widths): user_config_dir()/pacta.conf,
// its folder created. The first time, settings an older Pacta kept in ~/.pacta are moved
// there; when both exist the new file wins and the old one is left alone.
[[nodiscard]] std::filesystem::path desktop_settings_file();

// The embedded default database: user_data_dir()/pacta.sqlite3.
[[nodiscard]] std::filesystem::path default_database_path();

// The running program's file, resolved through the system (not argv[0]).
[[nodiscard]] std::filesystem::path executable_path();

// Compiled translation catalogs: $PACTA_LOCALEDIR, or <prefix>/share/locale next to the
// program's bin/ directory (the same layout in the build tree and once installed).
[[nodiscard]] std::filesystem::path messages_dir();

// True when `path` lives on a network file system (NFS, SMB/CIFS, 9P...), where SQLite's
// WAL journal can corrupt the database.
[[nodiscard]] bool on_network_filesystem(const std::filesystem::path& path);

// The classification behind it, by the statfs(2) f_type magic number (Linux).
[[nodiscard]] bool is_network_filesystem_type(unsigned long type);

// The user running Pacta, as the operating system names them ("maria"), for the audit trail
// until Pacta has its own accounts.
[[nodiscard]] std::string system_user();

// Read-only data shipped with Pacta (bundled templates): $PACTA_DATADIR, or
// <prefix>/share/pacta next to the program's bin/ directory.
[[nodiscard]] std::filesystem::path data_dir();

}  // namespace pacta::platform
