// Amounts as people type them, in each currency; the spelled-out cardinal reader and the
// ISR tariff reader share the same hostile-text concerns. The first byte picks the currency.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"
#include "pacta/domain/finding.h"
#include "pacta/domain/money.h"
#include "pacta/domain/number_words.h"
#include "pacta/domain/withholding.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pacta::domain;
    if (size == 0) return 0;
    constexpr Currency currencies[] = {Currency::MXN, Currency::PEN, Currency::USD};
    const Currency currency = currencies[data[0] % 3];
    const std::string_view text = pacta::fuzz::as_text(data + 1, size - 1);

    const MoneyParse parsed = parse_money(text, currency);
    if (parsed.value) {
        if (parsed.value->minor_units() < 0 || parsed.value->minor_units() > Money::max_minor_units) {
            __builtin_trap();  // parse_money promises neither negatives nor amounts past the maximum
        }
        (void)format_money(*parsed.value);
        (void)format_amount_digits(*parsed.value);
    }
    (void)currency_from_code(text);
    (void)parse_cardinal_words(text);
    try {
        (void)parse_monthly_tariff(2024, text);
    } catch (const RuleError&) {
    }
    return 0;
}
