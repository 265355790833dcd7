#include <gtest/gtest.h>

#include "pacta/domain/identity.h"

namespace pacta::domain {
namespace {

class ValidDni : public testing::TestWithParam<const char*> {};

TEST_P(ValidDni, Passes) {
    const auto check = validate_dni(GetParam());
    EXPECT_TRUE(check.valid()) << GetParam();
    EXPECT_TRUE(check.findings.empty()) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Guide, ValidDni,
                         testing::Values("10117410-2", "10586119B", "25543680E", "32023446H", "10117410",
                                         "10117410 2", "10586119-8"));

TEST(Dni, NormalisedWithHyphenBeforeTheCheckCharacter) {
    EXPECT_EQ(validate_dni("10117410 2").normalized, "10117410-2");
    EXPECT_EQ(validate_dni("10586119b").normalized, "10586119-B");
    EXPECT_EQ(validate_dni(" 10117410 ").normalized, "10117410");
}

TEST(Dni, WrongCheckCharacterNamesBothForms) {
    const auto check = validate_dni("10117410-3");
    EXPECT_FALSE(check.valid());
    ASSERT_EQ(check.findings.size(), 1u);
    EXPECT_EQ(check.findings[0].code, "dni.check_character");
    EXPECT_EQ(check.findings[0].param("expected_digit"), "2");
    EXPECT_EQ(check.findings[0].param("expected_letter"), "G");
    EXPECT_EQ(check.findings[0].param("found"), "3");
}

TEST(Dni, StructureErrors) {
    EXPECT_EQ(validate_dni("1011741").findings.at(0).code, "dni.length");
    EXPECT_EQ(validate_dni("1011741023").findings.at(0).code, "dni.length");
    const auto letter = validate_dni("1O117410");
    ASSERT_FALSE(letter.findings.empty());
    EXPECT_EQ(letter.findings[0].code, "id.expected_digit");
    EXPECT_EQ(letter.findings[0].param("position"), "2");
}

class ValidRuc : public testing::TestWithParam<const char*> {};

TEST_P(ValidRuc, Passes) {
    const auto check = validate_ruc(GetParam());
    EXPECT_TRUE(check.valid()) << GetParam();
    EXPECT_TRUE(check.findings.empty()) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Guide, ValidRuc,
                         testing::Values("20512333797", "20100255325", "20131372770", "10054148289"));

TEST(Ruc, WrongCheckDigit) {
    const auto check = validate_ruc("20512333798");
    EXPECT_FALSE(check.valid());
    ASSERT_EQ(check.findings.size(), 1u);
    EXPECT_EQ(check.findings[0].code, "id.check_digit");
    EXPECT_EQ(check.findings[0].param("expected"), "7");
    EXPECT_EQ(check.findings[0].param("position"), "11");
}

TEST(Ruc, StructureErrors) {
    EXPECT_EQ(validate_ruc("2051233379").findings.at(0).code, "id.length");
    EXPECT_EQ(validate_ruc("30512333797").findings.at(0).code, "ruc.prefix");
    EXPECT_EQ(validate_ruc("30512333797").findings.at(0).param("prefix"), "30");
    EXPECT_EQ(validate_ruc("2051233379A").findings.at(0).code, "id.expected_digit");
}

}  // namespace
}  // namespace pacta::domain
