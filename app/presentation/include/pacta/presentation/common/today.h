#pragma once
// "Today" for the rules that depend on it (moves by date, what is due, what ends soon).

#include "pacta/domain/date.h"

namespace pacta::presentation {

// The clock's date. Test builds (PACTA_DATE_OVERRIDE) honour $PACTA_FECHA_HOY (AAAA-MM-DD)
// so the tests can fix the day; Release never does. The audit trail's timestamps always use
// the clock.
[[nodiscard]] domain::Date today();

}  // namespace pacta::presentation
