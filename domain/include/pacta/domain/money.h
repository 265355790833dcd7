#pragma once
// Money as integer minor units (centavos, céntimos) with an ISO currency. Never double.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pacta/domain/finding.h"

namespace pacta::domain {

enum class Currency { MXN, PEN, USD };

// Regional conventions an institution follows (Mexico or Peru).
enum class FormatProfile { es_MX, es_PE };

[[nodiscard]] std::string_view currency_code(Currency currency);
[[nodiscard]] std::optional<Currency> currency_from_code(std::string_view code);
[[nodiscard]] Currency default_currency(FormatProfile profile);

// More instalments than any contract has (a daily fee over almost three years): a number
// past it is a typing slip or a crafted file, and would only exhaust memory.
inline constexpr int max_instalments = 1000;

class Money {
public:
    // 999,999,999,999.99: the largest amount Pacta spells out and stores.
    static constexpr std::int64_t max_minor_units = 99'999'999'999'999;

    constexpr Money(std::int64_t minor_units, Currency currency)
        : minor_units_(minor_units), currency_(currency) {}

    static Money from_units(std::int64_t whole, std::int64_t cents, Currency currency) {
        return Money(whole * 100 + cents, currency);
    }

    [[nodiscard]] constexpr std::int64_t minor_units() const { return minor_units_; }
    [[nodiscard]] constexpr Currency currency() const { return currency_; }
    [[nodiscard]] constexpr std::int64_t whole_units() const { return minor_units_ / 100; }
    [[nodiscard]] constexpr int cents() const { return static_cast<int>(minor_units_ % 100); }

    // Splits into `parts` equal amounts; the cents left over go to the last one, so the
    // parts always add up to the total (100.00 / 3 -> 33.33, 33.33, 33.34).
    [[nodiscard]] std::vector<Money> split_evenly(int parts) const;

    friend Money operator+(Money a, Money b);
    friend Money operator-(Money a, Money b);
    friend constexpr bool operator==(Money a, Money b) = default;
    friend std::strong_ordering operator<=>(Money a, Money b);

private:
    std::int64_t minor_units_;
    Currency currency_;
};

// Display per profile: es_MX "$68,858.30", es_PE "S/ 68,858.30" (U+00A0 after the symbol,
// as ICU writes it, so the symbol never ends a line apart from its figure).
[[nodiscard]] std::string format_money(Money amount);
// The figure alone, with thousands separators: "68,858.30".
[[nodiscard]] std::string format_amount_digits(Money amount);

struct MoneyParse {
    std::optional<Money> value;
    Findings findings;
};

// Lenient parsing of what people type: "68858.3", "68,858.30", "$ 68,858.30", "S/ 1,500",
// "100.000,00". Rejects negative, ambiguous ("1.500") and over-precise ("10.505") input
// with a finding that says where (column, 1-based, in characters).
[[nodiscard]] MoneyParse parse_money(std::string_view text, Currency currency,
                                     std::string_view field = "importe");

}  // namespace pacta::domain
