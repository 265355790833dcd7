#include "pacta/domain/ordinals.h"

#include <array>
#include <string_view>

#include "pacta/domain/finding.h"
#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

// Stems without their gender vowel: "primer" + "o" / "a".
constexpr std::array<std::string_view, 10> unit_stems = {
    "", "primer", "segund", "tercer", "cuart", "quint", "sext", "séptim", "octav", "noven",
};

constexpr std::array<std::string_view, 11> ten_stems = {
    "",          "décim",     "vigésim",      "trigésim",   "cuadragésim", "quincuagésim",
    "sexagésim", "septuagésim", "octogésim", "nonagésim", "centésim",
};

// Prefixes of one-word ordinals 11..29; they keep the -o in the feminine ("decimoprimera").
constexpr std::array<std::string_view, 3> one_word_prefix = {"", "decimo", "vigesimo"};

char ending(Gender gender) { return gender == Gender::masculine ? 'o' : 'a'; }

// "primero", "primer" (masculine before a noun), "primera"; only 1 and 3 shorten.
std::string unit_word(std::size_t unit, Gender gender, bool before_noun) {
    std::string word(unit_stems[unit]);
    const bool shortens = (unit == 1 || unit == 3) && gender == Gender::masculine && before_noun;
    if (!shortens) word.push_back(ending(gender));
    return word;
}

}  // namespace

std::string ordinal_words(int n, Gender gender, bool before_noun, OrdinalStyle style) {
    if (n < 1 || n > max_clause_ordinal) {
        throw RuleError(Finding("ordinal.out_of_range", Severity::error, "ordinal")
                            .with("value", std::to_string(n))
                            .with("maximum", std::to_string(max_clause_ordinal)));
    }
    const auto ten = static_cast<std::size_t>(n / 10);
    const auto unit = static_cast<std::size_t>(n % 10);

    if (style == OrdinalStyle::classic && (n == 11 || n == 12)) {
        return std::string(n == 11 ? "undécim" : "duodécim") + ending(gender);
    }
    if (style == OrdinalStyle::one_word && n > 10 && n < 30 && unit != 0) {
        std::string word(one_word_prefix[ten]);
        // "decimoctavo": the two o's merge (RAE).
        if (unit == 8) word.pop_back();
        return word + unit_word(unit, gender, before_noun);
    }
    if (ten == 0) return unit_word(unit, gender, before_noun);
    std::string word = std::string(ten_stems[ten]) + ending(gender);
    if (unit != 0) word += " " + unit_word(unit, gender, before_noun);
    return word;
}

std::string clause_ordinal(int n, OrdinalStyle style) {
    return to_upper_es(ordinal_words(n, Gender::feminine, false, style));
}

std::string number_sign(int n) { return "N.\u00BA\u00A0" + std::to_string(n); }

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
