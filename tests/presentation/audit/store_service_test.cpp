// The store as a whole on behalf of a user: the anchor a user keeps elsewhere, read and
// written; verifying, anchoring, backing up and restoring, each refused to those who may not.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/audit/store_service.h"
#include "support/memory_store.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

const std::string hash(64, 'a');

TEST(StoreMaintenance, AnAnchorReadsBackAsItWasWrittenAndNothingElseIsOne) {
    const auto anchor = parse_anchor("2000015:" + hash + "\r\n");
    ASSERT_TRUE(anchor);
    EXPECT_EQ(anchor->rows, 2000015);
    EXPECT_EQ(anchor_text(*anchor), "2000015:" + hash);
    for (const std::string& bad : std::vector<std::string>{"", ":" + hash, "12:" + hash.substr(1), "0:" + hash, "x1:" + hash,
                                  "12:" + std::string(64, 'G'), "99999999999999999999:" + hash}) {
        EXPECT_FALSE(parse_anchor(bad)) << bad;
    }
}

class Maintenance : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language({}, "en");
        store.trail_.rows.resize(3);
        store.trail_.verdict = {true, 3, 0, hash};
        dir = fs::temp_directory_path() / ("pacta-mantenimiento-" + std::to_string(::getpid()));
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    MemoryStore store;
    MemoryAudit audit;
    const Session admin{account_with("ana", {d::Role::administrador}), audit};
    const Session clerk{account_with("carlos", {d::Role::capturista}), audit};
    fs::path dir;
};

TEST_F(Maintenance, AnAnchorIsTakenOnlyOfAnIntactTrailAndLaterShowsWhetherItHolds) {
    StoreMaintenance maintenance(&clerk, store);
    const auto anchor = maintenance.anchor();
    EXPECT_EQ(anchor.rows, 3);
    EXPECT_TRUE(maintenance.check_anchor(anchor).holds);
    // Rows gone since: the anchored row is not there any more.
    EXPECT_FALSE(maintenance.check_anchor({5, hash}).holds);
    EXPECT_FALSE(maintenance.check_anchor({3, std::string(64, 'b')}).holds);

    store.trail_.verdict = {false, 3, 2, hash};
    try {
        (void)maintenance.anchor();
        ADD_FAILURE() << "an anchor of a broken trail";
    } catch (const ServiceError& e) {
        EXPECT_NE(std::string(e.what()).find("broken from row 2"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(maintenance.check_anchor(anchor).holds);
}

TEST_F(Maintenance, OnlyAnAdministratorBacksUpOrRestoresAndTheRefusalIsAudited) {
    const auto copy = dir / "copia.sqlite3";
    EXPECT_THROW(StoreMaintenance(&clerk, store).require_backup(), AccessDenied);
    EXPECT_NO_THROW(StoreMaintenance(&admin, store).require_backup());
    EXPECT_THROW((void)StoreMaintenance(&clerk, store).back_up(copy), AccessDenied);
    EXPECT_FALSE(fs::exists(copy));
    ASSERT_FALSE(audit.rows.empty());
    EXPECT_EQ(audit.rows.back().action, "denegar");
    EXPECT_THROW((void)StoreMaintenance(&clerk, store).restore(copy), AccessDenied);
    EXPECT_FALSE(store.last_restore);

    EXPECT_TRUE(StoreMaintenance(&admin, store).back_up(copy).intact);
    EXPECT_TRUE(fs::exists(copy));
    // A restore keeps the store as it was and asks the copy to carry today's trail.
    EXPECT_TRUE(StoreMaintenance(&admin, store).restore(copy).restored);
    ASSERT_TRUE(store.last_restore);
    EXPECT_TRUE(store.last_restore->keep_previous);
    ASSERT_TRUE(store.last_restore->must_extend);
    EXPECT_EQ(store.last_restore->must_extend->rows, 3);
    EXPECT_EQ(store.last_restore->actor, "ana");
}

TEST_F(Maintenance, WithoutALoginOnlyAStoreThatHoldsNobodyIsReplaced) {
    const auto copy = dir / "copia.sqlite3";
    std::ofstream(copy) << "copia";
    EXPECT_TRUE(StoreMaintenance(nullptr, store).restore(copy).restored);
    EXPECT_FALSE(store.last_restore->keep_previous);
    EXPECT_EQ(store.last_restore->actor.rfind("restauracion-local:", 0), 0U);

    store.users_.users["ana"] = {account_with("ana", {d::Role::administrador}), "x"};
    store.last_restore.reset();
    EXPECT_THROW((void)StoreMaintenance(nullptr, store).restore(copy), ServiceError);
    EXPECT_FALSE(store.last_restore);
    EXPECT_THROW((void)StoreMaintenance(nullptr, store).verify_audit_trail(), ServiceError);
}

}  // namespace
}  // namespace pacta::presentation
