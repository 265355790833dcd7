#pragma once
// The last pass over a parsed template: every name its body uses, checked against what its
// header declares.

#include "pacta/document/template.h"
#include "pacta/domain/finding.h"

namespace pacta::document::detail {

// Fields (in the scope of their loops), filters and their arguments, clause references,
// signature lists; duplicate and nested clauses. Findings carry line and column.
[[nodiscard]] domain::Findings check_template_names(const Template& tmpl);

}  // namespace pacta::document::detail
