#pragma once
// Characters a template's text may not hold (pacta/domain/clean_text.h): found with the line
// and column a lawyer's editor shows.

#include <optional>
#include <string_view>

#include "pacta/domain/finding.h"

namespace pacta::document::detail {

// "template.disallowed_character" at the first control or private-use character, else nullopt.
[[nodiscard]] std::optional<domain::Finding> disallowed_in_template(std::string_view text, std::string_view name);

}  // namespace pacta::document::detail
