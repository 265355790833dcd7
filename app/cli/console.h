#pragma once
// Where a command writes: results to standard output, findings and errors to standard error.

#include <iosfwd>
#include <string>

#include "pacta/domain/finding.h"

namespace pacta::cli {

struct Console {
    std::ostream& out;
    std::ostream& err;

    // "error: CURP: ..." / "advertencia: ..."
    void report(const domain::Finding& finding) const;
    // Reports every finding; returns true when none is an error.
    bool report_all(const domain::Findings& findings) const;
    void error(const std::string& message) const;
};

}  // namespace pacta::cli
