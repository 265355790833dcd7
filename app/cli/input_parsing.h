#pragma once
// Turning command-line words into domain values; bad values are reported on the console.

#include <optional>
#include <string>

#include "arguments.h"
#include "console.h"
#include "pacta/domain/date.h"
#include "pacta/domain/money.h"

namespace pacta::cli {

// Today's date (UTC), the default for dates a command records.
[[nodiscard]] domain::Date today();

// The --moneda option (MXN by default); UsageError for an unknown code.
[[nodiscard]] domain::Currency currency_option(const Arguments& args);

// nullopt after reporting the findings.
[[nodiscard]] std::optional<domain::Money> parse_amount(const std::string& text, domain::Currency currency,
                                                        const Console& console);
[[nodiscard]] std::optional<domain::Date> parse_date(const std::string& text, const std::string& field,
                                                     const Console& console);
// A whole number; nullopt after reporting that `text` is not one.
[[nodiscard]] std::optional<int> parse_integer(const std::string& text, const std::string& field,
                                               const Console& console);

}  // namespace pacta::cli
