#pragma once
// The one schedule of a contract: what its template's exhibiciones()/calendario() print is
// what is stored as its instalments, by the template's @calendario rule over its @vigencia.

#include <vector>

#include "pacta/document/data.h"
#include "pacta/document/template.h"
#include "pacta/domain/schedule.h"

namespace pacta::document {

// The instalments for checked data (check_data's result); empty when the template computes no
// schedule or the data lacks the total or the term. Throws domain::RuleError for a schedule
// the rule refuses (more instalments than days...).
[[nodiscard]] std::vector<domain::Instalment> template_schedule(const Template& tmpl, const DataValue& checked,
                                                                const domain::BusinessCalendar& calendar);

}  // namespace pacta::document
