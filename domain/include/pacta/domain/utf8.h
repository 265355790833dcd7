#pragma once
// UTF-8 helpers for the Spanish alphabet. std::string holds UTF-8 everywhere in Pacta;
// these convert to code points where characters must be counted or compared.

#include <string>
#include <string_view>

namespace pacta::domain {

// Invalid sequences decode to U+FFFD, so positions stay countable for error messages.
[[nodiscard]] std::u32string decode_utf8(std::string_view text);
[[nodiscard]] std::string encode_utf8(std::u32string_view text);
// The code point starting at byte `i` of valid UTF-8, advancing `i` past it (for hot loops
// that should not build a std::u32string).
[[nodiscard]] char32_t next_code_point(std::string_view text, std::size_t& i);
[[nodiscard]] std::string encode_utf8(char32_t code_point);

// Case mapping for ASCII and the Latin-1 letters (á é í ó ú ü ñ, and ç ã ö ... in foreign names);
// other characters pass through.
[[nodiscard]] char32_t to_upper_es(char32_t c);
[[nodiscard]] std::string to_upper_es(std::string_view text);
[[nodiscard]] std::string to_lower_es(std::string_view text);
// á é í ó ú ü -> a e i o u (lower case in, lower case out); ñ and the rest unchanged.
[[nodiscard]] char32_t without_accent(char32_t c);
// "Fecha de nacimiento", "FECHA-NACIMIENTO", "revisor jurídico" -> "fecha_de_nacimiento",
// "fecha_nacimiento", "revisor_juridico": lower case, Spanish accents off, spaces, hyphens and
// dots as underscores, none at either end. For matching names people type.
[[nodiscard]] std::string identifier_key(std::string_view text);
// "sesenta y ocho" -> "Sesenta y ocho".
[[nodiscard]] std::string capitalize_first(std::string_view text);

}  // namespace pacta::domain
