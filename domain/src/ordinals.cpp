#include "pacta/domain/ordinals.h"

#include <array>
#include <string_view>

#include "pacta/domain/finding.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

constexpr std::array<std::string_view, 10> units = {
    "", "primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava", "novena",
};

constexpr std::array<std::string_view, 11> tens = {
    "",           "décima",     "vigésima",   "trigésima",  "cuadragésima", "quincuagésima",
    "sexagésima", "septuagésima", "octogésima", "nonagésima", "centésima",
};

// Prefix forms for one-word ordinals 11..29: "decimo" + "primera", "vigesimo" + "primera".
constexpr std::array<std::string_view, 3> one_word_prefix = {"", "decimo", "vigesimo"};

std::string one_word(int n) {
    const auto ten = static_cast<std::size_t>(n / 10);
    const auto unit = static_cast<std::size_t>(n % 10);
    std::string word(one_word_prefix[ten]);
    // "decimoctava": the two o's merge (RAE).
    if (unit == 8) word.pop_back();
    word.append(units[unit]);
    return word;
}

}  // namespace

std::string clause_ordinal(int n, OrdinalStyle style) {
    if (n < 1 || n > max_clause_ordinal) {
        throw RuleError(Finding("ordinal.out_of_range", Severity::error, "ordinal")
                            .with("value", std::to_string(n))
                            .with("maximum", std::to_string(max_clause_ordinal)));
    }
    const auto ten = static_cast<std::size_t>(n / 10);
    const auto unit = static_cast<std::size_t>(n % 10);

    std::string word;
    if (style == OrdinalStyle::classic && n == 11) {
        word = "undécima";
    } else if (style == OrdinalStyle::classic && n == 12) {
        word = "duodécima";
    } else if (style == OrdinalStyle::one_word && n > 10 && n < 30 && unit != 0) {
        word = one_word(n);
    } else if (ten == 0) {
        word = units[unit];
    } else {
        word = tens[ten];
        if (unit != 0) {
            word.push_back(' ');
            word.append(units[unit]);
        }
    }
    return to_upper_es(word);
}

std::string copies_in_words(int copies) {
    static constexpr std::array<std::string_view, 9> words = {
        "",           "",            "DUPLICADO",    "TRIPLICADO", "CUADRUPLICADO",
        "QUINTUPLICADO", "SEXTUPLICADO", "SEPTUPLICADO", "OCTUPLICADO",
    };
    if (copies < 2 || copies > 8) {
        throw RuleError(Finding("copies.out_of_range", Severity::error, "ejemplares")
                            .with("value", std::to_string(copies)));
    }
    return std::string(words[static_cast<std::size_t>(copies)]);
}

}  // namespace pacta::domain
