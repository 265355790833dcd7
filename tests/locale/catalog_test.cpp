#include "pacta/locale/catalog.h"

#include <gtest/gtest.h>

namespace pacta::locale {
namespace {

class CatalogTest : public testing::Test {
protected:
    void TearDown() override { set_language(PACTA_MESSAGES_DIR, "es"); }
};

TEST_F(CatalogTest, SpanishIsTheDefaultLanguage) {
    unsetenv("PACTA_IDIOMA");
    EXPECT_EQ(language_from_environment(), "es");
    set_language(PACTA_MESSAGES_DIR, language_from_environment());
    EXPECT_TRUE(catalog_loaded());
    EXPECT_EQ(tr("amount"), "importe");
    EXPECT_EQ(tr("birth date"), "fecha de nacimiento");
    EXPECT_EQ(tr_context("severity", "warning"), "advertencia");
}

TEST_F(CatalogTest, EnglishShowsTheSourceStrings) {
    set_language(PACTA_MESSAGES_DIR, "en");
    EXPECT_FALSE(catalog_loaded());
    EXPECT_EQ(tr("amount"), "amount");
}

TEST_F(CatalogTest, MissingCatalogFallsBackToSourceStrings) {
    set_language("/nonexistent", "es");
    EXPECT_FALSE(catalog_loaded());
    EXPECT_EQ(tr("amount"), "amount");
}

TEST(Fill, ReplacesNamedPlaceholders) {
    EXPECT_EQ(fill("{a} y {b}, {a}", {{"a", "uno"}, {"b", "dos"}}), "uno y dos, uno");
    EXPECT_EQ(fill("{desconocido} {", {{"a", "x"}}), "{desconocido} {");
    EXPECT_EQ(fill("", {}), "");
}

}  // namespace
}  // namespace pacta::locale
