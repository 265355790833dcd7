#include "console.h"

#include <ostream>

#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"

namespace pacta::cli {

void Console::report(const domain::Finding& finding) const {
    err << locale::severity_label(finding.severity) << ": " << locale::describe(finding) << '\n';
    if (const auto where = locale::excerpt_lines(finding); !where.empty()) err << where << '\n';
}

bool Console::report_all(const domain::Findings& findings) const {
    for (const auto& f : findings) report(f);
    return !domain::has_errors(findings);
}

void Console::error(const std::string& message) const {
    err << locale::severity_label(domain::Severity::error) << ": " << message << '\n';
}

}  // namespace pacta::cli
