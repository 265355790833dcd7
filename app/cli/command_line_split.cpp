#include "command_line_split.h"

namespace pacta::cli {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Columns count characters, so an error after «revisión» points where a person looks.
bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }

}  // namespace

SplitLine split_command_line(std::string_view line) {
    SplitLine result;
    std::string word;
    bool in_word = false;  // '' and "" make an empty word, so "being in a word" is not word.empty()
    std::size_t column = 0;
    auto fail = [&](SplitProblem problem, std::size_t at) {
        result.error = SplitError{problem, at};
        return result;
    };
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (starts_character(c)) ++column;
        if (is_blank(c)) {
            if (in_word) result.words.push_back(std::move(word));
            word.clear();
            in_word = false;
            continue;
        }
        in_word = true;
        if (c == '\\') {
            if (i + 1 == line.size()) return fail(SplitProblem::trailing_backslash, column);
            // The escaped character may be several bytes long; its first byte counts as a column.
            word += line[++i];
            if (starts_character(line[i])) ++column;
            continue;
        }
        if (c == '\'' || c == '"') {
            const std::size_t opened_at = column;
            bool closed = false;
            while (++i < line.size()) {
                const char q = line[i];
                if (starts_character(q)) ++column;
                if (q == c) {
                    closed = true;
                    break;
                }
                // Inside double quotes a backslash escapes only " and \, as in sh.
                if (c == '"' && q == '\\' && i + 1 < line.size() && (line[i + 1] == '"' || line[i + 1] == '\\')) {
                    word += line[++i];
                    ++column;
                    continue;
                }
                word += q;
            }
            if (!closed) {
                return fail(c == '"' ? SplitProblem::unclosed_double_quote : SplitProblem::unclosed_single_quote,
                            opened_at);
            }
            continue;
        }
        word += c;
    }
    if (in_word) result.words.push_back(std::move(word));
    return result;
}

}  // namespace pacta::cli
