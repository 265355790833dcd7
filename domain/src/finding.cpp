#include "pacta/domain/finding.h"

#include <algorithm>

namespace pacta::domain {

Finding& Finding::with(std::string key, std::string value) {
    params.emplace_back(std::move(key), std::move(value));
    return *this;
}

std::string Finding::param(std::string_view key) const {
    for (const auto& [k, v] : params) {
        if (k == key) return v;
    }
    return {};
}

bool has_errors(const Findings& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::error; });
}

RuleError::RuleError(Finding finding) : std::runtime_error(finding.code), finding_(std::move(finding)) {}

}  // namespace pacta::domain
