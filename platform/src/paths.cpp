#include "pacta/platform/paths.h"

#include <cstdlib>

#include "system.h"

namespace pacta::platform {

std::optional<std::string> environment(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') return std::nullopt;
    return std::string(value);
}

std::filesystem::path user_data_dir() {
    if (auto xdg = environment("XDG_DATA_HOME")) return std::filesystem::path(*xdg) / "pacta";
    return system::home_dir() / ".local" / "share" / "pacta";
}

std::filesystem::path user_config_dir() {
    if (auto xdg = environment("XDG_CONFIG_HOME")) return std::filesystem::path(*xdg) / "pacta";
    return system::home_dir() / ".config" / "pacta";
}

std::filesystem::path desktop_settings_file() {
    namespace fs = std::filesystem;
    const auto file = user_config_dir() / "pacta.conf";
    std::error_code ignored;
    fs::create_directories(file.parent_path(), ignored);
    const auto legacy = system::home_dir() / ".pacta";
    if (!fs::exists(file, ignored) && fs::is_regular_file(legacy, ignored)) {
        // Same file system as a rule; otherwise copy it and leave the old one behind.
        fs::rename(legacy, file, ignored);
        if (ignored) fs::copy_file(legacy, file, ignored);
    }
    return file;
}

std::filesystem::path default_database_path() { return user_data_dir() / "pacta.sqlite3"; }

std::filesystem::path executable_path() { return system::executable_path(); }

std::filesystem::path messages_dir() {
    if (auto dir = environment("PACTA_LOCALEDIR")) return *dir;
    const auto exe = executable_path();
    if (exe.empty()) return "/usr/share/locale";
    return exe.parent_path().parent_path() / "share" / "locale";
}

bool on_network_filesystem(const std::filesystem::path& path) { return system::on_network_filesystem(path); }

bool is_network_filesystem_type(unsigned long type) { return system::is_network_filesystem_type(type); }

std::string system_user() {
    if (auto user = environment("USER")) return *user;
    if (auto user = environment("USERNAME")) return *user;
    return system::login_name();
}

std::filesystem::path data_dir() {
    if (auto dir = environment("PACTA_DATADIR")) return *dir;
    const auto exe = executable_path();
    if (exe.empty()) return "/usr/share/pacta";
    return exe.parent_path().parent_path() / "share" / "pacta";
}

}  // namespace pacta::platform
