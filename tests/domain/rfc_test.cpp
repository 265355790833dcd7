#include <gtest/gtest.h>

#include "pacta/domain/identity.h"

namespace pacta::domain {
namespace {

class ValidRfc : public testing::TestWithParam<const char*> {};

TEST_P(ValidRfc, PassesWithoutFindings) {
    const auto check = validate_rfc(GetParam());
    EXPECT_TRUE(check.valid()) << GetParam();
    EXPECT_TRUE(check.findings.empty()) << GetParam() << ": " << check.findings.front().code;
}

INSTANTIATE_TEST_SUITE_P(Guide, ValidRfc,
                         testing::Values("GODE561231GR8", "MAB9307148T4", "AAAA791128D63", "BADY7101185W6",
                                         "CFE010608HC8", "SEP051121DU8", "MUÑ110218LJ6", "AEL7407151YA",
                                         "EKU9003173C9"));

TEST(Rfc, WrongCheckCharacterIsOnlyAWarning) {
    const auto check = validate_rfc("GODE561231GR9");
    EXPECT_TRUE(check.valid());
    ASSERT_EQ(check.findings.size(), 1u);
    EXPECT_EQ(check.findings[0].code, "rfc.check_digit");
    EXPECT_EQ(check.findings[0].severity, Severity::warning);
    EXPECT_EQ(check.findings[0].param("expected"), "8");
    EXPECT_EQ(check.findings[0].param("found"), "9");
    EXPECT_EQ(check.findings[0].param("position"), "13");
}

TEST(Rfc, CheckCharacterTenIsWrittenA) {
    const auto check = validate_rfc("AEL7407151Y0");
    ASSERT_EQ(check.findings.size(), 1u);
    EXPECT_EQ(check.findings[0].param("expected"), "A");
}

TEST(Rfc, GenericRfcsAreAcceptedWithAWarning) {
    for (const char* generic : {"XAXX010101000", "XEXX010101000"}) {
        const auto check = validate_rfc(generic);
        EXPECT_TRUE(check.valid());
        ASSERT_EQ(check.findings.size(), 1u);
        EXPECT_EQ(check.findings[0].code, "rfc.generic");
        EXPECT_EQ(check.findings[0].severity, Severity::warning);
    }
}

struct InvalidRfc {
    const char* value;
    const char* code;
    const char* position;
};

class RfcErrors : public testing::TestWithParam<InvalidRfc> {};

TEST_P(RfcErrors, NameTheProblem) {
    const auto check = validate_rfc(GetParam().value);
    EXPECT_FALSE(check.valid()) << GetParam().value;
    ASSERT_FALSE(check.findings.empty());
    EXPECT_EQ(check.findings[0].code, GetParam().code) << GetParam().value;
    EXPECT_EQ(check.findings[0].param("position"), GetParam().position) << GetParam().value;
}

INSTANTIATE_TEST_SUITE_P(Cases, RfcErrors,
                         testing::Values(InvalidRfc{"GODE561231G", "rfc.length", ""},
                                         InvalidRfc{"GODE561231GR80", "rfc.length", ""},
                                         InvalidRfc{"GOD3561231GR8", "id.expected_letter", "4"},
                                         InvalidRfc{"GODE5612X1GR8", "id.expected_digit", "9"},
                                         InvalidRfc{"GODE561331GR8", "rfc.date", "5"},
                                         InvalidRfc{"GODE561231G-8", "id.expected_alphanumeric", "12"},
                                         InvalidRfc{"GODE561231GRB", "rfc.check_character", "13"},
                                         InvalidRfc{"", "id.empty", ""}));

}  // namespace
}  // namespace pacta::domain
