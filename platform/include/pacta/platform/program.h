#pragma once
// Running another program (the office server's pg_dump and pg_restore) and hearing what it
// said: its arguments as a list (never through a shell), extra environment variables for it
// alone (a password stays off its command line), its exit status and what it wrote on stderr.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace pacta::platform {

struct ProgramRun {
    int status = -1;     // the exit status; -1 when it could not be started or was killed
    std::string errors;  // what it wrote on stderr (the last 64 KiB)
};

// Runs `program` (a path, or a name looked up in PATH) with `arguments`, with `environment`
// added to this process's, and waits for it.
[[nodiscard]] ProgramRun run_program(const std::filesystem::path& program, const std::vector<std::string>& arguments,
                                     const std::map<std::string, std::string>& environment = {});

// The first of `candidates` that exists and is executable, else `name` found in PATH; empty
// when there is none.
[[nodiscard]] std::filesystem::path find_program(const std::string& name,
                                                 const std::vector<std::filesystem::path>& candidates = {});

}  // namespace pacta::platform
