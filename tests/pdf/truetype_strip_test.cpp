#include "../../pdf/src/truetype_strip.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "pacta/pdf/font_locator.h"

namespace pacta::pdf {
namespace {

std::uint32_t be32(const std::string& d, std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t k = 0; k < 4; ++k) v = (v << 8) | static_cast<unsigned char>(d[at + k]);
    return v;
}

std::set<std::string> tables_of(const std::string& font) {
    std::set<std::string> tags;
    const auto n = static_cast<std::size_t>((static_cast<unsigned char>(font[4]) << 8) | static_cast<unsigned char>(font[5]));
    for (std::size_t i = 0; i < n; ++i) tags.insert(font.substr(12 + 16 * i, 4));
    return tags;
}

TEST(TrueTypeStrip, RemovesHintingAndKeepsEverythingElse) {
    const auto file = FontLocator().find("Liberation Serif", FontStyle::regular);
    ASSERT_TRUE(file);
    std::ifstream in(file->path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    const std::string original = s.str();

    const auto stripped = strip_truetype_hints(original);
    ASSERT_TRUE(stripped);
    EXPECT_LT(stripped->size(), original.size());
    const auto before = tables_of(original);
    const auto after = tables_of(*stripped);
    for (const char* gone : {"fpgm", "prep", "cvt "}) {
        EXPECT_TRUE(before.count(gone)) << gone;
        EXPECT_FALSE(after.count(gone)) << gone;
    }
    for (const char* kept : {"glyf", "loca", "hmtx", "cmap", "head", "maxp", "name", "post"}) {
        EXPECT_TRUE(after.count(kept)) << kept;
    }
    // The whole-file checksum rule of the format holds.
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i + 4 <= stripped->size(); i += 4) sum += be32(*stripped, i);
    EXPECT_EQ(sum, 0xB1B0AFBAu);
    // Stripping again changes nothing more.
    const auto twice = strip_truetype_hints(*stripped);
    ASSERT_TRUE(twice);
    EXPECT_EQ(twice->size(), stripped->size());
}

TEST(TrueTypeStrip, RefusesWhatIsNotTrueType) {
    EXPECT_FALSE(strip_truetype_hints("no es una fuente"));
    EXPECT_FALSE(strip_truetype_hints(std::string(64, '\0')));
}

}  // namespace
}  // namespace pacta::pdf
