#pragma once
// Ordinal numbers in words (clauses, chapters, addenda) and copy counts, domain-es.md §3.

#include <string>

namespace pacta::domain {

enum class OrdinalStyle {
    two_words,  // DÉCIMA PRIMERA, DÉCIMA SEGUNDA (Mexican government contracts; default)
    classic,    // UNDÉCIMA, DUODÉCIMA, then as two_words
    one_word,   // DECIMOPRIMERA ... VIGESIMONOVENA (RAE), two words from 30 on
};

// Grammatical gender of the noun an ordinal goes with ("cláusula" is feminine, "piso" masculine).
enum class Gender { masculine, feminine };

inline constexpr int max_clause_ordinal = 100;

// PRIMERA .. CENTÉSIMA in upper case; throws RuleError outside 1..100.
[[nodiscard]] std::string clause_ordinal(int n, OrdinalStyle style = OrdinalStyle::two_words);

// 1..100 in lower case and the given gender: "primero", "primera", "vigésimo tercero",
// "décima primera", "decimoctavo". `before_noun` gives the masculine form that stands before
// its noun, shortened when it ends in primero or tercero ("primer piso", "vigésimo tercer
// día", "decimoprimer"); it changes nothing in the feminine. Throws RuleError outside 1..100.
[[nodiscard]] std::string ordinal_words(int n, Gender gender, bool before_noun = false,
                                        OrdinalStyle style = OrdinalStyle::two_words);

// "N.º 1": the number sign with a no-break space (U+00A0), so a line never ends between the
// sign and its number.
[[nodiscard]] std::string number_sign(int n);

// 2 -> DUPLICADO .. 8 -> OCTUPLICADO ("SE FIRMA POR QUINTUPLICADO"); throws outside 2..8.
[[nodiscard]] std::string copies_in_words(int copies);

}  // namespace pacta::domain
