#pragma once
// Which file system a path is on, read from Linux's mount table (/proc/self/mountinfo):
// the statfs(2) magic number alone cannot tell an SSHFS or GNOME SMB share (FUSE) from a
// local disk. Plain text parsing, so it is tested with any table.

#include <filesystem>
#include <string>
#include <string_view>

namespace pacta::platform {

// The type ("ext4", "nfs4", "fuse.sshfs") of the mount holding `path` (absolute, already
// resolved) in `mountinfo`; empty when no line covers it.
[[nodiscard]] std::string mount_type_of(std::string_view mountinfo, const std::filesystem::path& path);

// True for file systems on another machine, where SQLite's WAL journal is unsafe.
[[nodiscard]] bool is_network_mount_type(std::string_view type);

}  // namespace pacta::platform
