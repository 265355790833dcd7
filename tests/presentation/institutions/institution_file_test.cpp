// The institution file: the example reads and is written back the same.
#include <gtest/gtest.h>

#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/presentation/institutions/institution_file.h"

namespace pacta::presentation {
namespace {

namespace fs = std::filesystem;

TEST(InstitutionFile, ReadsTheExampleAndWritesItBack) {
    const auto text = document::read_file(PACTA_FIXTURES_DIR "/datos/institucion-imss-bienestar-gro.json");
    ASSERT_TRUE(text);
    const auto read = read_institution_file(*text, "i.json");
    ASSERT_TRUE(read.institution) << read.findings.front().code;
    EXPECT_EQ(read.institution->signatories.size(), 4u);
    EXPECT_EQ(read.institution->signatories[0].powers.deed_number, "44,852");
    const auto again = read_institution_file(write_institution_file(*read.institution), "again.json");
    ASSERT_TRUE(again.institution);
    EXPECT_EQ(write_institution_file(*again.institution), write_institution_file(*read.institution));
}

// A signatory's RFC (or DNI) is what their certificate carries: kept as written, checked,
// and a wrong one named with its place in the file.
TEST(InstitutionFile, KeepsEachSignatorysRfcAndRefusesAWrongOne) {
    auto text = *document::read_file(PACTA_FIXTURES_DIR "/datos/institucion-imss-bienestar-gro.json");
    const std::string name = "\"nombre\": \"Mauricio Roldan Parra\",";
    const auto at = text.find(name);
    ASSERT_NE(at, std::string::npos);
    auto with = text;
    with.insert(at + name.size(), "\"rfc\": \"ropm750101ab1\",");
    const auto read = read_institution_file(with, "i.json");
    ASSERT_TRUE(read.institution) << read.findings.front().code;
    EXPECT_EQ(read.institution->signatories[0].rfc, "ROPM750101AB1");
    EXPECT_NE(write_institution_file(*read.institution).find("\"rfc\": \"ROPM750101AB1\""), std::string::npos);
    auto wrong = text;
    wrong.insert(at + name.size(), "\"rfc\": \"XYZ\",");
    const auto refused = read_institution_file(wrong, "i.json");
    EXPECT_FALSE(refused.institution);
    ASSERT_FALSE(refused.findings.empty());
    EXPECT_EQ(refused.findings.front().field, "firmantes[1].rfc");
}

}  // namespace
}  // namespace pacta::presentation
