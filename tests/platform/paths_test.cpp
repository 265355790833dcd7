#include "pacta/platform/paths.h"
#include "pacta/platform/mounts.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace pacta::platform {
namespace {

// Restores an environment variable when the test ends.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value) {
            ::setenv(name, value, 1);
        } else {
            ::unsetenv(name);
        }
    }
    ~ScopedEnv() {
        if (old_) {
            ::setenv(name_, old_->c_str(), 1);
        } else {
            ::unsetenv(name_);
        }
    }

private:
    const char* name_;
    std::optional<std::string> old_;
};

TEST(Paths, DesktopSettingsLiveInTheConfigFolderAndOldOnesAreMovedThere) {
    namespace fs = std::filesystem;
    const fs::path home = fs::temp_directory_path() / ("pacta-config-" + std::to_string(::getpid()));
    fs::remove_all(home);
    fs::create_directories(home);
    const ScopedEnv home_env("HOME", home.c_str());
    const ScopedEnv config_env("XDG_CONFIG_HOME", (home / "config").c_str());
    EXPECT_EQ(user_config_dir(), home / "config" / "pacta");
    // Settings an older Pacta kept in ~/.pacta move to the new file, once.
    { std::ofstream(home / ".pacta") << "[preferencias]\nidioma=en\n"; }
    const auto file = desktop_settings_file();
    EXPECT_EQ(file, home / "config" / "pacta" / "pacta.conf");
    EXPECT_FALSE(fs::exists(home / ".pacta"));
    std::ifstream in(file);
    const std::string moved((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(moved, "[preferencias]\nidioma=en\n");
    // When both exist the new one wins and the old one is left alone.
    { std::ofstream(home / ".pacta") << "viejo"; }
    EXPECT_EQ(desktop_settings_file(), file);
    EXPECT_TRUE(fs::exists(home / ".pacta"));
    std::ifstream again(file);
    EXPECT_EQ(std::string((std::istreambuf_iterator<char>(again)), std::istreambuf_iterator<char>()), moved);
    // Without XDG_CONFIG_HOME, ~/.config.
    const ScopedEnv no_config("XDG_CONFIG_HOME", nullptr);
    EXPECT_EQ(user_config_dir(), home / ".config" / "pacta");
    fs::remove_all(home);
}

TEST(Paths, NetworkFileSystemsAreRecognisedByTheirMagicNumber) {
    for (unsigned long nfs_smb_9p : {0x6969UL, 0x517BUL, 0xFF534D42UL, 0xFE534D42UL, 0x01021997UL}) {
        EXPECT_TRUE(is_network_filesystem_type(nfs_smb_9p)) << std::hex << nfs_smb_9p;
    }
    for (unsigned long local : {0xEF53UL /* ext4 */, 0x01021994UL /* tmpfs */, 0x58465342UL /* xfs */,
                                0x9123683EUL /* btrfs */}) {
        EXPECT_FALSE(is_network_filesystem_type(local)) << std::hex << local;
    }
    // The temporary directory here is local.
    EXPECT_FALSE(on_network_filesystem(std::filesystem::temp_directory_path()));
}

// A mount table as Linux writes it: the deepest mount holding the path decides, FUSE ones
// by the program serving them.
TEST(Paths, TheMountTableNamesSharesThatFuseServes) {
    const std::string mountinfo =
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        "40 22 0:38 / /home/ana/Red rw,nosuid - fuse.sshfs ana@servidor:/rrhh rw,user_id=1000\n"
        "41 22 0:39 / /run/user/1000/gvfs rw,nosuid shared:9 - fuse.gvfsd-fuse gvfsd-fuse rw\n"
        "42 22 0:40 / /mnt/nas rw - nfs4 nas:/export rw\n"
        "43 22 0:41 / /media/ana/USB\\040Datos rw - fuseblk /dev/sdb1 rw\n"
        "44 42 0:42 / /mnt/nas/local rw - ext4 /dev/sdc1 rw\n";
    EXPECT_EQ(mount_type_of(mountinfo, "/home/ana/Red/pacta.sqlite3"), "fuse.sshfs");
    EXPECT_EQ(mount_type_of(mountinfo, "/home/ana/Redes/pacta.sqlite3"), "ext4");  // a sibling, not inside
    EXPECT_EQ(mount_type_of(mountinfo, "/run/user/1000/gvfs/smb-share:server=rh,share=datos/p.sqlite3"),
              "fuse.gvfsd-fuse");
    EXPECT_EQ(mount_type_of(mountinfo, "/mnt/nas/contratos/p.sqlite3"), "nfs4");
    EXPECT_EQ(mount_type_of(mountinfo, "/mnt/nas/local/p.sqlite3"), "ext4");
    EXPECT_EQ(mount_type_of(mountinfo, "/media/ana/USB Datos/p.sqlite3"), "fuseblk");
    EXPECT_EQ(mount_type_of("", "/x"), "");
    for (const char* remote : {"fuse.sshfs", "fuse.gvfsd-fuse", "fuse.rclone", "nfs4", "cifs", "9p"}) {
        EXPECT_TRUE(is_network_mount_type(remote)) << remote;
    }
    for (const char* local : {"ext4", "fuseblk", "fuse.ntfs-3g", "fuse", "tmpfs", "fuse.sshfsx", ""}) {
        EXPECT_FALSE(is_network_mount_type(local)) << local;
    }
}

TEST(Paths, DataDirFollowsXdg) {
    ScopedEnv xdg("XDG_DATA_HOME", "/tmp/xdg-test");
    EXPECT_EQ(user_data_dir(), std::filesystem::path("/tmp/xdg-test/pacta"));
    EXPECT_EQ(default_database_path(), std::filesystem::path("/tmp/xdg-test/pacta/pacta.sqlite3"));
}

TEST(Paths, DataDirDefaultsToLocalShare) {
    ScopedEnv xdg("XDG_DATA_HOME", nullptr);
    ScopedEnv home("HOME", "/home/clerk");
    EXPECT_EQ(user_data_dir(), std::filesystem::path("/home/clerk/.local/share/pacta"));
}

TEST(Paths, MessagesDirIsNextToBin) {
    ScopedEnv override_dir("PACTA_LOCALEDIR", nullptr);
    const auto exe = executable_path();
    ASSERT_FALSE(exe.empty());
    EXPECT_TRUE(std::filesystem::exists(exe));
    EXPECT_EQ(messages_dir(), exe.parent_path().parent_path() / "share" / "locale");
}

TEST(Paths, MessagesDirOverride) {
    ScopedEnv override_dir("PACTA_LOCALEDIR", "/opt/catalogs");
    EXPECT_EQ(messages_dir(), std::filesystem::path("/opt/catalogs"));
}

}  // namespace
}  // namespace pacta::platform
