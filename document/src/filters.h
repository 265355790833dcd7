#pragma once
// The filters of the template language: {{valor | filtro | filtro("a", "b")}}.

#include <string>

#include "pacta/document/template.h"

namespace pacta::document::detail {

struct FilterContext {
    domain::Currency currency = domain::Currency::MXN;
    domain::OrdinalStyle ordinal_style = domain::OrdinalStyle::two_words;
};

// Throws domain::RuleError (code template.filter_input) when the value does not suit the
// filter, such as a date filter on a value that is not a date.
[[nodiscard]] std::string apply_filter(const Filter& filter, const std::string& value, const FilterContext& ctx);

}  // namespace pacta::document::detail
