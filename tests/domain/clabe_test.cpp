#include <gtest/gtest.h>

#include "pacta/domain/identity.h"

namespace pacta::domain {
namespace {

class ValidClabe : public testing::TestWithParam<const char*> {};

TEST_P(ValidClabe, Passes) {
    const auto check = validate_clabe(GetParam());
    EXPECT_TRUE(check.valid()) << GetParam();
    EXPECT_TRUE(check.findings.empty()) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Guide, ValidClabe,
                         testing::Values("002010077777777771", "032180000118359719", "014027000005555558",
                                         "002 010 07777777777 1"));

TEST(Clabe, WrongCheckDigit) {
    const auto check = validate_clabe("002010077777777772");
    EXPECT_FALSE(check.valid());
    ASSERT_EQ(check.findings.size(), 1u);
    EXPECT_EQ(check.findings[0].code, "id.check_digit");
    EXPECT_EQ(check.findings[0].param("expected"), "1");
    EXPECT_EQ(check.findings[0].param("found"), "2");
}

TEST(Clabe, StructureErrors) {
    EXPECT_EQ(validate_clabe("00201007777777777").findings.at(0).code, "id.length");
    const auto letter = validate_clabe("00201007777777777X");
    EXPECT_EQ(letter.findings.at(0).code, "id.expected_digit");
    EXPECT_EQ(letter.findings.at(0).param("position"), "18");
}

TEST(Identity, DispatchByName) {
    for (const char* name : {"curp", "rfc", "dni", "ruc", "clabe"}) {
        const auto kind = identity_kind_from_name(name);
        ASSERT_TRUE(kind.has_value());
        EXPECT_EQ(identity_kind_name(*kind), name);
    }
    EXPECT_FALSE(identity_kind_from_name("nss").has_value());
    EXPECT_TRUE(validate_identity(IdentityKind::ruc, "20512333797").valid());
}

}  // namespace
}  // namespace pacta::domain
