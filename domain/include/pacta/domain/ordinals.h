#pragma once
// Clause ordinals (feminine: "cláusula") and copy counts, domain-es.md §3.

#include <string>

namespace pacta::domain {

enum class OrdinalStyle {
    two_words,  // DÉCIMA PRIMERA, DÉCIMA SEGUNDA (Mexican government contracts; default)
    classic,    // UNDÉCIMA, DUODÉCIMA, then as two_words
    one_word,   // DECIMOPRIMERA ... VIGESIMONOVENA (RAE), two words from 30 on
};

inline constexpr int max_clause_ordinal = 100;

// PRIMERA .. CENTÉSIMA in upper case; throws RuleError outside 1..100.
[[nodiscard]] std::string clause_ordinal(int n, OrdinalStyle style = OrdinalStyle::two_words);

// 2 -> DUPLICADO .. 8 -> OCTUPLICADO ("SE FIRMA POR QUINTUPLICADO"); throws outside 2..8.
[[nodiscard]] std::string copies_in_words(int copies);

}  // namespace pacta::domain
