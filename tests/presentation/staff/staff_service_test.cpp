// People on behalf of a user: personal data shown and exported only to the roles that may
// see it, and audited; a search audited once.
#include <gtest/gtest.h>

#include "pacta/presentation/staff/staff_service.h"
#include "support/services_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

TEST_F(Services, PersonalDataIsShownAndExportedOnlyToTheRightRolesAndAudited) {
    MemoryStaff staff;
    d::StaffMember rosa;
    rosa.given_names = "Rosa";
    rosa.first_surname = "Ramírez";
    rosa.curp = "RACR920514MDFMRS05";
    rosa.bank_account = "002180700000000003";
    staff.people.push_back(rosa);
    const auto finance = as({d::Role::finanzas}, "fer");
    const auto reviewer = as({d::Role::revisor_juridico}, "rita");
    EXPECT_EQ(StaffService(finance, staff).view(rosa.curp).bank_account, rosa.bank_account);
    EXPECT_THROW((void)StaffService(reviewer, staff).view(rosa.curp), AccessDenied);
    EXPECT_THROW((void)StaffService(finance, staff).export_all("/tmp/x.csv"), AccessDenied);
    EXPECT_EQ(StaffService(as({d::Role::capturista}, "carlos"), staff).export_all("/tmp/x.csv").size(), 1U);
    EXPECT_THROW((void)StaffService(finance, staff).view("NADIE"), ServiceError);
    EXPECT_THROW(StaffService(reviewer, staff).import({rosa}, "imss-gro", false), AccessDenied);
    std::vector<std::string> actions;
    for (const auto& r : audit_.rows) actions.push_back(r.actor + ":" + r.action);
    EXPECT_EQ(actions, (std::vector<std::string>{"fer:consultar", "rita:denegar", "fer:denegar", "carlos:exportar",
                                                 "rita:denegar"}));
}

// Access and integrity review, finding 8: a legal reviewer's `personal buscar` printed CURPs
// and left no audit row. Now the search is audited once, and the reviewer sees masked keys.
TEST_F(Services, ASearchIsAuditedOnceAndShowsIdentityOnlyToThoseWhoMaySeeIt) {
    MemoryStaff staff;
    d::StaffMember rosa;
    rosa.given_names = "Rosa";
    rosa.first_surname = "Ramírez";
    rosa.curp = "RACR920514MDFMRS05";
    rosa.rfc = "RACR920514AB1";
    rosa.domicile = "Calle 5, Chilpancingo";
    rosa.bank_account = "002180700000000003";
    staff.people = {rosa, rosa};
    const auto reviewer = as({d::Role::revisor_juridico}, "rita");
    const auto audit_rows = audit_.rows.size();
    const auto seen = StaffService(reviewer, staff).search("rosa", 50);
    ASSERT_EQ(seen.size(), 2U);
    EXPECT_EQ(seen[0].full_name(), rosa.full_name());
    EXPECT_EQ(seen[0].key(), "RACR************05");
    EXPECT_EQ(seen[0].rfc, "");
    EXPECT_EQ(seen[0].domicile, "");
    EXPECT_EQ(seen[0].bank_account, "");
    ASSERT_EQ(audit_.rows.size(), audit_rows + 1);
    EXPECT_EQ(audit_.rows.back().actor, "rita");
    EXPECT_EQ(audit_.rows.back().action, "consultar");
    EXPECT_EQ(audit_.rows.back().entity, "busqueda_personal");
    EXPECT_EQ(audit_.rows.back().entity_id, "rosa");
    EXPECT_NE(audit_.rows.back().after_json.value_or("").find(R"("resultados":2)"), std::string::npos);

    const auto clerk = as({d::Role::capturista}, "carlos");
    EXPECT_EQ(StaffService(clerk, staff).search("rosa", 50)[0].key(), rosa.curp);
    EXPECT_EQ(audit_.rows.size(), audit_rows + 2);
}

}  // namespace
}  // namespace pacta::presentation
