// Legal review inside the contract view, as a view-model: the clauses of the contract as
// generated again from its stored template and data, comments on them and their
// resolutions, the checklist, what blocks the approval, and the redline against the
// approved library.
#include <gtest/gtest.h>

#include <algorithm>

#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/review/review_screen.h"
#include "support/memory_repositories.h"
#include "support/memory_review.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

class Review : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        const std::string dir = PACTA_SOURCE_DIR "/document/plantillas/";
        d::StoredContract source;
        source.institution_code = "imss-gro";
        source.template_code = "imss-bienestar-honorarios";
        source.template_source = document::read_file(dir + "imss-bienestar-honorarios.md").value_or("");
        source.data_json = document::read_file(dir + "imss-bienestar-honorarios.ejemplo.json").value_or("");
        catalog.sources["GRO-2024-0001"] = source;
        d::ContractStatus status;
        status.folio = "GRO-2024-0001";
        status.institution_code = "imss-gro";
        status.template_code = "imss-bienestar-honorarios";
        status.drafted_by = "carlos";
        status.state = d::ContractState::en_revision;
        contracts.contracts[status.folio] = status;
        checklist.rows = {{1, 1, "El RFC coincide con la constancia de situación fiscal", false, ""}};
    }
    ReviewViewModel open(const Session& session) {
        ReviewViewModel model(session, catalog, contracts, comments, checklist, library);
        model.load("GRO-2024-0001");
        return model;
    }
    MemoryAudit audit;
    MemoryCatalog catalog;
    MemoryContracts contracts;
    MemoryComments comments;
    MemoryChecklist checklist;
    MemoryLibrary library;
};

TEST_F(Review, CommentsResolutionsAndTheChecklistDecideWhetherItCanBeApproved) {
    const Session reviewer(account_with("rita", {d::Role::revisor_juridico}), audit);
    auto rita = open(reviewer);
    ASSERT_GE(rita.clauses().size(), 10U);
    EXPECT_EQ(rita.clauses()[0].key, "objeto");
    EXPECT_EQ(rita.clauses()[0].ordinal, "PRIMERA");
    EXPECT_NE(rita.clauses()[1].text.find("capacidad y sus conocimientos"), std::string::npos) << rita.clauses()[1].text;
    EXPECT_NE(rita.approval_blocker().find("1"), std::string::npos) << rita.approval_blocker();  // a point unchecked

    EXPECT_FALSE(rita.comment(1, "  \n"));
    EXPECT_EQ(rita.error(), "escriba primero el comentario.");
    ASSERT_TRUE(rita.comment(1, "Precisar qué daños y perjuicios.")) << rita.error();
    EXPECT_EQ(rita.clauses()[1].open_comments, 1U);
    ASSERT_EQ(rita.comment_lines().size(), 1U);
    EXPECT_EQ(rita.comment_lines()[0], "SEGUNDA · rita, 25/01/2024: Precisar qué daños y perjuicios.");
    ASSERT_TRUE(rita.check(0)) << rita.error();
    EXPECT_TRUE(rita.checklist()[0].checked);
    EXPECT_FALSE(rita.check(0));  // confirmed already
    EXPECT_FALSE(rita.error().empty());
    EXPECT_NE(rita.approval_blocker().find("comentario"), std::string::npos) << rita.approval_blocker();

    // The clerk who drafted it answers; a clerk may not comment.
    const Session clerk(account_with("carlos", {d::Role::capturista}), audit);
    auto carlos = open(clerk);
    EXPECT_FALSE(carlos.comment(0, "otro"));
    EXPECT_NE(carlos.error().find("revisor"), std::string::npos) << carlos.error();
    ASSERT_TRUE(carlos.resolve(0, "Se agregó «derivados de negligencia».")) << carlos.error();
    EXPECT_NE(carlos.comment_lines()[0].find("→ resuelto por carlos"), std::string::npos) << carlos.comment_lines()[0];
    EXPECT_EQ(carlos.clauses()[1].open_comments, 0U);
    EXPECT_EQ(carlos.approval_blocker(), "");
}

// The checklist is the reviewers' to extend; a point added blocks the approval until confirmed.
TEST_F(Review, ReviewersAddPointsToTheChecklistAndClerksCannot) {
    const Session reviewer(account_with("rita", {d::Role::revisor_juridico}), audit);
    auto rita = open(reviewer);
    EXPECT_TRUE(rita.may_edit_checklist());
    EXPECT_FALSE(rita.add_point(" \n"));
    EXPECT_EQ(rita.error(), "escriba primero el punto.");
    ASSERT_TRUE(rita.check(0)) << rita.error();
    EXPECT_EQ(rita.approval_blocker(), "");
    ASSERT_TRUE(rita.add_point("La CLABE corresponde a la persona prestadora")) << rita.error();
    ASSERT_EQ(rita.checklist().size(), 2U);
    EXPECT_EQ(rita.checklist()[1].text, "La CLABE corresponde a la persona prestadora");
    EXPECT_NE(rita.approval_blocker(), "");  // the new point waits to be confirmed
    ASSERT_TRUE(rita.check(1)) << rita.error();
    EXPECT_EQ(rita.approval_blocker(), "");
    // A point taken out of use goes from the list; a clerk may not take one out.
    ASSERT_TRUE(rita.add_point("Un punto que sobra")) << rita.error();
    EXPECT_NE(rita.approval_blocker(), "");
    ASSERT_TRUE(rita.retire_point(2)) << rita.error();
    EXPECT_EQ(rita.checklist().size(), 2U);
    EXPECT_EQ(rita.approval_blocker(), "");

    const Session clerk(account_with("carlos", {d::Role::capturista}), audit);
    auto carlos = open(clerk);
    EXPECT_FALSE(carlos.may_edit_checklist());
    EXPECT_FALSE(carlos.add_point("Otro punto"));
    EXPECT_NE(carlos.error().find("revisor"), std::string::npos) << carlos.error();
    EXPECT_FALSE(carlos.retire_point(0));
    EXPECT_NE(carlos.error().find("revisor"), std::string::npos) << carlos.error();
    ASSERT_EQ(checklist.rows.size(), 3U);  // the retired point is kept, out of use
    EXPECT_TRUE(checklist.rows[2].retired);
    EXPECT_FALSE(checklist.rows[0].retired);
}

TEST_F(Review, TheRedlineShowsWhereTheContractLeavesTheApprovedWording) {
    const Session reviewer(account_with("rita", {d::Role::revisor_juridico}), audit);
    auto rita = open(reviewer);
    EXPECT_NE(redline_text(rita.redline()).find("aún no tiene cláusulas aprobadas; un revisor jurídico las agrega y aprueba en «Plantillas y cláusulas»"), std::string::npos) << redline_text(rita.redline());
    d::LibraryClause approved;
    approved.key = "capacidad";
    approved.version = 1;
    approved.status = d::ClauseStatus::aprobada;
    approved.text = "**\"EL PRESTADOR DE LOS SERVICIOS\"** se obliga a aplicar su capacidad y sus conocimientos con "
                    "diligencia.";
    library.clauses = {approved};
    const auto pieces = rita.redline();
    const auto redline = redline_text(pieces);
    // The contract's longer wording, as an inserted piece the screen underlines in blue.
    EXPECT_TRUE(std::ranges::any_of(pieces, [](const auto& p) { return p.style == RedlinePiece::Style::inserted; }));
    EXPECT_NE(redline.find("{+"), std::string::npos) << redline;
    EXPECT_NE(redline.find("diligencia"), std::string::npos) << redline;
}

}  // namespace
}  // namespace pacta::presentation
