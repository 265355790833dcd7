#include "input_parsing.h"

#include <charconv>

#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/common/today.h"

namespace pacta::cli {

using locale::fill;
using locale::tr;

domain::Currency currency_option(const Arguments& args) {
    const auto code = args.value("moneda");
    if (!code) return domain::Currency::MXN;
    if (auto currency = domain::currency_from_code(*code)) return *currency;
    throw UsageError(fill(tr("unknown currency «{code}»; use MXN, PEN or USD"), {{"code", *code}}));
}

std::optional<domain::Money> parse_amount(const std::string& text, domain::Currency currency,
                                          const Console& console) {
    auto parsed = domain::parse_money(text, currency);
    console.report_all(parsed.findings);
    return parsed.value;
}

std::optional<domain::Date> parse_date(const std::string& text, const std::string& field,
                                       const Console& console) {
    auto parsed = domain::parse_iso_date(text, field);
    console.report_all(parsed.findings);
    return parsed.value;
}

std::optional<int> parse_integer(const std::string& text, const std::string& field, const Console& console) {
    int value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end) {
        console.error(fill(tr("{field}: «{value}» is not a whole number; write digits only, as in 11."),
                           {{"field", locale::field_label(field)}, {"value", text}}));
        return std::nullopt;
    }
    return value;
}

domain::Date today() { return presentation::today(); }

}  // namespace pacta::cli
