#pragma once
// What every editing form holds: each field's text by name, what is wrong with it, and
// whether anything changed since it was loaded or saved (to ask before closing).

#include <map>
#include <string>

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
