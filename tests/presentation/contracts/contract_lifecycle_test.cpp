// The lifecycle service checks the user and the move before it stores, and dates moves of
// signed contracts as the system.
#include <gtest/gtest.h>

#include "pacta/presentation/contracts/contract_lifecycle.h"
#include "support/services_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

TEST_F(Services, TheLifecycleServiceChecksBeforeItStores) {
    const auto reviewer_who_drafted = as({d::Role::revisor_juridico, d::Role::capturista}, "ana");
    const auto reviewer = as({d::Role::revisor_juridico}, "rita");
    const auto clerk = as({d::Role::capturista}, "carlos");
    ContractLifecycleService(clerk, contracts_).move("F-1", d::ContractState::en_revision, "", std::nullopt);
    EXPECT_THROW(ContractLifecycleService(reviewer_who_drafted, contracts_).move("F-1", d::ContractState::aprobado, "", std::nullopt),
                 AccessDenied);
    EXPECT_THROW(ContractLifecycleService(clerk, contracts_).move("F-1", d::ContractState::aprobado, "", std::nullopt),
                 AccessDenied);
    EXPECT_THROW(ContractLifecycleService(reviewer, contracts_).move("F-1", d::ContractState::observado, "", std::nullopt),
                 ServiceError);
    EXPECT_THROW(ContractLifecycleService(reviewer, contracts_).move("NO-EXISTE", d::ContractState::aprobado, "", std::nullopt),
                 ServiceError);
    ContractLifecycleService(reviewer, contracts_).move("F-1", d::ContractState::aprobado, "", std::nullopt);
    // Signing needs the document; editing an approved contract is refused.
    EXPECT_THROW(ContractLifecycleService(clerk, contracts_).move("F-1", d::ContractState::firmado, "", std::nullopt),
                 ServiceError);
    EXPECT_THROW(ContractLifecycleService(clerk, contracts_).check_content_change("F-1", d::Permission::draft_contracts),
                 ServiceError);
    EXPECT_EQ(contracts_.moves.size(), 2U);
    EXPECT_EQ(contracts_.moves[1].first, "rita");
    EXPECT_EQ(contracts_.contracts.at("F-1").state, d::ContractState::aprobado);
    // Two refusals of roles, each audited (the missing reason and document are not about roles).
    std::size_t denials = 0;
    for (const auto& r : audit_.rows) denials += r.action == "denegar";
    EXPECT_EQ(denials, 2U);
}

TEST_F(Services, DatesMoveSignedContractsAsTheSystem) {
    auto& c = contracts_.contracts.at("F-1");
    c.state = d::ContractState::firmado;
    c.start = *d::Date::from_ymd(2024, 2, 1);
    c.end = *d::Date::from_ymd(2024, 6, 30);
    EXPECT_EQ(apply_moves_by_date(contracts_, *d::Date::from_ymd(2024, 1, 31)), 0U);
    EXPECT_EQ(apply_moves_by_date(contracts_, *d::Date::from_ymd(2024, 7, 1)), 2U);
    EXPECT_EQ(c.state, d::ContractState::concluido);
    EXPECT_EQ(contracts_.moves.at(0).first, system_actor);
    EXPECT_EQ(apply_moves_by_date(contracts_, *d::Date::from_ymd(2024, 7, 2)), 0U);
}

}  // namespace
}  // namespace pacta::presentation
