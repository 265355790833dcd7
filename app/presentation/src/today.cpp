#include "pacta/presentation/today.h"

#include <chrono>

#include "pacta/platform/paths.h"

namespace pacta::presentation {

domain::Date today() {
    if (const auto fixed = platform::environment("PACTA_FECHA_HOY")) {
        if (const auto date = domain::parse_iso_date(*fixed).value) return *date;
    }
    return domain::Date::from_days(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

}  // namespace pacta::presentation
