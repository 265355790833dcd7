#include "pacta/platform/paths.h"

#include <gtest/gtest.h>

#include <cstdlib>

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
