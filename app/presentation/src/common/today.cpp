#include "pacta/presentation/common/today.h"

#include <chrono>

#if PACTA_DATE_OVERRIDE
#include "pacta/platform/paths.h"
#endif

namespace pacta::presentation {

domain::Date today() {
#if PACTA_DATE_OVERRIDE
    // Test builds only: a Release binary does not contain the variable's name at all.
    if (const auto fixed = platform::environment("PACTA_FECHA_HOY")) {
        if (const auto date = domain::parse_iso_date(*fixed).value) return *date;
    }
#endif
    return domain::Date::from_days(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

}  // namespace pacta::presentation
