// Institutions on behalf of a user: only an administrator saves one, and never with a text
// the documents could not carry; lists and signatories keep to the institutions the user
// works for, and reading another one is refused.
#include <gtest/gtest.h>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/institutions/institution_service.h"
#include "support/settings_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

// Two offices, each with its representative.
class TwoOffices : public MemoryInstitutions {
public:
    std::vector<d::InstitutionSummary> list() override {
        return {{"imss-gro", "IMSS-Bienestar Guerrero", "MX", 0, 0}, {"imss-oax", "IMSS-Bienestar Oaxaca", "MX", 0, 0}};
    }
    std::vector<d::SignatorySummary> signatories(const std::string& code) override {
        std::vector<d::SignatorySummary> out;
        for (const std::string office_code : {"imss-gro", "imss-oax"}) {
            if (!code.empty() && code != office_code) continue;
            d::SignatorySummary s;
            s.institution = office_code;
            s.signatory.code = "rep";
            out.push_back(s);
        }
        return out;
    }
};

TEST_F(Settings, OnlyAnAdministratorSavesAnInstitutionAndNeverWithAnUnprintableText) {
    auto changed = office();
    changed.name = "IMSS-Bienestar, Guerrero";
    EXPECT_THROW((void)InstitutionService(clerk, institutions).save(changed), AccessDenied);
    EXPECT_EQ(institutions.institution->name, "IMSS-Bienestar Guerrero");
    EXPECT_TRUE(InstitutionService(admin, institutions).save(changed));
    EXPECT_EQ(institutions.institution->name, "IMSS-Bienestar, Guerrero");

    changed.legal_basis = "Artículo 1\xEE\x80\x82";  // a private-use character the PDF cannot print
    try {
        (void)InstitutionService(admin, institutions).save(changed);
        ADD_FAILURE() << "saved with a private-use character";
    } catch (const InvalidInput& e) {
        ASSERT_FALSE(e.findings().empty());
    }
    EXPECT_EQ(institutions.institution->legal_basis, office().legal_basis);
}

TEST_F(Settings, ListsAndSignatoriesKeepToTheInstitutionsTheUserWorksFor) {
    TwoOffices offices;
    offices.institution = office();
    auto account = account_with("gro", {d::Role::capturista});
    account.institutions = {"imss-gro"};
    const Session limited(account, audit);
    InstitutionService service(limited, offices);
    const auto listed = service.list();
    ASSERT_EQ(listed.size(), 1U);
    EXPECT_EQ(listed[0].code, "imss-gro");
    EXPECT_EQ(service.signatories("").size(), 1U);
    EXPECT_TRUE(service.find("imss-gro"));
    EXPECT_THROW((void)service.find("imss-oax"), AccessDenied);
    EXPECT_THROW((void)service.signatories("imss-oax"), AccessDenied);
    EXPECT_EQ(InstitutionService(clerk, offices).list().size(), 2U);  // an account for every institution
}

}  // namespace
}  // namespace pacta::presentation
