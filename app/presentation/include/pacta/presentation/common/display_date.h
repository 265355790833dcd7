#pragma once
// Dates as the institution writes them (dd/mm/aaaa), months by name and times in local time,
// for what a screen shows; the stores keep ISO dates and UTC timestamps, and lists sort and
// filter on those (display_sort_key turns a shown date back into one).

#include <string>
#include <string_view>

namespace pacta::presentation {

// "2024-03-15" or "2024-03-15T10:20:30Z" → "15/03/2024"; anything else is returned as it is.
[[nodiscard]] std::string display_date(std::string_view iso);

// "2024-03-15T16:20:30Z" (UTC) → "15/03/2024 10:20:30" in this computer's time zone;
// anything else is returned as it is.
[[nodiscard]] std::string display_timestamp(std::string_view iso);

// "2024-03" → "marzo de 2024" (in English "March 2024"); anything else as it is.
[[nodiscard]] std::string display_month(std::string_view iso_month);

// What a list compares for a shown cell: "15/03/2024" → "2024-03-15", anything else as it is.
[[nodiscard]] std::string display_sort_key(std::string_view cell);

}  // namespace pacta::presentation
