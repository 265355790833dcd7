// Auditoría as a view-model: newest rows first with their date and time apart, the chain's
// verdict in Spanish, and a row's values shown only to those who may see personal data,
// the view itself audited.
#include <gtest/gtest.h>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/audit_screen.h"
#include "memory_repositories.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

class FixedTrail : public d::AuditTrail {
public:
    d::AuditVerification verify() override { return verdict; }
    std::vector<d::AuditEntry> latest(std::size_t limit) override {
        std::vector<d::AuditEntry> out(rows.rbegin(), rows.rend());
        if (out.size() > limit) out.resize(limit);
        return out;
    }
    std::vector<d::AuditEntry> rows;
    d::AuditVerification verdict;
};

class Audit : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        d::AuditEntry created{"carlos", "crear", "personal", "RACR920514MDFMRS05", std::nullopt,
                              R"({"nombre":"Rosa Ramírez Cruz","clabe":"002010077777777771"})", "2024-02-01T16:05:09Z", 1};
        d::AuditEntry denied{"rita", "denegar", "exhibicion", "GRO-2024-0001/1", std::nullopt, "{}",
                             "2024-03-05T18:00:00Z", 2};
        trail.rows = {created, denied};
        trail.verdict = {true, 2, 0, std::string(64, 'a')};
    }
    MemoryAudit log;
    FixedTrail trail;
};

TEST_F(Audit, NewestFirstFilteredAndVerified) {
    const Session reviewer(account_with("rita", {d::Role::revisor_juridico}), log);
    AuditViewModel model(reviewer, trail);
    model.reload();
    ASSERT_EQ(model.list.count(), 2U);
    EXPECT_EQ(model.list.cell(0, AuditViewModel::number), "2");
    EXPECT_EQ(model.list.cell(1, AuditViewModel::date), "2024-02-01");
    EXPECT_EQ(model.list.cell(1, AuditViewModel::time), "16:05:09");
    model.list.set_filter(AuditViewModel::action, "crear");
    ASSERT_EQ(model.list.count(), 1U);
    model.list.set_filter(AuditViewModel::action, "");
    model.list.set_period(AuditViewModel::date, AuditViewModel::date, "2024-03-01", "2024-03-31");
    ASSERT_EQ(model.list.count(), 1U);
    EXPECT_EQ(model.list.cell(0, AuditViewModel::actor), "rita");

    EXPECT_EQ(model.verify(), "Bitácora de auditoría íntegra: 2 filas; último hash " + std::string(64, 'a'));
    EXPECT_TRUE(model.intact());
    trail.verdict = {false, 2, 2, ""};
    EXPECT_NE(model.verify().find("desde la fila 2"), std::string::npos) << model.verify();
    EXPECT_FALSE(model.intact());

    // A reviewer may not read the values (a CLABE is in them); the refusal is audited.
    model.list.set_period(AuditViewModel::date, AuditViewModel::date, "", "");
    EXPECT_THROW((void)model.details(1), AccessDenied);
    EXPECT_EQ(log.rows.back().action, "denegar");
}

TEST_F(Audit, TheValuesOfARowAreShownToThoseWhoMaySeeThemAndTheViewIsAudited) {
    const Session clerk(account_with("carlos", {d::Role::capturista}), log);
    AuditViewModel model(clerk, trail);
    model.reload();
    const auto text = model.details(1);
    EXPECT_NE(text.find("Fila 1"), std::string::npos) << text;
    EXPECT_NE(text.find("\"clabe\": \"002010077777777771\""), std::string::npos) << text;
    EXPECT_NE(text.find("(nada)"), std::string::npos) << text;  // nothing before a creation
    EXPECT_EQ(log.rows.back().action, "consultar");
    EXPECT_EQ(log.rows.back().entity, "auditoria");
    EXPECT_EQ(log.rows.back().entity_id, "1");
}

}  // namespace
}  // namespace pacta::presentation
