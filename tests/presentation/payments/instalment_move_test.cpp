// Who moves an instalment: only finance marks money paid, and only on signed contracts.
#include <gtest/gtest.h>

#include "pacta/presentation/payments/instalment_move.h"
#include "support/services_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

TEST_F(Services, OnlyFinanceMarksMoneyPaidAndOnlyOnSignedContracts) {
    const auto finance = as({d::Role::finanzas}, "fer");
    const auto admin = as({d::Role::administrador}, "beto");
    EXPECT_THROW(authorize_instalment_move(finance, contracts_, "F-1", 1, d::InstalmentState::paid), ServiceError);
    contracts_.contracts.at("F-1").state = d::ContractState::vigente;
    EXPECT_NO_THROW(authorize_instalment_move(finance, contracts_, "F-1", 1, d::InstalmentState::paid));
    EXPECT_NO_THROW(authorize_instalment_move(admin, contracts_, "F-1", 1, d::InstalmentState::report_delivered));
    EXPECT_THROW(authorize_instalment_move(admin, contracts_, "F-1", 1, d::InstalmentState::paid), AccessDenied);
}

}  // namespace
}  // namespace pacta::presentation
