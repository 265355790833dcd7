// User accounts on every engine: an account made with roles and institutions is found and
// listed as made; deactivated, it is not admitted; its password is its own, and a new one
// replaces it. (Lockout after failed logins is SQLite's: on the server PostgreSQL checks
// passwords, docs/servidor.md.)
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>

#include "engine.h"

namespace pacta::testing_ports {
namespace {

class UserPort : public testing::TestWithParam<const char*> {
protected:
    void SetUp() override { ASSERT_TRUE(engine.ready()); }
    // A user name no other test uses, even on the shared server.
    std::string unique(const std::string& who) { return who + std::to_string(::getpid() % 100000) + GetParam()[0]; }
    Engine engine{GetParam()};
};

TEST_P(UserPort, AnAccountIsFoundAsMadeAndItsPasswordIsItsOwn) {
    domain::InstitutionRepository& institutions = engine.institutions();
    domain::Institution gro;
    gro.code = "usr-gro";
    gro.name = "Guerrero";
    gro.country = "MX";
    (void)institutions.save(gro, engine.actor());
    domain::UserAccount rosa;
    rosa.username = unique("rosa");
    rosa.roles = {domain::Role::capturista, domain::Role::finanzas};
    rosa.institutions = {"usr-gro"};
    const std::size_t before = engine.users().count();
    ASSERT_TRUE(engine.users().create(rosa, "clave de rosa 1", false, engine.actor()));
    EXPECT_EQ(engine.users().count(), before + 1);
    EXPECT_FALSE(engine.users().create(rosa, "otra", true, engine.actor()));  // accounts exist already
    const auto found = engine.users().find(rosa.username);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->roles, rosa.roles);
    EXPECT_EQ(found->institutions, rosa.institutions);
    EXPECT_TRUE(found->active);
    const auto all = engine.users().list();
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [&](const auto& u) { return u.username == rosa.username; }));
    EXPECT_FALSE(engine.users().find(unique("nadie")));

    EXPECT_TRUE(engine.users().password_matches(rosa.username, "clave de rosa 1"));
    EXPECT_FALSE(engine.users().password_matches(rosa.username, "clave de rosa 2"));
    EXPECT_FALSE(engine.users().password_matches(rosa.username, ""));
    EXPECT_FALSE(engine.users().password_matches(unique("nadie"), "clave de rosa 1"));
    ASSERT_TRUE(engine.users().reset_password(rosa.username, "clave nueva 2", engine.actor()));
    EXPECT_TRUE(engine.users().password_matches(rosa.username, "clave nueva 2"));
    EXPECT_FALSE(engine.users().password_matches(rosa.username, "clave de rosa 1"));
    EXPECT_FALSE(engine.users().reset_password(unique("nadie"), "x", engine.actor()));

    EXPECT_EQ(engine.users().admit_login(rosa.username), domain::LoginAdmission::admitted);
    (void)engine.users().finish_login(rosa.username, true);
    EXPECT_EQ(engine.users().admit_login(unique("nadie")), domain::LoginAdmission::unknown);
    ASSERT_TRUE(engine.users().set_active(rosa.username, false, engine.actor()));
    EXPECT_FALSE(engine.users().find(rosa.username)->active);
    EXPECT_EQ(engine.users().admit_login(rosa.username), domain::LoginAdmission::inactive);
    EXPECT_FALSE(engine.users().set_active(unique("nadie"), true, engine.actor()));
    ASSERT_TRUE(engine.users().set_active(rosa.username, true, engine.actor()));
    EXPECT_EQ(engine.users().admit_login(rosa.username), domain::LoginAdmission::admitted);
    EXPECT_TRUE(engine.users().password_matches(rosa.username, "clave nueva 2"));
}

TEST_P(UserPort, AnAccountForAnUnknownInstitutionIsRefused) {
    domain::UserAccount account;
    account.username = unique("perdido");
    account.roles = {domain::Role::capturista};
    account.institutions = {"no-existe"};
    EXPECT_ANY_THROW((void)engine.users().create(account, "clave 1", false, engine.actor()));
    EXPECT_FALSE(engine.users().find(account.username));
}

INSTANTIATE_TEST_SUITE_P(Engines, UserPort, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::testing_ports
