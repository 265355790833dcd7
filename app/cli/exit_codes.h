#pragma once
// Exit codes shared by every pacta-cli command.

namespace pacta::cli {

enum ExitCode : int {
    exit_ok = 0,
    exit_invalid = 1,  // the input was checked and found invalid, or an operation failed
    exit_usage = 2,    // the command line itself is wrong
    exit_denied = 3,   // the user may not do this (or could not be logged in); audited
};

}  // namespace pacta::cli
