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
