#include "pacta/domain/utf8.h"

#include <gtest/gtest.h>

namespace pacta::domain {
namespace {

TEST(Utf8, RoundTripsSpanishText) {
    const std::string text = "Veintiún años, niño, ¿cuántos? ¡Sí! €";
    EXPECT_EQ(encode_utf8(decode_utf8(text)), text);
    EXPECT_EQ(decode_utf8("año").size(), 3u);
}

TEST(Utf8, InvalidBytesBecomeReplacementCharacters) {
    const std::u32string decoded = decode_utf8("a\xFF" "b\xC3");
    ASSERT_EQ(decoded.size(), 4u);
    EXPECT_EQ(decoded[1], char32_t{0xFFFD});
    EXPECT_EQ(decoded[3], char32_t{0xFFFD});
}

TEST(Utf8, UpperAndLowerCaseSpanishLetters) {
    EXPECT_EQ(to_upper_es("veintiún millón dieciséis pingüino año"), "VEINTIÚN MILLÓN DIECISÉIS PINGÜINO AÑO");
    EXPECT_EQ(to_lower_es("SÉPTIMA DÉCIMA ÑANDÚ"), "séptima décima ñandú");
    EXPECT_EQ(capitalize_first("único"), "Único");
    EXPECT_EQ(capitalize_first(""), "");
}

}  // namespace
}  // namespace pacta::domain
