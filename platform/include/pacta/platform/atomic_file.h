#pragma once
// Writing files so that a crash or kill never leaves a half-written file under the final
// name: write to a temporary name in the same directory, flush to disk, then rename.

#include <filesystem>
#include <string_view>

namespace pacta::platform {

// Replaces (or creates) `target` with `contents`. On failure throws std::system_error and
// leaves any previous `target` untouched; the temporary file is removed.
void write_file_atomically(const std::filesystem::path& target, std::string_view contents);

// For a file another library wrote at `temporary` (in `target`'s directory) without syncing:
// flushes it to disk, then renames it over `target`. Throws std::system_error.
void commit_file(const std::filesystem::path& temporary, const std::filesystem::path& target);

}  // namespace pacta::platform
