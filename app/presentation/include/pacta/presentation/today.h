#pragma once
// "Today" for the rules that depend on it (moves by date, what is due, what ends soon).

#include "pacta/domain/date.h"

namespace pacta::presentation {

// $PACTA_FECHA_HOY (AAAA-MM-DD) when set — tests and rehearsals fix the day — else the
// clock's date. The audit trail's timestamps always use the clock.
[[nodiscard]] domain::Date today();

}  // namespace pacta::presentation
