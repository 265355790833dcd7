#include <gtest/gtest.h>

#include "pacta/domain/identity.h"

namespace pacta::domain {
namespace {

class ValidCurp : public testing::TestWithParam<const char*> {};

TEST_P(ValidCurp, PassesWithoutFindings) {
    const auto check = validate_curp(GetParam());
    EXPECT_TRUE(check.valid()) << GetParam();
    EXPECT_TRUE(check.findings.empty()) << GetParam() << ": " << check.findings.front().code;
    EXPECT_EQ(check.normalized, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Guide, ValidCurp,
                         testing::Values("BOXW310820HNERXN09", "HEGG560427MVZRRL04", "BEML920313HMCLNS09",
                                         "PEGL890909MJCRMS08", "SABC560626MDFLRN01"));

struct InvalidId {
    const char* value;
    const char* code;
    const char* position;
};

class InvalidCurp : public testing::TestWithParam<InvalidId> {};

TEST_P(InvalidCurp, NamesTheProblem) {
    const auto check = validate_curp(GetParam().value);
    EXPECT_FALSE(check.valid());
    ASSERT_FALSE(check.findings.empty());
    EXPECT_EQ(check.findings[0].code, GetParam().code) << GetParam().value;
    EXPECT_EQ(check.findings[0].field, "curp");
    EXPECT_EQ(check.findings[0].param("position"), GetParam().position) << GetParam().value;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, InvalidCurp,
    testing::Values(InvalidId{"BOXW310820HNERXN08", "id.check_digit", "18"},
                    InvalidId{"PEGL890909MJCRMS09", "id.check_digit", "18"},
                    InvalidId{"", "id.empty", ""},
                    InvalidId{"BOXW310820HNERXN0", "id.length", ""},
                    InvalidId{"B0XW310820HNERXN09", "id.expected_letter", "2"},
                    InvalidId{"BOXW31O820HNERXN09", "id.expected_digit", "7"},
                    InvalidId{"BOXW310820XNERXN09", "curp.sex", "11"},
                    InvalidId{"BOXW310820HZZRXN09", "curp.state", "12"},
                    InvalidId{"BOXW310820HNEAXN09", "curp.consonant", "14"},
                    InvalidId{"BOXW310230HNERXN09", "curp.birth_date", "5"},
                    InvalidId{"BOXW310820HNERXN0X", "id.expected_digit", "18"}));

TEST(Curp, NormalisesCaseAndSpaces) {
    const auto check = validate_curp("  boxw310820hnerxn09 ");
    EXPECT_TRUE(check.valid());
    EXPECT_EQ(check.normalized, "BOXW310820HNERXN09");
}

TEST(Curp, CheckDigitFindingCarriesExpectedAndFound) {
    const auto check = validate_curp("BOXW310820HNERXN08");
    ASSERT_EQ(check.findings.size(), 1u);
    EXPECT_EQ(check.findings[0].param("expected"), "9");
    EXPECT_EQ(check.findings[0].param("found"), "8");
}

TEST(Curp, LengthFindingCarriesCounts) {
    const auto check = validate_curp("BOXW310820");
    ASSERT_EQ(check.findings.size(), 1u);
    EXPECT_EQ(check.findings[0].param("expected"), "18");
    EXPECT_EQ(check.findings[0].param("actual"), "10");
}

TEST(Curp, LetterDifferentiatorMeansBornFrom2000) {
    // 29 Feb 2000 exists; with a digit differentiator (1900) it would not.
    const auto born_2000 = validate_curp("AAAA000229HDFRRRA0");
    for (const auto& f : born_2000.findings) EXPECT_NE(f.code, "curp.birth_date");
    const auto born_1900 = validate_curp("AAAA000229HDFRRR00");
    ASSERT_FALSE(born_1900.findings.empty());
    EXPECT_EQ(born_1900.findings[0].code, "curp.birth_date");
}

}  // namespace
}  // namespace pacta::domain
