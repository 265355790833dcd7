// Logging in: passwords checked, the fifth failure locks the account, and only the first
// administrator is created without one.
#include <gtest/gtest.h>

#include "pacta/document/template_library.h"
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

// The first start: the administrator, then the institution's file; a bad file is named and
// its problems listed, with no command line to run.
TEST(Setup, ABadInstitutionFileIsNamedWithItsProblems) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    MemoryUsers users;
    MemoryInstitutions institutions;
    MemoryAudit audit;
    SetupViewModel setup(users, institutions, audit);
    setup.username = "ana";
    setup.password = setup.password_again = "clave-de-ana-1";
    EXPECT_FALSE(setup.complete());
    EXPECT_EQ(setup.error(), "elija primero el archivo de la institución (.json).");
    setup.institution_file_name = "/home/ana/Descargas/oficina.json";
    setup.institution_file_text = R"({"clave": "imss-gro", "nombre": "", "pais": "MX"})";
    EXPECT_FALSE(setup.complete());
    EXPECT_EQ(setup.error().rfind("el archivo de institución «oficina.json» tiene errores", 0), 0U) << setup.error();
    EXPECT_NE(setup.error().find('\n'), std::string::npos) << setup.error();  // and what they are
    EXPECT_EQ(setup.error().find("/home/ana"), std::string::npos);
    EXPECT_EQ(setup.error().find("pacta-cli"), std::string::npos);
    setup.institution_file_text = document::read_file(PACTA_FIXTURES_DIR "/datos/institucion-imss-bienestar-gro.json").value_or("");
    EXPECT_TRUE(setup.complete()) << setup.error();
    EXPECT_TRUE(institutions.institution);
}

}  // namespace
}  // namespace pacta::presentation
