// Firmantes: the signatories of the institutions the user works for, their roles in the
// interface's language and their validity.
#include <gtest/gtest.h>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/institutions/signatory_list_screen.h"
#include "support/settings_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

// The office of the fixture, whose signatories the repository lists.
class ListedSignatories : public MemoryInstitutions {
public:
    std::vector<d::SignatorySummary> signatories(const std::string&) override {
        std::vector<d::SignatorySummary> out;
        for (const auto& s : institution->signatories) out.push_back({institution->code, s});
        return out;
    }
};

TEST_F(Settings, FirmantesListsTheSignatoriesWithTheirRolesAndValidity) {
    ListedSignatories offices;
    offices.institution = office();
    auto supervisor = offices.institution->signatories[0];
    supervisor.code = "sup";
    supervisor.name = "María Teresa Díaz Martínez";
    supervisor.roles = {"supervisor", "juridico"};
    supervisor.valid_to = *d::Date::from_ymd(2024, 12, 31);
    offices.institution->signatories.push_back(supervisor);

    SignatoryListViewModel model(clerk, offices);
    model.reload();
    ASSERT_EQ(model.list.count(), 2U);
    EXPECT_EQ(model.institution_at(0), "imss-gro");
    EXPECT_EQ(model.code_at(1), "sup");
    EXPECT_EQ(model.list.cell(0, SignatoryListViewModel::roles), "Representante");
    EXPECT_EQ(model.list.cell(1, SignatoryListViewModel::roles), "Supervisor, Jurídico");
    EXPECT_EQ(model.list.cell(1, SignatoryListViewModel::valid_to), "31/12/2024");
    EXPECT_EQ(model.list.cell(0, SignatoryListViewModel::valid_to), "");

    auto elsewhere = account_with("oax", {d::Role::capturista});
    elsewhere.institutions = {"imss-oax"};
    const Session other(elsewhere, audit);
    SignatoryListViewModel theirs(other, offices);
    theirs.reload();
    EXPECT_EQ(theirs.list.count(), 0U);
}

}  // namespace
}  // namespace pacta::presentation
