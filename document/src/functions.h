#pragma once
// The functions of template expressions: edad, vigencia, exhibiciones, calendario, cuenta,
// min, max, concordar... (docs/plantillas.md §3). catalogue.h lists them for the checker.

#include <string>
#include <vector>

#include "expression_eval.h"

namespace pacta::document::detail {

// Throws domain::RuleError when an argument does not suit the function.
[[nodiscard]] Value call_function(const std::string& name, const std::vector<Value>& args, const EvalContext& ctx,
                                  int line, int column);

// The schedule a template's @calendario rule gives for `total` over the term @vigencia names
// (count ignored under the monthly rule); empty when the term is not in the data.
[[nodiscard]] std::vector<domain::Instalment> schedule_for(domain::Money total, int count, const EvalContext& ctx);

}  // namespace pacta::document::detail
