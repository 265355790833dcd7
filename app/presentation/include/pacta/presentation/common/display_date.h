#pragma once
// Dates as the institution writes them (dd/mm/aaaa) for what a screen shows; the stores keep
// ISO dates, and filters and sorting keep working on those.

#include <string>
#include <string_view>

namespace pacta::presentation {

// "2024-03-15" or "2024-03-15T10:20:30Z" → "15/03/2024"; anything else is returned as it is.
[[nodiscard]] std::string display_date(std::string_view iso);

// "2024-03-15T10:20:30Z" → "15/03/2024 10:20:30 UTC"; anything else is returned as it is.
[[nodiscard]] std::string display_timestamp(std::string_view iso);

}  // namespace pacta::presentation
