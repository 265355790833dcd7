#include "pacta/platform/atomic_file.h"

#include <atomic>
#include <chrono>
#include <string>

#include "system.h"

namespace pacta::platform {

namespace {

// A name no other writer uses at the same moment: hidden, same directory (so the rename
// stays on one file system), unique per call.
std::filesystem::path temporary_name_for(const std::filesystem::path& target) {
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    // Appended piece by piece: GCC 12's -Wrestrict misfires on `"." + std::string` in Release.
    std::string name = ".";
    name.append(target.filename().string());
    name.append(".tmp-");
    name.append(std::to_string(stamp));
    name.push_back('-');
    name.append(std::to_string(counter.fetch_add(1)));
    return target.parent_path() / name;
}

}  // namespace

void write_file_atomically(const std::filesystem::path& target, std::string_view contents) {
    const auto temporary = temporary_name_for(target);
    try {
        system::write_and_sync(temporary, contents);
        system::replace(temporary, target);
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw;
    }
}

void commit_file(const std::filesystem::path& temporary, const std::filesystem::path& target) {
    system::sync_file(temporary);
    system::replace(temporary, target);
}

}  // namespace pacta::platform
