#pragma once
// The personal values of a contract's data, as the public-version checks need them.

#include <vector>

#include "pacta/document/data.h"
#include "pacta/document/model.h"
#include "pacta/document/template.h"
#include "pacta/domain/finding.h"

namespace pacta::document {

// Every personal field's values (each item of a list), with their printed forms. Identifying:
// the types curp, rfc, dni, ruc, clabe and fecha, and texts with a digit, an "@" or three
// words or more (an address, a telephone, an e-mail); the rest (a nationality, a marital
// status, an age) is low-entropy.
[[nodiscard]] std::vector<PersonalValue> personal_values(const Template& tmpl, const DataValue& data);

// "data.personal_elsewhere" for each text of a field that is not personal holding an
// identifying personal value (a DNI typed as a signatory's post): the public version would
// show it.
[[nodiscard]] domain::Findings personal_values_elsewhere(const Template& tmpl, const DataValue& data,
                                                        const std::vector<PersonalValue>& personal);

}  // namespace pacta::document
