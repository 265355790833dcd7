// Personal searches the store accent-blind and opens the record shown.
#include <gtest/gtest.h>

#include "support/memory_repositories.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/staff/staff_list_screen.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

TEST(StaffList, SearchesAccentBlindAndOpensTheRecordShown) {
    MemoryStaff staff;
    auto rosa = rosa_ramirez();
    staff.people.push_back(rosa);
    auto juan = rosa_ramirez();
    juan.given_names = "Juan";
    juan.first_surname = "Núñez";
    juan.curp = "NUXJ900101HGRXXX01";
    juan.regime = d::Regime::cas;
    staff.people.push_back(juan);
    MemoryAudit audit;
    const Session session(account_with("ana", {d::Role::administrador}), audit);
    StaffListViewModel model(session, staff);
    model.reload();
    EXPECT_EQ(model.list.count(), 2U);
    EXPECT_EQ(model.list.cell(0, StaffListViewModel::name), "Juan Núñez Cruz");  // by surnames
    model.list.set_search("nunez");
    ASSERT_EQ(model.list.count(), 1U);
    EXPECT_EQ(model.member(0).curp, "NUXJ900101HGRXXX01");
    model.list.set_search("");
    model.list.set_filter(StaffListViewModel::regime, pacta::locale::regime_label(d::Regime::cas));
    EXPECT_EQ(model.list.count(), 1U);
    // Someone removed meanwhile: a clear message, not a crash.
    model.list.set_filter(StaffListViewModel::regime, "");
    (void)model.list.cell(1, 0);
    staff.people.pop_back();
    EXPECT_THROW((void)model.member(0), ServiceError);
}

}  // namespace
}  // namespace pacta::presentation
