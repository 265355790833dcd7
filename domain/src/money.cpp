#include "pacta/domain/money.h"

#include <array>

namespace pacta::domain {

namespace {

void require_same_currency(Money a, Money b) {
    if (a.currency() != b.currency()) {
        throw RuleError(Finding("money.currency_mismatch", Severity::error, "importe")
                            .with("left", std::string(currency_code(a.currency())))
                            .with("right", std::string(currency_code(b.currency()))));
    }
}

}  // namespace

std::string_view currency_code(Currency currency) {
    switch (currency) {
        case Currency::MXN: return "MXN";
        case Currency::PEN: return "PEN";
        case Currency::USD: return "USD";
    }
    return "MXN";
}

std::optional<Currency> currency_from_code(std::string_view code) {
    for (Currency c : {Currency::MXN, Currency::PEN, Currency::USD}) {
        if (currency_code(c) == code) return c;
    }
    return std::nullopt;
}

Currency default_currency(FormatProfile profile) {
    return profile == FormatProfile::es_PE ? Currency::PEN : Currency::MXN;
}

std::vector<Money> Money::split_evenly(int parts) const {
    if (parts < 1) {
        throw RuleError(Finding("money.split_parts", Severity::error, "exhibiciones")
                            .with("parts", std::to_string(parts)));
    }
    if (parts > max_instalments) {
        throw RuleError(Finding("money.too_many_parts", Severity::error, "exhibiciones")
                            .with("parts", std::to_string(parts))
                            .with("limit", std::to_string(max_instalments)));
    }
    const std::int64_t share = minor_units_ / parts;
    std::vector<Money> result(static_cast<std::size_t>(parts), Money(share, currency_));
    result.back() = Money(minor_units_ - share * (parts - 1), currency_);
    return result;
}

Money operator+(Money a, Money b) {
    require_same_currency(a, b);
    return Money(a.minor_units_ + b.minor_units_, a.currency_);
}

Money operator-(Money a, Money b) {
    require_same_currency(a, b);
    return Money(a.minor_units_ - b.minor_units_, a.currency_);
}

std::strong_ordering operator<=>(Money a, Money b) {
    require_same_currency(a, b);
    return a.minor_units_ <=> b.minor_units_;
}

std::string format_amount_digits(Money amount) {
    const std::int64_t minor = amount.minor_units();
    const bool negative = minor < 0;
    const auto magnitude = static_cast<std::uint64_t>(negative ? -minor : minor);
    const std::string whole = std::to_string(magnitude / 100);

    std::string grouped;
    const std::size_t lead = whole.size() % 3 == 0 ? 3 : whole.size() % 3;
    grouped.append(whole, 0, lead);
    for (std::size_t i = lead; i < whole.size(); i += 3) {
        grouped.push_back(',');
        grouped.append(whole, i, 3);
    }
    const auto cents = static_cast<unsigned>(magnitude % 100);
    std::string out = negative ? "-" : "";
    out += grouped;
    out.push_back('.');
    out.push_back(static_cast<char>('0' + cents / 10));
    out.push_back(static_cast<char>('0' + cents % 10));
    return out;
}

std::string format_money(Money amount) {
    static constexpr std::string_view nbsp = "\u00A0";
    std::string digits = format_amount_digits(amount);
    std::string sign;
    if (!digits.empty() && digits.front() == '-') {
        sign = "-";
        digits.erase(0, 1);
    }
    switch (amount.currency()) {
        case Currency::MXN: return sign + "$" + digits;
        case Currency::PEN: return sign + "S/" + std::string(nbsp) + digits;
        case Currency::USD: return sign + "USD" + std::string(nbsp) + digits;
    }
    return digits;
}

}  // namespace pacta::domain
