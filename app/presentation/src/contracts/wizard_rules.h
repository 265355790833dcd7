#pragma once
// What the wizard's data step refuses as values are typed, beside the field: an amount of
// zero, a term that ends before it starts, and (when the template names its fiscal year) a
// term outside that year. The contract checker says the same later; here it stops «Siguiente».
#include <map>
#include <string>

#include "pacta/document/data.h"
#include "pacta/document/template.h"

namespace pacta::presentation::detail {

// Field path -> what is wrong with it, in the person's language.
[[nodiscard]] std::map<std::string, std::string> wizard_rule_errors(const document::Template& tmpl,
                                                                    const document::DataValue& data);

}  // namespace pacta::presentation::detail
