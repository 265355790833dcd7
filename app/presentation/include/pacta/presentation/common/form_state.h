#pragma once
// What every editing form holds: each field's text by name, what is wrong with it, and
// whether anything changed since it was loaded or saved (to ask before closing).

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace pacta::presentation {

class FormState {
public:
    [[nodiscard]] std::string value(const std::string& field) const {
        const auto it = values_.find(field);
        return it == values_.end() ? std::string() : it->second;
    }
    // What is wrong with a field, in Spanish; empty when nothing.
    [[nodiscard]] std::string error(const std::string& field) const {
        const auto it = errors_.find(field);
        return it == errors_.end() ? std::string() : it->second;
    }
    [[nodiscard]] bool has_errors() const { return !errors_.empty(); }
    // A field holding several values (check boxes) keeps them as "a, b, c".
    [[nodiscard]] static std::vector<std::string> split_list(const std::string& text) {
        std::vector<std::string> out;
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t comma = std::min(text.find(',', start), text.size());
            std::string item = text.substr(start, comma - start);
            item.erase(0, item.find_first_not_of(' '));
            item.erase(item.find_last_not_of(' ') + 1);
            if (!item.empty()) out.push_back(item);
            start = comma + 1;
        }
        return out;
    }
    [[nodiscard]] static std::string join_list(const std::vector<std::string>& values) {
        std::string out;
        for (const auto& v : values) out += (out.empty() ? "" : ", ") + v;
        return out;
    }
    // True when a value differs from what was loaded or last saved.
    // (A field never set and one set to "" are the same.)
    [[nodiscard]] bool modified() const { return without_empty(values_) != without_empty(saved_); }

protected:
    void mark_saved() { saved_ = values_; }

    std::map<std::string, std::string> values_;
    std::map<std::string, std::string> errors_;

private:
    static std::map<std::string, std::string> without_empty(std::map<std::string, std::string> values) {
        std::erase_if(values, [](const auto& entry) { return entry.second.empty(); });
        return values;
    }
    std::map<std::string, std::string> saved_;
};

}  // namespace pacta::presentation
