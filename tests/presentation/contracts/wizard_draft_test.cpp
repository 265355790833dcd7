// The wizard's draft file policy: one file per account, kept whole after each step, removed
// when empty, finished or discarded; nothing kept without a file.
#include "pacta/presentation/contracts/wizard_draft.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using pacta::presentation::WizardDraft;

TEST(WizardDraft, OneFilePerAccountKeptPrivateAndRemovedWhenDone) {
    const auto folder = fs::temp_directory_path() / ("pacta-drafts-" + std::to_string(::getpid())) / "borradores";
    fs::remove_all(folder.parent_path());
    const auto ana = WizardDraft::for_account(folder, "ana");
    EXPECT_EQ(ana.file(), folder / "asistente-ana.json");
    EXPECT_NE(WizardDraft::for_account(folder, "beto").file(), ana.file());
    EXPECT_FALSE(ana.pending());
    ana.keep(R"({"paso":"datos"})");  // the folder is created on the first step
    ASSERT_TRUE(ana.pending());
    EXPECT_EQ(*ana.pending(), R"({"paso":"datos"})");
    struct stat info {};
    ASSERT_EQ(::stat(ana.file().c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0077, 0U);
    ana.keep("");  // back before a person was chosen: nothing to resume
    EXPECT_FALSE(fs::exists(ana.file()));
    ana.keep("{}");
    ana.discard();
    EXPECT_FALSE(ana.pending());
    const WizardDraft none;
    none.keep("{}");
    EXPECT_FALSE(none.pending());
    fs::remove_all(folder.parent_path());
}

}  // namespace
