#pragma once
// Case for names and sentences in Spanish text: "MARÍA JOSÉ DE LA CRUZ" -> "María José de la
// Cruz". UTF-8 in and out; letters are ASCII and Latin-1 (utf8.h's case mapping).

#include <string>
#include <string_view>

namespace pacta::domain {

// ASCII and Latin-1 letters (á, ñ, ü, ç, ã...); not the multiplication and division signs.
[[nodiscard]] bool is_letter(char32_t c);

// Everything lower case, then the first letter upper case when nothing but spaces and
// punctuation comes before it: "MARÍA JOSÉ PÉREZ" -> "María josé pérez", "¿QUÉ?" -> "¿Qué?",
// "3ER PISO" -> "3er piso". One sentence: later sentences stay lower case.
[[nodiscard]] std::string sentence_case(std::string_view text);

// A person's or a place's name: each word capitalised, every part of a hyphenated or
// apostrophed word too ("Pérez-Gómez", "O'Higgins"), and initials ("J.C."), except the
// particles de, del, la, las, los, y, e when they are not the first word.
// "MARÍA JOSÉ DE LA CRUZ Ñ." -> "María José de la Cruz Ñ.". Spaces are kept as written.
[[nodiscard]] std::string name_case(std::string_view text);

// How a single word is written, judged by its letters: "el" lower, "El" (or "C") capitalised,
// "EL" upper. Mixed case ("McDonald") counts as capitalised.
enum class WordCase { lower, capitalised, upper };
[[nodiscard]] WordCase word_case(std::string_view word);
// A word written in lower case, put in `word_case`: ("doña", upper) -> "DOÑA", ("de la",
// capitalised) -> "De la".
[[nodiscard]] std::string with_word_case(std::string_view lower, WordCase word_case);

}  // namespace pacta::domain
