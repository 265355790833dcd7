#pragma once
// What `pacta` does with its command line before any window or database is touched: --help
// and --version print and exit (no display needed); an unknown option is refused the same way.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace pacta::gui {

struct CommandLine {
    bool demo = false;  // --demo: the demonstration office, never the user's database
};

// The options understood, or the exit code when the program has already answered (help,
// version, or a refusal written to `err`).
struct CommandLineOutcome {
    std::optional<CommandLine> run;
    int exit_code = 0;
};

[[nodiscard]] CommandLineOutcome read_command_line(const std::vector<std::string>& arguments, std::ostream& out,
                                                   std::ostream& err);

}  // namespace pacta::gui
