#pragma once
// The words of what a person types in a search box, split the same way by both engines.

#include <string>
#include <vector>

namespace pacta::db {

// More words than anyone types: SQLite bounds the terms of a compound SELECT, and each word
// is one.
inline constexpr std::size_t most_search_words = 16;

// The words of `text`: what lies between blanks and the characters full-text queries give a
// meaning to (" * - , .). A word repeated counts once; past `most_search_words` different
// words, the rest are left out.
[[nodiscard]] std::vector<std::string> search_words(const std::string& text);

}  // namespace pacta::db
