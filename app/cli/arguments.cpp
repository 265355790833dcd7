#include "arguments.h"

#include <algorithm>

#include "pacta/locale/catalog.h"

namespace pacta::cli {

using locale::fill;
using locale::tr;

Arguments Arguments::parse(std::span<const std::string> words, const std::vector<OptionSpec>& spec) {
    Arguments args;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word.size() < 3 || word.rfind("--", 0) != 0) {
            args.positionals_.push_back(word);
            continue;
        }
        std::string name = word.substr(2);
        std::optional<std::string> inline_value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name.erase(eq);
        }
        if (name == "help") {
            args.options_.emplace_back("help", "");
            continue;
        }
        const auto known = std::find_if(spec.begin(), spec.end(),
                                        [&](const OptionSpec& s) { return s.name == name; });
        if (known == spec.end()) {
            throw UsageError(fill(tr("unknown option «--{name}»"), {{"name", name}}));
        }
        if (!known->takes_value) {
            args.options_.emplace_back(name, "");
            continue;
        }
        if (inline_value) {
            args.options_.emplace_back(name, *inline_value);
        } else if (i + 1 < words.size()) {
            args.options_.emplace_back(name, words[++i]);
        } else {
            throw UsageError(fill(tr("option «--{name}» needs a value"), {{"name", name}}));
        }
    }
    return args;
}

bool Arguments::flag(const std::string& name) const {
    return std::any_of(options_.begin(), options_.end(), [&](const auto& o) { return o.first == name; });
}

std::optional<std::string> Arguments::value(const std::string& name) const {
    // The last occurrence wins, as in most command-line tools.
    for (auto it = options_.rbegin(); it != options_.rend(); ++it) {
        if (it->first == name) return it->second;
    }
    return std::nullopt;
}

std::vector<std::string> Arguments::values(const std::string& name) const {
    std::vector<std::string> out;
    for (const auto& [key, value] : options_) {
        if (key == name) out.push_back(value);
    }
    return out;
}

void Arguments::require_positionals(std::size_t min, std::size_t max, const std::string& what) const {
    if (positionals_.size() < min) {
        throw UsageError(fill(tr("missing argument: {what}"), {{"what", what}}));
    }
    if (positionals_.size() > max) {
        throw UsageError(fill(tr("unexpected argument «{word}»"), {{"word", positionals_[max]}}));
    }
}

}  // namespace pacta::cli
