// Sessions: a refusal names the role that would be needed and is audited.
#include <gtest/gtest.h>

#include <algorithm>

#include "pacta/locale/labels.h"
#include "pacta/presentation/institutions/signatory_list_screen.h"
#include "support/services_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

TEST_F(Services, ARefusalNamesTheRoleAndIsAudited) {
    const auto clerk = as({d::Role::capturista}, "carlos");
    try {
        clerk.require(d::Permission::record_payments, "exhibicion F-1/1");
        FAIL() << "a clerk recorded a payment";
    } catch (const AccessDenied& e) {
        EXPECT_EQ(e.needed(), std::vector<d::Role>{d::Role::finanzas});
        EXPECT_NE(std::string(e.what()).find(pacta::locale::role_label(d::Role::finanzas)), std::string::npos) << e.what();
    }
    ASSERT_EQ(audit_.rows.size(), 1U);
    EXPECT_EQ(audit_.rows[0].actor, "carlos");
    EXPECT_EQ(audit_.rows[0].action, "denegar");
    EXPECT_EQ(audit_.rows[0].entity_id, "exhibicion F-1/1");
    EXPECT_THROW(create_user(clerk, users_, institutions_, {"zoe", {d::Role::finanzas}, {}, "clave-de-zoe-1"}),
                 AccessDenied);
    EXPECT_FALSE(users_.find("zoe"));
    // An account limited to an institution that does not exist is refused, nothing created.
    const auto admin = as({d::Role::administrador}, "ana");
    EXPECT_THROW(create_user(admin, users_, institutions_, {"zoe", {d::Role::finanzas}, {"no-existe"}, "clave-de-zoe-1"}),
                 ServiceError);
    EXPECT_FALSE(users_.find("zoe"));
    auto limited = as({d::Role::capturista});
    EXPECT_NO_THROW(limited.require(d::Permission::draft_contracts, "x", "imss-gro"));
}

}  // namespace
}  // namespace pacta::presentation
