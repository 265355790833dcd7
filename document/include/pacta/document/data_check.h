#pragma once
// Checks contract data against a template's declarations and computes its derived values.
// Every missing or invalid field is reported at once; nothing is rendered from bad data.

#include <optional>
#include <string>

#include "pacta/document/data.h"
#include "pacta/document/template.h"
#include "pacta/domain/date.h"
#include "pacta/domain/schedule.h"

namespace pacta::document {

struct DataCheck {
    DataValue data;             // normalised values plus the derived ones
    domain::Findings findings;  // field = the data path ("prestador.curp", "firmantes[2].nombre")
};

// `calendar` gives the holidays a due rule in business days skips (none when null).
[[nodiscard]] DataCheck check_data(const Template& tmpl, const DataValue& data,
                                   const domain::BusinessCalendar* calendar = nullptr);

// A `sexo` value as people write it, in the template's country ("PE": M masculino, F
// femenino; otherwise H hombre, M mujer; the words in either): "hombre" or "mujer", or
// nullopt when it is neither.
[[nodiscard]] std::optional<std::string> normalise_sex(const std::string& raw, const std::string& country);

// "68858.30": the canonical text form of an amount in data files.
[[nodiscard]] std::string canonical_amount(domain::Money amount);

}  // namespace pacta::document
