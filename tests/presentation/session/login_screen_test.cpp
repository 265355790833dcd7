// Logging in: passwords checked, the fifth failure locks the account, and only the first
// administrator is created without one.
#include <gtest/gtest.h>

#include "pacta/presentation/session/login_screen.h"
#include "support/services_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

// Hashing is the engine's business (tests/db: TheEngineKeepsAnArgon2idHash...).
TEST_F(Services, LoginsAreCheckedAndTheFirstAdministratorIsTheOnlyOneWithoutALogin) {
    EXPECT_TRUE(log_in(users_, audit_, "ana", "clave-de-ana-1").user);
    EXPECT_EQ(log_in(users_, audit_, "ana", "otra").failure, LoginFailure::bad_credentials);
    EXPECT_EQ(log_in(users_, audit_, "nadie", "x").failure, LoginFailure::bad_credentials);
    // A second first administrator is refused.
    EXPECT_THROW(create_first_administrator(users_, institutions_, {"eva", {d::Role::administrador}, {}, "clave-de-eva-1"}),
                 AccessDenied);
    MemoryUsers empty;
    EXPECT_THROW(create_first_administrator(empty, institutions_, {"eva", {d::Role::finanzas}, {}, "clave-de-eva-1"}), ServiceError);
    EXPECT_THROW(create_first_administrator(empty, institutions_, {"eva", {d::Role::administrador}, {}, "corta"}), ServiceError);
    EXPECT_EQ(log_in(empty, audit_, "eva", "x").failure, LoginFailure::no_users);
}

TEST_F(Services, TheFifthFailureLocksEvenAgainstTheRightPassword) {
    for (int i = 0; i < d::max_failed_logins - 1; ++i) {
        EXPECT_EQ(log_in(users_, audit_, "ana", "mala").failure, LoginFailure::bad_credentials);
    }
    EXPECT_EQ(log_in(users_, audit_, "ana", "mala").failure, LoginFailure::locked);
    EXPECT_EQ(log_in(users_, audit_, "ana", "clave-de-ana-1").failure, LoginFailure::locked);
    users_.reset_password("ana", "clave-de-ana-1", "beto");
    EXPECT_TRUE(log_in(users_, audit_, "ana", "clave-de-ana-1").user);
    users_.set_active("ana", false, "beto");
    EXPECT_EQ(log_in(users_, audit_, "ana", "clave-de-ana-1").failure, LoginFailure::inactive);
}

}  // namespace
}  // namespace pacta::presentation
