#include "template_syntax.h"

namespace pacta::document::detail {

std::vector<std::string> split_words_of(const std::string& content) {
    std::vector<std::string> words;
    std::size_t k = 0;
    while (k < content.size()) {
        while (k < content.size() && is_space(content[k])) ++k;
        if (k >= content.size()) break;
        if (content[k] == '"') {
            const auto close = content.find('"', k + 1);
            const auto stop = close == std::string::npos ? content.size() : close;
            words.push_back("\"" + content.substr(k + 1, stop - k - 1));
            k = stop + 1;
        } else {
            const auto start = k;
            while (k < content.size() && !is_space(content[k])) ++k;
            words.push_back(content.substr(start, k - start));
        }
    }
    return words;
}

bool parse_condition(const std::vector<std::string>& w, Condition& c) {
    if (w.size() == 2) {
        c.op = Condition::Op::truthy;
        c.path = w[1];
        return valid_path(c.path);
    }
    if (w.size() == 3 && w[1] == "no") {
        c.op = Condition::Op::falsy;
        c.path = w[2];
        return valid_path(c.path);
    }
    if (w.size() == 4 && (w[2] == "==" || w[2] == "!=") && !w[3].empty() && w[3][0] == '"') {
        c.op = w[2] == "==" ? Condition::Op::equals : Condition::Op::not_equals;
        c.path = w[1];
        c.value = w[3].substr(1);
        return valid_path(c.path);
    }
    return false;
}

}  // namespace pacta::document::detail
