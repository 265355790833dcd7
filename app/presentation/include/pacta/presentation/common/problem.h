#pragma once
// One path for everything that goes wrong, whichever front end shows it. A problem is one of
// three kinds, told apart by the exception's type:
// - fixable: a rule or a check the person can satisfy (RuleError, InvalidInput, ServiceError);
//   it carries the findings (field, rule, value) so each front end can point at the field;
// - refused: their role or institution does not allow it (AccessDenied), already audited;
// - fault: the database, the disk or a library failed (anything else). The person reads a
//   plain message in their language; the technical detail goes to the fault log, a private
//   file in the user's data folder, never to the screen.

#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include "pacta/domain/access.h"
#include "pacta/domain/finding.h"

namespace pacta::presentation {

struct Problem {
    enum class Kind { fixable, refused, fault };
    Kind kind = Kind::fixable;
    std::string message;             // what a person reads, in the chosen language
    domain::Findings findings;       // fixable: each problem with its field, rule and value
    std::vector<domain::Role> roles_needed;  // refused: who may do it
    std::string detail;              // fault: what the engine said (already in the log)
};

// Classifies `e`; a fault is written to the fault log first.
[[nodiscard]] Problem problem_of(const std::exception& e);
// The same for the exception being handled, inside any catch block (also catch (...)).
[[nodiscard]] Problem current_problem();

// The fault log: pacta-errores.log in the user's data folder unless set (tests set their own).
void set_fault_log(const std::filesystem::path& file);
[[nodiscard]] std::filesystem::path fault_log();
// Appends one line (UTC time, where, detail) to the fault log, created 0600; the log is kept
// under 1 MB by renaming it to .1 when it grows past that. Never throws.
void log_fault(const std::string& where, const std::string& detail);

}  // namespace pacta::presentation
