// The clause library: reviewers write versions and another reviewer approves them.
#include <gtest/gtest.h>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/review/clause_library_screen.h"
#include "support/memory_repositories.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

TEST(ClauseLibrary, ReviewersWriteVersionsAndAnotherReviewerApprovesThem) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    MemoryAudit audit;
    MemoryLibrary library;
    const Session rita(account_with("rita", {d::Role::revisor_juridico}), audit);
    const Session raul(account_with("raul", {d::Role::revisor_juridico}), audit);
    const Session carlos(account_with("carlos", {d::Role::capturista}), audit);
    ClauseLibraryViewModel written(rita, library);
    written.reload();
    EXPECT_FALSE(written.add("confidencialidad", "", "texto", ""));
    EXPECT_EQ(written.error(), "una cláusula necesita un título y su texto.");
    EXPECT_FALSE(written.add("mala clave", "Confidencialidad", "texto", ""));
    EXPECT_NE(written.error().find("mala clave"), std::string::npos) << written.error();
    EXPECT_FALSE(written.add("confidencialidad", "Confidencialidad", "Guardará {{ secreto", ""));
    EXPECT_FALSE(written.error().empty());
    ASSERT_TRUE(written.add("confidencialidad", "Confidencialidad", "Guardará reserva de la información.", "Art. 116"))
        << written.error();
    ASSERT_EQ(written.list.count(), 1U);
    EXPECT_EQ(written.list.cell(0, ClauseLibraryViewModel::status), "borrador");
    EXPECT_FALSE(written.approve(0));  // not one's own wording
    EXPECT_NE(written.error().find("rita"), std::string::npos) << written.error();

    ClauseLibraryViewModel clerk(carlos, library);
    clerk.reload();
    EXPECT_FALSE(clerk.approve(0));
    EXPECT_FALSE(clerk.add("confidencialidad", "Confidencialidad", "Otra.", ""));

    ClauseLibraryViewModel other(raul, library);
    other.reload();
    ASSERT_TRUE(other.approve(0)) << other.error();
    EXPECT_EQ(other.list.cell(0, ClauseLibraryViewModel::status), "aprobada");
    EXPECT_EQ(other.list.cell(0, ClauseLibraryViewModel::decided_by), "raul");
    ASSERT_TRUE(other.add("confidencialidad", "Confidencialidad", "Guardará absoluta reserva.", ""));
    EXPECT_EQ(other.list.count(), 2U);
    ASSERT_TRUE(other.retire(0)) << other.error();
    EXPECT_FALSE(other.retire(0));  // retired already
}

}  // namespace
}  // namespace pacta::presentation
