#pragma once
// The small pieces of the template language's syntax the header and body parsers share.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "pacta/document/template.h"

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

// si RUTA | si no RUTA | si RUTA == "valor" | si RUTA != "valor"; false when it is none of them.
[[nodiscard]] bool parse_condition(const std::vector<std::string>& words, Condition& condition);

}  // namespace pacta::document::detail
