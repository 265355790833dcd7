#pragma once
// One line of a «pacta-cli lote» file split into words as a POSIX shell would: blanks
// separate words, '...' keeps everything literally, "..." keeps everything but \" and \\,
// and outside quotes a backslash takes the next character as it is. No variables, globs or
// trailing comments: a lote file runs commands, not a shell.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::cli {

enum class SplitProblem {
    unclosed_single_quote,
    unclosed_double_quote,
    trailing_backslash,  // a backslash with nothing after it
};

struct SplitError {
    SplitProblem problem;
    std::size_t column;  // 1-based, in characters (UTF-8 code points), where the quote or backslash is
};

struct SplitLine {
    std::vector<std::string> words;
    std::optional<SplitError> error;  // when set, `words` is incomplete and must not run
};

[[nodiscard]] SplitLine split_command_line(std::string_view line);

}  // namespace pacta::cli
