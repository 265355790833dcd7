#pragma once
// A finding is a rule breach returned as a value: a stable code, a severity, the field it
// concerns and named parameters. The Spanish message is produced at the edge (locale/),
// never here, so rules stay testable and translatable.

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pacta::domain {

enum class Severity {
    error,         // the value cannot be used
    warning,       // usable, but a person should look at it
    unverifiable,  // the rule could not be checked with the data at hand
};

struct Finding {
    std::string code;   // stable identifier, e.g. "id.check_digit"
    Severity severity = Severity::error;
    std::string field;  // the input it concerns, e.g. "curp", "importe"
    std::vector<std::pair<std::string, std::string>> params;

    Finding() = default;
    Finding(std::string code_, Severity severity_, std::string field_)
        : code(std::move(code_)), severity(severity_), field(std::move(field_)) {}

    // Adds a named parameter; returns *this so findings read as one expression.
    Finding& with(std::string key, std::string value);
    // The value of a parameter, or an empty string when it is absent.
    [[nodiscard]] std::string param(std::string_view key) const;
};

using Findings = std::vector<Finding>;

[[nodiscard]] bool has_errors(const Findings& findings);

// Thrown when an operation cannot do its job because its input breaks a rule
// (an ordinal past 100, a term that ends before it starts). Carries the finding
// so the caller can show the same translated message as for returned findings.
class RuleError : public std::runtime_error {
public:
    explicit RuleError(Finding finding);
    [[nodiscard]] const Finding& finding() const noexcept { return finding_; }

private:
    Finding finding_;
};

}  // namespace pacta::domain
