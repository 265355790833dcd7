#pragma once
// Why a database could not be opened, in the user's language: the same words in pacta-cli
// and in the desktop's message box. Each caller maps the storage engine's exceptions to a
// reason (presentation does not know the engine).

#include <exception>
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

// The reason behind `e`, given the engine's exception types for each (so this header names
// no engine): Network and NotADatabase are matched by type, Newer also gives its versions
// through found() and supported().
template <class Network, class NotADatabase, class Newer>
[[nodiscard]] DatabaseOpenFailure open_failure_of(const std::exception& e, const std::filesystem::path& path) {
    using Reason = DatabaseOpenFailure::Reason;
    if (dynamic_cast<const Network*>(&e)) return {Reason::network_drive, path, 0, 0, {}};
    if (dynamic_cast<const NotADatabase*>(&e)) return {Reason::not_a_database, path, 0, 0, {}};
    if (const auto* newer = dynamic_cast<const Newer*>(&e)) return {Reason::newer_schema, path, newer->found(), newer->supported(), {}};
    return {Reason::other, path, 0, 0, e.what()};
}

}  // namespace pacta::presentation
