#pragma once
// The small pieces of the template language's syntax the header and body parsers share.

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pacta/document/template.h"
#include "pacta/domain/finding.h"

namespace pacta::document::detail {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

inline std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && (is_space(s.back()) || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

// "prestador.curp": lower-case letters, digits, "_", "-", and dots between names.
inline bool valid_path(std::string_view path) {
    if (path.empty() || path.front() == '.' || path.back() == '.') return false;
    return std::all_of(path.begin(), path.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    });
}

// The words of a {% tag %}; a quoted word keeps its opening quote ("\"valor") to tell it apart.
[[nodiscard]] std::vector<std::string> split_words_of(const std::string& content);

// A template's text and the findings about it: positions as line and column, and each error
// with an excerpt of its line and a caret under the column (a one-line paragraph of 800
// characters is hard to search by column alone).
class SourceText {
public:
    SourceText(std::string_view text, std::string name);

    [[nodiscard]] std::string_view text() const { return text_; }
    [[nodiscard]] const std::string& name() const { return name_; }
    [[nodiscard]] std::pair<int, int> position(std::size_t offset) const;
    domain::Finding& error(std::string code, std::size_t offset);
    // An expression written at byte `offset` of the file, its offsets made the file's; a syntax
    // error becomes a finding there.
    std::optional<Expr> expression(std::string_view source, std::size_t offset);
    // The byte offset of a line and column (both 1-based, the column in characters).
    [[nodiscard]] std::size_t offset_of(int line, int column) const;
    [[nodiscard]] domain::Findings& findings() { return findings_; }

private:
    std::string_view text_;
    std::string name_;
    std::vector<std::size_t> line_starts_;
    domain::Findings findings_;
};

// Adds to a finding the excerpt of `line_text` around `column` (1-based, in characters) and
// the caret's place in it (params "excerpt", "caret").
void add_excerpt(domain::Finding& finding, std::string_view line_text, int column);

// The declared name nearest to a misspelt one (edit distance at most a third of its length),
// or empty: "prestador.nombr" -> "prestador.nombre".
[[nodiscard]] std::string nearest_name(std::string_view wrong, const std::vector<std::string>& candidates);

}  // namespace pacta::document::detail
