#pragma once
// The system-specific primitives; one implementation file per operating system.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace pacta::platform::system {

[[nodiscard]] std::filesystem::path home_dir();
[[nodiscard]] std::string login_name();
[[nodiscard]] std::filesystem::path executable_path();
// Writes `contents` to a new file at `path` and flushes it to stable storage.
void write_and_sync(const std::filesystem::path& path, std::string_view contents);
// True when `path` (or, for a file not yet created, its directory) is on NFS, SMB/CIFS,
// 9P and similar network file systems, where SQLite's WAL journal is unsafe.
[[nodiscard]] bool on_network_filesystem(const std::filesystem::path& path);
[[nodiscard]] bool is_network_filesystem_type(unsigned long type);
// Flushes a file already written (by another library) to stable storage.
void sync_file(const std::filesystem::path& path);
// Renames over `to` atomically, then syncs the directory entry.
void replace(const std::filesystem::path& from, const std::filesystem::path& to);
// umask 077 for the rest of the process.
void restrict_umask();
// O_CREAT | O_EXCL with mode 0600 (fchmod too, so the umask cannot widen or narrow it);
// false when the path already exists. Throws std::system_error on other failures.
bool create_empty_private_file(const std::filesystem::path& path);
// Prompts on the controlling terminal and reads a line with echo off; nullopt without one.
[[nodiscard]] std::optional<std::string> read_secret(const std::string& prompt);

}  // namespace pacta::platform::system
