// Auditoría as a view-model: newest rows first with their date and time apart, filters and
// search passed to the store, which pages the list (only the rows in view are read), counts
// that stop at their limit and go on, the chain verified only on demand with its verdict in
// Spanish, and a row's values shown only to those who may see personal data, the view itself
// audited.
#include <gtest/gtest.h>

#include <algorithm>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/audit/audit_screen.h"
#include "support/memory_repositories.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

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
    // `n` rows, a day apart from 2024-01-01 in blocks of 100, by three users.
    void fill(std::size_t n) {
        trail.rows.clear();
        const char* users[] = {"ana", "carlos", "rita"};
        for (std::size_t i = 1; i <= n; ++i) {
            const auto day = 1 + (i - 1) / 100 % 28;
            char at[64];
            std::snprintf(at, sizeof at, "2024-01-%02zuT10:00:00Z", day);
            trail.rows.push_back({users[i % 3], i % 2 ? "crear" : "actualizar", "personal", "K" + std::to_string(i),
                                  std::nullopt, "{}", at, static_cast<std::int64_t>(i)});
        }
    }
    MemoryAudit log;
    MemoryAuditTrail trail;
};

TEST_F(Audit, NewestFirstFilteredAndVerifiedOnDemand) {
    const Session reviewer(account_with("rita", {d::Role::revisor_juridico}), log);
    AuditViewModel model(reviewer, trail);
    model.reload();
    ASSERT_EQ(model.size(), 2U);
    EXPECT_EQ(model.cell(0, AuditViewModel::number), "2");
    EXPECT_EQ(model.cell(1, AuditViewModel::date), "01/02/2024");
    EXPECT_EQ(model.cell(1, AuditViewModel::time), "16:05:09");
    EXPECT_EQ(model.count_text(), "2 de 2");
    model.set_action("crear");
    ASSERT_EQ(model.size(), 1U);
    EXPECT_EQ(model.count_text(), "1 de 2");
    model.set_action("");
    model.set_dates("2024-03-01", "2024-03-31");
    ASSERT_EQ(model.size(), 1U);
    EXPECT_EQ(model.cell(0, AuditViewModel::actor), "rita");
    model.set_dates("", "");
    model.set_search("EXHIBICIÓN gro-2024");  // accents and capitals aside
    ASSERT_EQ(model.size(), 1U);
    EXPECT_EQ(model.cell(0, AuditViewModel::id), "GRO-2024-0001/1");
    model.set_search("1");  // a row's number finds it (and keys with a 1 in them)
    EXPECT_EQ(model.size(), 2U);
    model.set_search("");
    EXPECT_EQ(model.actors(), (std::vector<std::string>{"carlos", "rita"}));
    EXPECT_EQ(model.entities(), (std::vector<std::string>{"exhibicion", "personal"}));
    EXPECT_EQ(AuditViewModel::actions().size(), 7U);

    // Not verified until asked: at 2,000,000 rows it takes seconds. The hashes cover the rows'
    // values, so who verifies is who may read them (on the office server, only they can).
    EXPECT_FALSE(model.verified());
    EXPECT_NE(model.chain_text().find("no se ha verificado"), std::string::npos) << model.chain_text();
    EXPECT_THROW((void)model.verify(), AccessDenied);
    const Session clerk(account_with("carlos", {d::Role::capturista}), log);
    AuditViewModel checked(clerk, trail);
    checked.reload();
    EXPECT_EQ(checked.verify(), "Bitácora de auditoría íntegra: 2 filas; último hash " + std::string(64, 'a'));
    EXPECT_TRUE(checked.intact());
    trail.verdict = {false, 2, 2, ""};
    EXPECT_NE(checked.verify().find("desde la fila 2"), std::string::npos) << checked.chain_text();
    EXPECT_FALSE(checked.intact());

    // A reviewer may not read the values (a CLABE is in them); the refusal is audited.
    EXPECT_THROW((void)model.details(1), AccessDenied);
    EXPECT_EQ(log.rows.back().action, "denegar");
}

TEST_F(Audit, TheValuesOfARowAreShownToThoseWhoMaySeeThemAndTheViewIsAudited) {
    const Session clerk(account_with("carlos", {d::Role::capturista}), log);
    AuditViewModel model(clerk, trail);
    model.reload();
    const auto detail = model.details(1);
    EXPECT_EQ(detail.heading.rfind("Fila 1, ", 0), 0U) << detail.heading;
    const auto clabe = std::find_if(detail.changes.begin(), detail.changes.end(),
                                    [](const AuditFieldChange& c) { return c.field == "Clabe"; });
    ASSERT_NE(clabe, detail.changes.end());
    EXPECT_EQ(clabe->after, "002010077777777771");
    EXPECT_EQ(clabe->before, "");  // nothing before a creation
    EXPECT_EQ(log.rows.back().action, "consultar");
    EXPECT_EQ(log.rows.back().entity, "auditoria");
    EXPECT_EQ(log.rows.back().entity_id, "1");
}

TEST_F(Audit, OnlyTheRowsInViewAreRead) {
    fill(2'000);
    const Session clerk(account_with("carlos", {d::Role::capturista}), log);
    AuditViewModel model(clerk, trail);
    model.reload();
    EXPECT_EQ(trail.pages_read, 0U);  // counting reads no rows
    EXPECT_EQ(model.count_text(), "2 000 de 2 000");
    EXPECT_FALSE(model.showing(0, 30));
    EXPECT_EQ(trail.pages_read, 1U);
    for (std::size_t row = 0; row <= 30; ++row) EXPECT_EQ(model.cell(row, AuditViewModel::number), std::to_string(2'000 - row));
    EXPECT_EQ(trail.pages_read, 1U);
    // Far down: one window around the rows shown.
    EXPECT_FALSE(model.showing(1'500, 1'530));
    EXPECT_EQ(model.cell(1'510, AuditViewModel::number), "490");
    EXPECT_EQ(model.cell(1'420, AuditViewModel::number), "580");
    EXPECT_EQ(trail.pages_read, 2U);
    EXPECT_EQ(model.cell(1'999, AuditViewModel::number), "1");
    EXPECT_EQ(model.cell(2'000, AuditViewModel::number), "");

    // While the store is busy on another thread, rows not held stay blank and nothing is read.
    model.hold_store(true);
    EXPECT_EQ(model.cell(10, AuditViewModel::number), "");
    EXPECT_FALSE(model.showing(0, 30));
    EXPECT_EQ(trail.pages_read, 3U);
    model.hold_store(false);
    EXPECT_EQ(model.cell(10, AuditViewModel::number), "1990");

    // Filters go to the store; the window is read again.
    model.set_actor("ana");
    model.set_dates("2024-01-02", "2024-01-03");
    EXPECT_EQ(model.size(), 67U);  // rows 101..300 by ana
    EXPECT_EQ(model.cell(0, AuditViewModel::number), "300");
    EXPECT_EQ(model.cell(0, AuditViewModel::date), "03/01/2024");
}

TEST_F(Audit, ACountThatStoppedAtItsLimitGoesOnAsTheListReachesItsEnd) {
    fill(AuditViewModel::count_step + 2'500);
    const Session clerk(account_with("carlos", {d::Role::capturista}), log);
    AuditViewModel model(clerk, trail);
    model.reload();
    model.set_search("k");  // every row
    EXPECT_EQ(model.size(), AuditViewModel::count_step);
    EXPECT_EQ(model.count_text(), "más de 10 000 de 12 500");
    EXPECT_FALSE(model.showing(100, 130));  // far from the end: no new count
    EXPECT_TRUE(model.showing(AuditViewModel::count_step - 30, AuditViewModel::count_step - 1));
    EXPECT_EQ(model.size(), 12'500U);
    EXPECT_EQ(model.count_text(), "12 500 de 12 500");
    EXPECT_EQ(model.cell(12'499, AuditViewModel::number), "1");
}

TEST_F(Audit, AVerificationCanBeCancelledAndSaysWhatItCounted) {
    const Session clerk(account_with("carlos", {d::Role::capturista}), log);
    AuditViewModel model(clerk, trail);
    model.reload();
    model.check_may_verify();
    EXPECT_THROW((void)model.compute_chain([](std::size_t) { return false; }), d::Cancelled);
    EXPECT_FALSE(model.verified());
    std::size_t heard = 0;
    model.keep_verification(model.compute_chain([&](std::size_t done) {
        heard = done;
        return true;
    }));
    EXPECT_EQ(heard, 2U);
    // Rows written after the verification are not said to be verified.
    trail.rows.push_back({"carlos", "consultar", "personal", "X", std::nullopt, "{}", "2024-03-06T10:00:00Z", 3});
    model.reload();
    EXPECT_EQ(model.chain_text(), "Bitácora de auditoría íntegra: 2 filas; último hash " + std::string(64, 'a') +
                                      " (1 fila escrita después, sin verificar)");
}

}  // namespace
}  // namespace pacta::presentation
