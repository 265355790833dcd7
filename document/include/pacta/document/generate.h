#pragma once
// Template + data -> document model: checks the data (every problem at once), computes the
// derived values, evaluates the template and parses its Markdown.

#include <optional>

#include "pacta/document/data.h"
#include "pacta/document/model.h"
#include "pacta/document/template.h"
#include "pacta/domain/schedule.h"

namespace pacta::document {

struct Generation {
    std::optional<Document> document;  // absent when any finding is an error
    domain::Findings findings;
    DataValue data;                    // normalised, with derived values
};

// `calendar`: the holidays a due rule in business days skips (none when null).
[[nodiscard]] Generation generate(const Template& tmpl, const DataValue& data,
                                  const domain::BusinessCalendar* calendar = nullptr);

}  // namespace pacta::document
