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

}  // namespace
}  // namespace pacta::presentation
