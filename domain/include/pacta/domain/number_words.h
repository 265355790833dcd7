#pragma once
// Reading Spanish number words back, for checking text written by people: "sesenta y ocho
// mil ochocientos cincuenta y ocho" -> 68858. The counterpart of cardinal_words.h.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pacta::domain {

// Lower case, accents and diaeresis off (ñ stays): "Ochocientos CINCUENTA" -> "ochocientos
// cincuenta". Byte offsets are not kept.
[[nodiscard]] std::string fold_spanish(std::string_view text);

// The value of number words (any case, with or without accents, "y" and "de" between them);
// nullopt when a word is not a number word, with `unknown` set to it.
[[nodiscard]] std::optional<std::uint64_t> parse_cardinal_words(std::string_view words, std::string* unknown = nullptr);

}  // namespace pacta::domain
