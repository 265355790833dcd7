// Strict ISO dates and the holiday files built from them.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"
#include "pacta/domain/date.h"
#include "pacta/domain/finding.h"
#include "pacta/domain/schedule.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pacta::domain;
    const std::string_view text = pacta::fuzz::as_text(data, size);
    const DateParse parsed = parse_iso_date(text);
    if (parsed.value) {
        // A strict parser reads back exactly what it accepted.
        if (parsed.value->iso() != text) __builtin_trap();
        (void)parsed.value->is_last_day_of_month();
    }
    try {
        (void)parse_holiday_calendar(text, "fuzz.txt");
    } catch (const RuleError&) {
    }
    return 0;
}
