#pragma once
// The translated message of a domain finding: what is wrong, where, and how to fix it.

#include <string>

#include "pacta/domain/finding.h"

namespace pacta::locale {

// "CURP: el dígito verificador (posición 18) es «8» y debería ser «9»; ..."
[[nodiscard]] std::string describe(const domain::Finding& finding);

// Where in its line a template finding is: the line's excerpt and a caret under the column, on
// two lines indented by four spaces (empty when the finding has no excerpt). For monospaced
// output: the command line and the template editor's problem view.
[[nodiscard]] std::string excerpt_lines(const domain::Finding& finding);

// "error", "advertencia", "no verificable".
[[nodiscard]] std::string severity_label(domain::Severity severity);

// The label of a field as people read it ("CURP", "importe", "fecha de inicio").
[[nodiscard]] std::string field_label(const std::string& field);

// True when `code` has a message of its own (the tests check every code the domain emits).
[[nodiscard]] bool has_message(const std::string& code);
// Where a finding in a document is: "línea 91, página 2, cláusula CUARTA"; empty when unknown.
[[nodiscard]] std::string locate(const domain::Finding& finding);

}  // namespace pacta::locale
