#include "pacta/db/search_words.h"

#include <algorithm>

namespace pacta::db {

std::vector<std::string> search_words(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        if (!word.empty() && std::find(out.begin(), out.end(), word) == out.end() && out.size() < most_search_words) {
            out.push_back(word);
        }
        word.clear();
    };
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '"' || c == '*' || c == '-' || c == ',' || c == '.') {
            flush();
        } else {
            word.push_back(c);
        }
    }
    flush();
    return out;
}

}  // namespace pacta::db
