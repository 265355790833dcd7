#include "pacta/pdf/font_locator.h"

#include <gtest/gtest.h>

#include "pacta/pdf/library_info.h"

namespace pacta::pdf {
namespace {

TEST(FontLocator, FindsEveryLiberationFace) {
    const FontLocator fonts;
    for (const char* family : {"Liberation Serif", "Liberation Sans"}) {
        for (FontStyle style : {FontStyle::regular, FontStyle::bold, FontStyle::italic, FontStyle::bold_italic}) {
            const auto font = fonts.find(family, style);
            ASSERT_TRUE(font.has_value()) << family;
            EXPECT_EQ(font->family, family);
            EXPECT_TRUE(std::filesystem::exists(font->path)) << font->path;
            EXPECT_EQ(font->path.extension(), ".ttf");
        }
    }
    const auto bold = fonts.find("Liberation Serif", FontStyle::bold);
    EXPECT_NE(bold->path.filename().string().find("Bold"), std::string::npos);
}

TEST(FontLocator, RefusesToSubstituteAnotherFamily) {
    EXPECT_FALSE(FontLocator().find("Tipografía Que No Existe", FontStyle::regular).has_value());
}

TEST(LibraryInfo, ReportsPoDoFo098) { EXPECT_EQ(pdf_library_version(), "PoDoFo 0.9.8"); }

}  // namespace
}  // namespace pacta::pdf
