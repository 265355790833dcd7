#pragma once
// Why a database could not be opened, in the user's language: the same words in pacta-cli
// and in the desktop's message box. Each caller maps the storage engine's exceptions to a
// reason (presentation does not know the engine).

#include <filesystem>
#include <string>

namespace pacta::presentation {

struct DatabaseOpenFailure {
    enum class Reason { network_drive, not_a_database, newer_schema, other };
    Reason reason = Reason::other;
    std::filesystem::path path;
    int found_schema = 0;      // newer_schema: the file's version
    int supported_schema = 0;  // newer_schema: the newest this Pacta reads
    std::string detail;        // other: what the engine said
};

[[nodiscard]] std::string describe(const DatabaseOpenFailure& failure);

}  // namespace pacta::presentation
