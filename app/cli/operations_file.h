#pragma once
// A «pacta-cli lote» file: one pacta-cli command line per line, read and checked whole
// before anything runs, so a typo on line 9,000 does not leave 8,999 operations done and
// the rest waiting.

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace pacta::cli {

struct Operation {
    std::size_t line = 0;            // 1-based, as an editor shows it
    std::vector<std::string> words;  // as typed after «pacta-cli»
};

struct OperationsFile {
    std::vector<Operation> operations;
    // Lines that cannot run in a lote, each message translated and naming its line.
    std::vector<std::string> problems;
};

// Blank lines and lines whose first non-blank character is '#' are skipped. `name` is how
// messages call the file.
[[nodiscard]] OperationsFile read_operations(std::istream& in, const std::string& name);

// Why `words` may not run inside a lote (translated), or nullopt when it may: another lote,
// global options (the lote's own database and login serve every line), and whatever asks for
// a password or replaces the database under the other lines.
[[nodiscard]] std::optional<std::string> refusal_in_lote(const std::vector<std::string>& words);

}  // namespace pacta::cli
