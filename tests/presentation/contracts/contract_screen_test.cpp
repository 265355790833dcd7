// The contract screen: what the checker found before review, and what each move needs.
#include <gtest/gtest.h>

#include "pacta/presentation/contracts/contract_screen.h"
#include "support/services_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

// With the service the composition root wires, the desktop runs the contract checker before
// legal review too, and shows what it found under why nothing moved.
TEST_F(Services, TheContractScreenShowsWhatTheCheckerFoundBeforeReview) {
    const auto clerk = as({d::Role::capturista}, "carlos");
    ContractLifecycleService service(clerk, contracts_);
    service.set_pre_review_check([](const std::string&) {
        return d::Findings{d::Finding("check.empty", d::Severity::error, "texto")};
    });
    ContractViewModel screen(service, contracts_);
    screen.load("F-1");
    const auto& moves = screen.moves();
    const auto review = std::find_if(moves.begin(), moves.end(),
                                     [](const AvailableMove& m) { return m.to == d::ContractState::en_revision; });
    ASSERT_NE(review, moves.end());
    EXPECT_FALSE(screen.move(static_cast<std::size_t>(review - moves.begin()), ""));
    EXPECT_NE(screen.error().find("has errors and stays"), std::string::npos) << screen.error();
    EXPECT_NE(screen.error().find("\n• "), std::string::npos) << screen.error();
    EXPECT_EQ(contracts_.contracts.at("F-1").state, d::ContractState::borrador);
}

// The contract screen asks for what a move needs in its own words: the signed document, or
// the settlement screen for an early ending (the service's refusals name pacta-cli options).
TEST_F(Services, TheContractScreenSaysWhatAMoveNeeds) {
    auto& c = contracts_.contracts.at("F-1");
    c.state = d::ContractState::aprobado;
    const auto clerk = as({d::Role::capturista}, "carlos");
    ContractViewModel screen(clerk, contracts_);
    screen.load("F-1");
    const auto& moves = screen.moves();
    const auto sign = std::find_if(moves.begin(), moves.end(), [](const AvailableMove& m) { return m.signed_document_required; });
    ASSERT_NE(sign, moves.end());
    EXPECT_FALSE(screen.move(static_cast<std::size_t>(sign - moves.begin()), ""));
    EXPECT_EQ(screen.error(), "choose the signed document: the scan of the signed copies or the digitally signed PDF.");
    EXPECT_EQ(c.state, d::ContractState::aprobado);

    c.state = d::ContractState::vigente;
    const auto admin = as({d::Role::administrador}, "ana");
    ContractViewModel managed(admin, contracts_);
    managed.load("F-1");
    const auto& later = managed.moves();
    const auto ending = std::find_if(later.begin(), later.end(), [](const AvailableMove& m) { return m.by_termination; });
    ASSERT_NE(ending, later.end());
    EXPECT_FALSE(managed.move(static_cast<std::size_t>(ending - later.begin()), "renuncia"));
    EXPECT_NE(managed.error().find("«Payments»"), std::string::npos) << managed.error();
    EXPECT_EQ(managed.error().find("pacta-cli"), std::string::npos) << managed.error();
    EXPECT_EQ(c.state, d::ContractState::vigente);
}

}  // namespace
}  // namespace pacta::presentation
