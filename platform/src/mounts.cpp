#include "pacta/platform/mounts.h"

#include <array>
#include <sstream>

namespace pacta::platform {

namespace {

// mountinfo writes space, tab, newline and backslash in paths as octal escapes ("\040").
std::string unescape(std::string_view field) {
    std::string out;
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            const std::string_view digits = field.substr(i + 1, 3);
            if (digits.find_first_not_of("01234567") == std::string_view::npos) {
                out.push_back(static_cast<char>((digits[0] - '0') * 64 + (digits[1] - '0') * 8 + (digits[2] - '0')));
                i += 3;
                continue;
            }
        }
        out.push_back(field[i]);
    }
    return out;
}

// True when `mount_point` is `path` or one of its ancestors, component by component.
bool contains(const std::string& mount_point, const std::string& path) {
    if (mount_point == "/") return true;
    if (path.compare(0, mount_point.size(), mount_point) != 0) return false;
    return path.size() == mount_point.size() || path[mount_point.size()] == '/';
}

}  // namespace

std::string mount_type_of(std::string_view mountinfo, const std::filesystem::path& path) {
    const std::string target = path.lexically_normal().string();
    std::string best_point;
    std::string best_type;
    std::istringstream lines{std::string(mountinfo)};
    for (std::string line; std::getline(lines, line);) {
        // "36 35 98:0 /root /mnt/point rw,noatime master:1 - ext3 /dev/root rw": the mount
        // point is the fifth field; the type is the first field after " - ".
        std::istringstream fields(line);
        std::string id, parent, device, root, point;
        if (!(fields >> id >> parent >> device >> root >> point)) continue;
        const auto separator = line.find(" - ");
        if (separator == std::string::npos) continue;
        std::istringstream after(line.substr(separator + 3));
        std::string type;
        if (!(after >> type)) continue;
        point = unescape(point);
        // Later lines are mounted over earlier ones at the same point, so ">=" keeps the last.
        if (contains(point, target) && point.size() >= best_point.size()) {
            best_point = point;
            best_type = type;
        }
    }
    return best_type;
}

bool is_network_mount_type(std::string_view type) {
    static constexpr std::array<std::string_view, 14> kernel = {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ncpfs", "coda", "ceph", "glusterfs", "lustre", "davfs",
        "ocfs2"};
    for (const auto name : kernel) {
        if (type == name) return true;
    }
    // FUSE reports one magic number for every file system it serves; the mount table names
    // the program: these reach other machines (gvfsd-fuse is how GNOME's file manager
    // opens SMB, SFTP and WebDAV shares; kio-fuse is KDE's).
    static constexpr std::array<std::string_view, 13> fuse = {
        "sshfs", "gvfsd-fuse", "kio-fuse", "rclone", "s3fs", "smbnetfs", "curlftpfs", "davfs2", "glusterfs",
        "ceph-fuse", "gcsfuse", "goofys", "juicefs"};
    constexpr std::string_view prefix = "fuse.";
    if (type.substr(0, prefix.size()) != prefix) return false;
    const auto program = type.substr(prefix.size());
    for (const auto name : fuse) {
        if (program == name) return true;
    }
    return false;
}

}  // namespace pacta::platform
