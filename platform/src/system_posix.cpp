// The only file with POSIX calls (see system.h).
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <pwd.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <system_error>

#include "pacta/platform/mounts.h"
#include "system.h"

namespace pacta::platform::system {

namespace {

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path) {
    throw std::system_error(errno, std::generic_category(), what + " " + path.string());
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    [[nodiscard]] int get() const { return fd_; }
    int release_and_close() {
        const int rc = ::close(fd_);
        fd_ = -1;
        return rc;
    }

private:
    int fd_;
};

}  // namespace

std::filesystem::path home_dir() {
    if (const char* home = std::getenv("HOME"); home && *home) return home;
    if (const passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_dir) return pw->pw_dir;
    return std::filesystem::current_path();
}

std::string login_name() {
    if (const passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_name) return pw->pw_name;
    return "desconocido";
}

std::filesystem::path executable_path() {
    std::error_code ec;
    auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : path;
}

void restrict_umask() { ::umask(077); }

bool create_empty_private_file(const std::filesystem::path& path) {
    FileDescriptor fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (fd.get() < 0) {
        if (errno == EEXIST) return false;
        fail("open", path);
    }
    if (::fchmod(fd.get(), 0600) != 0) fail("fchmod", path);
    if (fd.release_and_close() != 0) fail("close", path);
    return true;
}

void write_and_sync(const std::filesystem::path& path, std::string_view contents) {
    // Personal data: the owner's only, whatever the umask.
    FileDescriptor fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (fd.get() < 0) fail("open", path);
    if (::fchmod(fd.get(), 0600) != 0) fail("fchmod", path);
    const char* data = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        const ssize_t n = ::write(fd.get(), data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("write", path);
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd.get()) != 0) fail("fsync", path);
    if (fd.release_and_close() != 0) fail("close", path);
}

void sync_file(const std::filesystem::path& path) {
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) fail("open", path);
    if (::fsync(fd.get()) != 0) fail("fsync", path);
    if (fd.release_and_close() != 0) fail("close", path);
}

bool on_network_filesystem(const std::filesystem::path& path) {
    std::filesystem::path probe = path;
    std::error_code ec;
    if (!std::filesystem::exists(probe, ec)) probe = probe.has_parent_path() ? probe.parent_path() : ".";
    struct statfs info {};
    if (::statfs(probe.c_str(), &info) != 0) return false;
    if (is_network_filesystem_type(static_cast<unsigned long>(info.f_type))) return true;
    // FUSE serves local and remote file systems alike; the mount table says which program.
    constexpr unsigned long fuse_magic = 0x65735546;
    if (static_cast<unsigned long>(info.f_type) != fuse_magic) return false;
    std::ifstream table("/proc/self/mountinfo");
    const std::string mountinfo((std::istreambuf_iterator<char>(table)), std::istreambuf_iterator<char>());
    const auto resolved = std::filesystem::weakly_canonical(std::filesystem::absolute(probe, ec), ec);
    return is_network_mount_type(mount_type_of(mountinfo, resolved));
}

bool is_network_filesystem_type(unsigned long type) {
    // Magic numbers from linux/magic.h and the SMB2/CIFS headers.
    constexpr unsigned long network[] = {
        0x6969,      // NFS
        0x517B,      // SMB
        0xFF534D42,  // CIFS
        0xFE534D42,  // SMB2
        0x01021997,  // 9P (WSL, some VMs)
        0x73757245,  // CODA
        0x5346414F,  // AFS
        0x564C,      // NCP
    };
    for (const auto magic : network) {
        if (type == magic) return true;
    }
    return false;
}

void replace(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (std::rename(from.c_str(), to.c_str()) != 0) fail("rename", to);
    // Make the rename itself durable.
    const auto dir = to.has_parent_path() ? to.parent_path() : std::filesystem::path(".");
    FileDescriptor dfd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dfd.get() >= 0) ::fsync(dfd.get());
}

std::optional<std::string> read_secret(const std::string& prompt) {
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    termios saved{};
    const bool have_termios = ::tcgetattr(fd, &saved) == 0;
    if (have_termios) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    // The prompt only once echo is off: whatever is typed after it never shows.
    (void)!::write(fd, prompt.data(), prompt.size());
    std::string line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') line.push_back(c);
    if (have_termios) ::tcsetattr(fd, TCSAFLUSH, &saved);
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

}  // namespace pacta::platform::system
