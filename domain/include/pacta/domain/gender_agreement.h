#pragma once
// Contract text agrees in gender with the person it names (domain-es.md §2): a template
// writes the masculine ("EL LOCADOR", "contador público") and the feminine is derived.

#include <string>
#include <string_view>

namespace pacta::domain {

// The feminine of one word written in the masculine, in the same case ("CONTADOR" ->
// "CONTADORA", "Inglés" -> "Inglesa", "jefe" -> "jefa"); unchanged when the word does not vary
// ("docente", "auxiliar", "mayor"). Articles become two words where Spanish needs them
// ("del" -> "de la", "al" -> "a la").
[[nodiscard]] std::string feminine_word(std::string_view word);

// A phrase written in the masculine, in the feminine when `feminine` ("contador público" ->
// "contadora pública", "EL LOCADOR" -> "LA LOCADORA", "del prestador de servicios" -> "de la
// prestadora de servicios"); unchanged otherwise. Words agree up to the first preposition
// that follows them, whose complement keeps its own gender ("jefe de la unidad" -> "jefa de la
// unidad"); prepositions that open the phrase do not stop it ("al contratado" -> "a la
// contratada"). Each word keeps its case (lower, Capitalised, ALL CAPS) and its punctuation;
// in a hyphenated word only the last part agrees ("técnico-administrativo").
[[nodiscard]] std::string agree_phrase(std::string_view masculine_phrase, bool feminine);

}  // namespace pacta::domain
