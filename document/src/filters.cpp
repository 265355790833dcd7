#include "filters.h"

#include <charconv>

#include "pacta/domain/amount_in_words.h"
#include "pacta/domain/cardinal_words.h"
#include "pacta/domain/spanish_dates.h"
#include "pacta/domain/utf8.h"

namespace pacta::document::detail {

namespace {

[[noreturn]] void unsuitable(const Filter& f, const std::string& value) {
    throw domain::RuleError(domain::Finding("template.filter_input", domain::Severity::error, "plantilla")
                                .with("filter", f.name)
                                .with("value", value)
                                .with("line", std::to_string(f.line))
                                .with("column", std::to_string(f.column)));
}

domain::Money money(const Filter& f, const std::string& value, const FilterContext& ctx) {
    auto parsed = domain::parse_money(value, ctx.currency);
    if (!parsed.value) unsuitable(f, value);
    return *parsed.value;
}

domain::Date date(const Filter& f, const std::string& value) {
    auto parsed = domain::parse_iso_date(value);
    if (!parsed.value) unsuitable(f, value);
    return *parsed.value;
}

long integer(const Filter& f, const std::string& value) {
    long n = 0;
    const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || ptr != value.data() + value.size() || n < 0) unsuitable(f, value);
    return n;
}

}  // namespace

std::string apply_filter(const Filter& f, const std::string& value, const FilterContext& ctx) {
    const std::string& n = f.name;
    if (n == "mayusculas") return domain::to_upper_es(value);
    if (n == "minusculas") return domain::to_lower_es(value);
    if (n == "oracion") return domain::capitalize_first(value);
    if (n == "moneda") return domain::format_money(money(f, value, ctx));
    if (n == "importe_letra") return domain::amount_in_words(money(f, value, ctx));
    if (n == "importe_letra_oracion") return domain::amount_in_words(money(f, value, ctx), domain::TextCase::sentence);
    if (n == "fecha_larga") return domain::long_date(date(f, value));
    if (n == "fecha_larga_dd") return domain::long_date(date(f, value), {false, true});
    if (n == "numero_letra") return domain::cardinal_words(static_cast<std::uint64_t>(integer(f, value)));
    if (n == "ejemplares_letra") return domain::copies_in_words(static_cast<int>(integer(f, value)));
    if (n == "ordinal") return domain::clause_ordinal(static_cast<int>(integer(f, value)), ctx.ordinal_style);
    if (n == "genero") {
        if (value == "hombre") return f.args.at(0);
        if (value == "mujer") return f.args.at(1);
        unsuitable(f, value);
    }
    unsuitable(f, value);
}

}  // namespace pacta::document::detail
