#pragma once
// The body of a template: its text with {{ expressions | filters }} and {% blocks %}.

#include <vector>

#include "template_syntax.h"

namespace pacta::document::detail {

// Parses the body from byte `begin` of the source; problems go to the source's findings.
[[nodiscard]] std::vector<Node> parse_body(SourceText& source, std::size_t begin);

}  // namespace pacta::document::detail
