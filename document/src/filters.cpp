#include "filters.h"

#include <charconv>

#include "pacta/domain/amount_in_words.h"
#include "pacta/domain/cardinal_words.h"
#include "pacta/domain/spanish_dates.h"
#include "pacta/domain/text_case.h"
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

// "5 meses" -> "cinco (5) meses"; "3 meses y 10 días" -> "tres (3) meses y diez (10) días";
// a bare number takes its nouns from the filter: letra_cifra("día hábil", "días hábiles").
// "un" before a feminine noun is "una" (veintiuna, treinta y una), and hundreds agree too
// (doscientas armadas).
std::string feminine_count(std::string words) {
    constexpr std::string_view twenty_one = "veintiún";
    if (words.size() >= twenty_one.size() && words.compare(words.size() - twenty_one.size(), twenty_one.size(), twenty_one) == 0) {
        words.replace(words.size() - twenty_one.size(), twenty_one.size(), "veintiuna");
    } else if (words == "un" || (words.size() > 3 && words.compare(words.size() - 3, 3, " un") == 0)) {
        words += "a";
    }
    for (std::size_t at = words.find("ientos"); at != std::string::npos; at = words.find("ientos", at)) {
        words.replace(at, 6, "ientas");
    }
    return words;
}

// A noun is feminine when it ends in "a", but for the masculine nouns in -a contracts count
// ("día"); letra_cifra("hora", "horas", "masculino") settles any other case.
bool feminine_noun(const Filter& f) {
    if (f.args.size() == 3) return f.args[2] == "femenino";
    const std::string& noun = f.args[0];
    return !noun.empty() && noun.back() == 'a' && noun != "día" && noun.rfind("día ", 0) != 0;
}

// "5 meses" -> "cinco (5) meses"; "3 meses y 10 días" -> "tres (3) meses y diez (10) días";
// a bare number takes its nouns from the filter: letra_cifra("día hábil", "días hábiles").
std::string words_and_figures(const Filter& f, const std::string& value) {
    auto spell = [&](std::uint64_t n, bool feminine) {
        const std::string words = domain::cardinal_words(n, domain::FinalOne::apocopated);
        return feminine ? feminine_count(words) : words;
    };
    auto number = [&](std::size_t from, std::size_t to) {
        std::uint64_t n = 0;
        const auto [end, ec] = std::from_chars(value.data() + from, value.data() + to, n);
        if (ec != std::errc() || end != value.data() + to || n > 999'999'999'999ULL) unsuitable(f, value);
        return n;
    };
    if (!value.empty() && value.find_first_not_of("0123456789") == std::string::npos) {
        if (f.args.size() < 2) unsuitable(f, value);
        const auto n = number(0, value.size());
        return spell(n, feminine_noun(f)) + " (" + value + ") " + (n == 1 ? f.args[0] : f.args[1]);
    }
    // Groups "N palabra(s)" joined by " y " (terms count days, months and years: masculine).
    std::string out;
    std::size_t at = 0;
    while (at < value.size()) {
        std::size_t digits = at;
        while (digits < value.size() && value[digits] >= '0' && value[digits] <= '9') ++digits;
        if (digits == at || digits >= value.size() || value[digits] != ' ') unsuitable(f, value);
        const auto count = number(at, digits);
        std::size_t next = value.find(" y ", digits);
        const std::size_t stop = next == std::string::npos ? value.size() : next;
        out += spell(count, false) + " (" + value.substr(at, digits - at) + ")" + value.substr(digits, stop - digits);
        if (next == std::string::npos) break;
        out += " y ";
        at = next + 3;
    }
    return out;
}

}  // namespace

std::string apply_filter(const Filter& f, const std::string& value, const FilterContext& ctx) {
    const std::string& n = f.name;
    if (n == "mayusculas") return domain::to_upper_es(value);
    if (n == "minusculas") return domain::to_lower_es(value);
    if (n == "oracion") return domain::sentence_case(value);
    if (n == "nombre_propio") return domain::name_case(value);
    if (n == "cita") return "la cláusula " + domain::to_lower_es(value);
    if (n == "fecha") {
        const auto d = date(f, value);
        auto two = [](unsigned v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
        return two(d.day()) + "/" + two(d.month()) + "/" + std::to_string(d.year());
    }
    if (n == "letra_cifra") return words_and_figures(f, value);
    if (n == "numero_signo") return domain::number_sign(static_cast<int>(integer(f, value)));
    if (n == "ordinal_femenino" || n == "ordinal_masculino" || n == "ordinal_apocopado") {
        const auto gender = n == "ordinal_femenino" ? domain::Gender::feminine : domain::Gender::masculine;
        return domain::ordinal_words(static_cast<int>(integer(f, value)), gender, n == "ordinal_apocopado",
                                     ctx.ordinal_style);
    }
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
