// Legal review on behalf of a user: comments name a clause of the contract by key or ordinal
// while it is under review; approval waits for every comment resolved and every checklist
// point confirmed; a clause version is approved by a reviewer who did not write it.
#include <gtest/gtest.h>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/review/review_service.h"
#include "support/memory_repositories.h"
#include "support/memory_review.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

class Reviewing : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language({}, "en");
        d::ContractStatus status;
        status.folio = "GRO-2024-0001";
        status.institution_code = "imss-gro";
        status.template_code = "imss-bienestar-honorarios";
        status.state = d::ContractState::en_revision;
        contracts.contracts[status.folio] = status;
        checklist.rows = {{1, 1, "El RFC coincide con la constancia", false, ""}};
    }
    MemoryAudit audit;
    MemoryContracts contracts;
    MemoryComments comments;
    MemoryChecklist checklist;
    MemoryLibrary library;
    const Session rita{account_with("rita", {d::Role::revisor_juridico}), audit};
    const Session raul{account_with("raul", {d::Role::revisor_juridico}), audit};
    const Session carlos{account_with("carlos", {d::Role::capturista}), audit};
    const std::vector<ClauseName> clauses{{"objeto", "PRIMERA"}, {"confidencialidad", "SÉPTIMA"}};
};

TEST_F(Reviewing, ACommentNamesAClauseByKeyOrOrdinalWhileTheContractIsUnderReview) {
    ReviewService review(rita, comments, contracts);
    const auto first = review.comment("GRO-2024-0001", "objeto", "Precisar las actividades", clauses);
    (void)review.comment("GRO-2024-0001", "SÉPTIMA", "Citar la ley aplicable", clauses);
    ASSERT_EQ(comments.rows.size(), 2U);
    EXPECT_EQ(comments.rows[1].clause_key, "confidencialidad");
    EXPECT_EQ(comments.rows[0].author, "rita");
    try {
        (void)review.comment("GRO-2024-0001", "penas", "x", clauses);
        ADD_FAILURE() << "a comment on a clause the contract does not have";
    } catch (const ServiceError& e) {
        EXPECT_NE(std::string(e.what()).find("objeto"), std::string::npos) << e.what();  // says which exist
    }
    EXPECT_THROW((void)review.comment("GRO-2024-0001", "objeto", "  \n", clauses), ServiceError);
    EXPECT_THROW((void)ReviewService(carlos, comments, contracts).comment("GRO-2024-0001", "objeto", "x", clauses),
                 AccessDenied);
    EXPECT_EQ(review.open_comments("GRO-2024-0001"), 2U);

    review.resolve(first, "Actividades precisadas");
    EXPECT_EQ(review.open_comments("GRO-2024-0001"), 1U);
    EXPECT_THROW(review.resolve(first, "otra vez"), ServiceError);
    EXPECT_THROW(review.resolve(99, "x"), ServiceError);

    contracts.contracts["GRO-2024-0001"].state = d::ContractState::aprobado;
    EXPECT_THROW((void)review.comment("GRO-2024-0001", "objeto", "Tarde", clauses), ServiceError);
}

TEST_F(Reviewing, ApprovalWaitsForEveryCommentResolvedAndEveryPointConfirmed) {
    ReviewService review(rita, comments, contracts);
    const auto id = review.comment("GRO-2024-0001", "objeto", "Precisar las actividades", clauses);
    auto blocker = review.approval_blocker("GRO-2024-0001", checklist);
    ASSERT_TRUE(blocker);
    EXPECT_NE(blocker->find("1 unresolved review comment;"), std::string::npos) << *blocker;
    EXPECT_EQ(blocker->find("pacta-cli"), std::string::npos) << *blocker;  // the desktop shows it too

    review.resolve(id, "Hecho");
    blocker = review.approval_blocker("GRO-2024-0001", checklist);
    ASSERT_TRUE(blocker);
    EXPECT_NE(blocker->find("not yet confirmed (1)"), std::string::npos) << *blocker;

    ChecklistService points(rita, checklist, contracts);
    points.check("GRO-2024-0001", 1);
    EXPECT_FALSE(review.approval_blocker("GRO-2024-0001", checklist));
    EXPECT_THROW(points.check("GRO-2024-0001", 1), ServiceError);  // already confirmed
    EXPECT_THROW(points.check("GRO-2024-0001", 7), ServiceError);  // no such point
    EXPECT_THROW(ChecklistService(carlos, checklist, contracts).check("GRO-2024-0001", 1), AccessDenied);
}

TEST_F(Reviewing, AClauseVersionIsApprovedByAnotherReviewerAndOnlyWhenItIsWellFormed) {
    ClauseLibraryService library_as_rita(rita, library);
    d::LibraryClause clause{"confidencialidad", 0, "Confidencialidad", "{{prestador.nombre}} guarda reserva.", "", {}, "", ""};
    EXPECT_EQ(library_as_rita.add(clause), 1);

    auto broken = clause;
    broken.text = "{{prestador.nombre guarda reserva.";
    EXPECT_THROW((void)library_as_rita.add(broken), ServiceError);
    auto bad_key = clause;
    bad_key.key = "Confidencialidad Total";
    EXPECT_THROW((void)library_as_rita.add(bad_key), ServiceError);

    EXPECT_THROW(library_as_rita.approve("confidencialidad", 1), AccessDenied);  // she wrote it
    ClauseLibraryService(raul, library).approve("confidencialidad", 1);
    EXPECT_EQ(library.clauses[0].status, d::ClauseStatus::aprobada);
    EXPECT_EQ(library.clauses[0].decided_by, "raul");
    EXPECT_THROW((void)ClauseLibraryService(carlos, library).add(clause), AccessDenied);

    // A label in the interface's language, not the stored key.
    try {
        ClauseLibraryService(raul, library).approve("confidencialidad", 1);
        ADD_FAILURE() << "a version approved twice";
    } catch (const ServiceError& e) {
        EXPECT_NE(std::string(e.what()).find("«approved»"), std::string::npos) << e.what();
    }
    library_as_rita.retire("confidencialidad", 1);
    EXPECT_THROW(library_as_rita.retire("confidencialidad", 1), ServiceError);
    EXPECT_THROW((void)library_as_rita.view("penas", std::nullopt), ServiceError);
}

}  // namespace
}  // namespace pacta::presentation
