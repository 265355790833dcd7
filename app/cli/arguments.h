#pragma once
// A small command-line parser: positional words, "--option value" and "--flag".

#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace pacta::cli {

// The command line is wrong; the message is already translated.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name;  // without the leading "--"
    bool takes_value = false;
};

class Arguments {
public:
    // Throws UsageError for an unknown option or an option missing its value.
    // "--help" is always accepted.
    static Arguments parse(std::span<const std::string> words, const std::vector<OptionSpec>& spec);

    [[nodiscard]] const std::vector<std::string>& positionals() const { return positionals_; }
    [[nodiscard]] bool flag(const std::string& name) const;
    [[nodiscard]] std::optional<std::string> value(const std::string& name) const;
    // Every value of an option given several times ("--firmante a=1 --firmante b=2").
    [[nodiscard]] std::vector<std::string> values(const std::string& name) const;
    [[nodiscard]] bool wants_help() const { return flag("help"); }

    // Throws UsageError unless there are between `min` and `max` positional words;
    // `what` names them for the message ("IMPORTE").
    void require_positionals(std::size_t min, std::size_t max, const std::string& what) const;

private:
    std::vector<std::string> positionals_;
    std::vector<std::pair<std::string, std::string>> options_;  // flags carry an empty value
};

}  // namespace pacta::cli
