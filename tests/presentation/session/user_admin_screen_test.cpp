// Configuración › Usuarios: accounts created, deactivated and given new passwords.
#include <gtest/gtest.h>

#include "pacta/presentation/session/user_admin_screen.h"
#include "support/settings_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

TEST_F(Settings, AccountsAreCreatedDeactivatedAndGivenNewPasswords) {
    MemoryUsers users;
    users.users["ana"].account = account_with("ana", {d::Role::administrador});
    UserAdminViewModel model(admin, users, institutions);
    model.reload();
    EXPECT_EQ(model.list.count(), 1U);
    EXPECT_TRUE(UserAdminViewModel::available(admin));
    EXPECT_FALSE(UserAdminViewModel::available(clerk));
    const auto roles = UserAdminViewModel::role_choices();
    ASSERT_EQ(roles.size(), 4U);
    EXPECT_EQ(roles[1].role, d::Role::revisor_juridico);
    EXPECT_EQ(roles[1].label, "revisor jurídico");
    const auto offices = model.institution_choices();
    ASSERT_EQ(offices.size(), 1U);
    EXPECT_EQ(offices[0].code, "imss-gro");
    EXPECT_EQ(offices[0].label, "imss-gro  IMSS-Bienestar Guerrero");
    EXPECT_FALSE(model.create("rita", "una clave larga 1", "una clave larga 2", {d::Role::revisor_juridico}, {}));
    EXPECT_EQ(model.error(), "las dos contraseñas no coinciden; escriba la misma dos veces.");
    EXPECT_FALSE(model.create("rita", "corta", "corta", {d::Role::revisor_juridico}, {}));
    EXPECT_FALSE(model.create("rita", "una clave larga 1", "una clave larga 1", {}, {}));
    EXPECT_EQ(model.error(), "elija al menos un rol para la cuenta.");
    EXPECT_FALSE(model.error().empty());
    ASSERT_TRUE(model.create("rita", "una clave larga 1", "una clave larga 1", {d::Role::revisor_juridico}, {"imss-gro"}))
        << model.error();
    ASSERT_EQ(model.list.count(), 2U);
    EXPECT_EQ(users.users.at("rita").account.institutions, std::set<std::string>{"imss-gro"});
    EXPECT_EQ(users.users.at("rita").password, "una clave larga 1");
    model.list.set_search("rita");
    ASSERT_EQ(model.list.count(), 1U);
    ASSERT_TRUE(model.set_active(0, false)) << model.error();
    EXPECT_FALSE(users.users.at("rita").account.active);
    EXPECT_EQ(model.list.cell(0, UserAdminViewModel::state), "desactivado");
    ASSERT_TRUE(model.set_active(0, true));
    EXPECT_TRUE(users.users.at("rita").account.active);
    users.users.at("rita").account.locked = true;
    ASSERT_TRUE(model.reset_password(0, "otra clave larga 2", "otra clave larga 2"));
    EXPECT_FALSE(users.users.at("rita").account.locked);
    // Nobody deactivates their own account; the list is for administrators only.
    model.list.set_search("ana");
    EXPECT_FALSE(model.set_active(0, false));
    EXPECT_NE(model.error().find("su propia cuenta"), std::string::npos) << model.error();
    UserAdminViewModel refused(clerk, users, institutions);
    EXPECT_THROW(refused.reload(), AccessDenied);
}

}  // namespace
}  // namespace pacta::presentation
