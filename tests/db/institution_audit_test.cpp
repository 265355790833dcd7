#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pacta/db/audit.h"
#include "pacta/db/database.h"
#include "pacta/db/institution_repository.h"
#include "pacta/db/open.h"
#include "pacta/db/schema.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"

namespace pacta::db {
namespace {

namespace fs = std::filesystem;

domain::Institution sample() {
    domain::Institution i;
    i.code = "imss-gro";
    i.name = "IMSS-Bienestar Guerrero";
    i.settings["jurisdiccion"] = "Acapulco";
    i.units.push_back({"UMM", "Unidades móviles", "Guerrero", "073204"});
    i.accounts.push_back({"42060206", "Honorarios", "620301"});
    domain::Signatory s;
    s.code = "rep";
    s.name = "Mauricio Roldan Parra";
    s.title = "Encargado del Despacho";
    s.powers.deed_number = "44,852";
    s.powers.deed_date = domain::Date::from_ymd(2024, 1, 5);
    s.valid_from = *domain::Date::from_ymd(2024, 1, 10);
    s.roles = {"representante"};
    i.signatories.push_back(s);
    return i;
}

class Repo : public testing::Test {
protected:
    Database db_ = open_pacta_database(":memory:", "test");
    SqliteInstitutionRepository repo_{db_};
};

TEST_F(Repo, SavesAndReadsBackEveryPart) {
    EXPECT_TRUE(repo_.save(sample(), "prueba"));
    const auto back = repo_.find("imss-gro");
    ASSERT_TRUE(back);
    EXPECT_EQ(back->name, "IMSS-Bienestar Guerrero");
    EXPECT_EQ(back->settings.at("jurisdiccion"), "Acapulco");
    ASSERT_EQ(back->units.size(), 1u);
    EXPECT_EQ(back->units[0].cost_centre, "073204");
    ASSERT_EQ(back->signatories.size(), 1u);
    EXPECT_EQ(back->signatories[0].powers.deed_date->iso(), "2024-01-05");
    EXPECT_EQ(back->signatories[0].roles, std::vector<std::string>{"representante"});
    EXPECT_TRUE(back->signatories[0].valid_on(*domain::Date::from_ymd(2024, 2, 1)));
    EXPECT_FALSE(back->signatories[0].valid_on(*domain::Date::from_ymd(2024, 1, 1)));
}

TEST_F(Repo, SavingAgainReplacesAndAuditsBothStates) {
    repo_.save(sample(), "prueba");
    auto changed = sample();
    changed.name = "Otro nombre";
    changed.signatories.clear();
    EXPECT_FALSE(repo_.save(changed, "prueba"));
    EXPECT_TRUE(repo_.find("imss-gro")->signatories.empty());
    Statement rows(db_, "SELECT action, before_json IS NULL, after_json LIKE '%Otro nombre%' FROM audit_log ORDER BY id");
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.column_text(0), "crear");
    EXPECT_EQ(rows.column_int(1), 1);
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.column_text(0), "actualizar");
    EXPECT_EQ(rows.column_int(1), 0);
    EXPECT_EQ(rows.column_int(2), 1);
}

TEST_F(Repo, AFailedSaveLeavesNothingBehind) {
    auto bad = sample();
    bad.signatories[0].valid_to = domain::Date::from_ymd(2023, 1, 1);  // before valid_from: CHECK fails
    EXPECT_THROW(repo_.save(bad, "prueba"), DatabaseError);
    EXPECT_FALSE(repo_.find("imss-gro"));
    Statement count(db_, "SELECT count(*) FROM audit_log");
    count.step();
    EXPECT_EQ(count.column_int(0), 0);
}

TEST_F(Repo, AuditChainDetectsEditsAndRefusesThem) {
    repo_.save(sample(), "a");
    auto changed = sample();
    changed.name = "B";
    repo_.save(changed, "b");
    changed.name = "C";
    repo_.save(changed, "c");
    SqliteAuditTrail trail(db_);
    auto v = trail.verify();
    EXPECT_TRUE(v.intact);
    EXPECT_EQ(v.rows, 3u);
    EXPECT_EQ(v.latest_hash.size(), 64u);
    EXPECT_THROW(db_.execute("UPDATE audit_log SET actor = 'x' WHERE id = 2"), DatabaseError);
    EXPECT_THROW(db_.execute("DELETE FROM audit_log WHERE id = 2"), DatabaseError);
    // Someone who drops the trigger and edits history is still caught.
    db_.execute("DROP TRIGGER audit_log_no_update");
    db_.execute("UPDATE audit_log SET actor = 'intruso' WHERE id = 2");
    v = trail.verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.first_broken_row, 2);
}

TEST_F(Repo, TheNewestAuditRowsComeFirst) {
    repo_.save(sample(), "ana");
    auto changed = sample();
    changed.name = "Otro nombre";
    repo_.save(changed, "eva");
    const auto rows = SqliteAuditTrail(db_).latest(10);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].id, 2);
    EXPECT_EQ(rows[0].actor, "eva");
    EXPECT_EQ(rows[0].action, "actualizar");
    EXPECT_TRUE(rows[0].before_json.has_value());
    EXPECT_EQ(rows[1].actor, "ana");
    EXPECT_FALSE(rows[1].before_json.has_value());
    EXPECT_EQ(rows[1].at.size(), 20U);  // AAAA-MM-DDTHH:MM:SSZ
    EXPECT_EQ(SqliteAuditTrail(db_).latest(1).size(), 1U);
}

// Rows written 64 at a time read back the same as rows written one by one: same ids, same
// chain, the tail written by flush(); a rollback takes the held rows with it.
TEST_F(Repo, BatchedAuditRowsChainLikeSingleOnes) {
    {
        Transaction tx(db_);
        AuditWriter audit(db_, 64);
        for (int n = 0; n < 130; ++n) {
            audit.record("ana", "crear", "personal", "P" + std::to_string(n), std::nullopt,
                         n % 2 ? std::optional<std::string>("{\"n\":" + std::to_string(n) + "}") : std::nullopt);
        }
        audit.flush();
        tx.commit();
    }
    AuditWriter(db_).record("eva", "consultar", "personal", "P1", std::nullopt, std::nullopt);
    const auto check = SqliteAuditTrail(db_).verify();
    EXPECT_TRUE(check.intact);
    EXPECT_EQ(check.rows, 131U);
    const auto rows = SqliteAuditTrail(db_).latest(200);
    ASSERT_EQ(rows.size(), 131U);
    EXPECT_EQ(rows[0].actor, "eva");
    EXPECT_EQ(rows[1].entity_id, "P129");
    EXPECT_EQ(rows[1].after_json, std::optional<std::string>("{\"n\":129}"));
    EXPECT_EQ(rows[130].entity_id, "P0");
    EXPECT_FALSE(rows[130].after_json.has_value());
    try {
        Transaction tx(db_);
        AuditWriter audit(db_, 64);
        for (int n = 0; n < 70; ++n) audit.record("ana", "crear", "personal", "Q" + std::to_string(n), std::nullopt, "{}");
        throw std::runtime_error("import failed");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(SqliteAuditTrail(db_).verify().rows, 131U);
    EXPECT_TRUE(SqliteAuditTrail(db_).verify().intact);
}

TEST_F(Repo, AuditChainDetectsADeletedRow) {
    for (const char* name : {"A", "B", "C"}) {
        auto i = sample();
        i.name = name;
        repo_.save(i, "x");
    }
    db_.execute("DROP TRIGGER audit_log_no_delete");
    db_.execute("DELETE FROM audit_log WHERE id = 2");
    const auto v = SqliteAuditTrail(db_).verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.first_broken_row, 2);
}

class FileDatabase : public testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("pacta-open-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
};

// Version 1 of the schema, with data, upgrades to the current one; a backup is taken first.
TEST_F(FileDatabase, MigratesEveryEarlierVersionWithDataAndBacksUpFirst) {
    const auto path = dir_ / "pacta.sqlite3";
    {
        Database v1(path);
        v1.execute("CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL CHECK (length(key) > 0), value TEXT NOT NULL) "
                   "STRICT; INSERT INTO setting VALUES ('created_by', 'Pacta 0.1.0'); PRAGMA user_version = 1;");
    }
    {
        auto db = open_pacta_database(path, "0.2.0");
        EXPECT_EQ(db.user_version(), current_schema_version());
        Statement kept(db, "SELECT value FROM setting WHERE key = 'created_by'");
        ASSERT_TRUE(kept.step());
        EXPECT_EQ(kept.column_text(0), "Pacta 0.1.0");
        EXPECT_EQ(db.integrity_check(), "ok");
        SqliteInstitutionRepository(db).save(sample(), "x");
    }
    std::size_t backups = 0;
    for (const auto& entry : fs::directory_iterator(dir_)) {
        if (entry.path().filename().string().find(".antes-v1-") != std::string::npos) {
            ++backups;
            Database copy(entry.path());
            EXPECT_EQ(copy.user_version(), 1);
        }
    }
    EXPECT_EQ(backups, 1u);
    // Opening an up-to-date database takes no further backup.
    { auto again = open_pacta_database(path, "0.2.0"); }
    std::size_t after = 0;
    for (const auto& entry : fs::directory_iterator(dir_)) after += entry.path().string().find(".antes-v") != std::string::npos;
    EXPECT_EQ(after, 1u);
}

TEST_F(FileDatabase, RefusesAFileThatIsNotADatabase) {
    const auto path = dir_ / "no-es.sqlite3";
    std::ofstream(path) << "esto no es SQLite, es un archivo de texto bastante largo para tener cabecera";
    EXPECT_THROW((void)open_pacta_database(path, "x"), NotADatabaseError);
}

TEST_F(FileDatabase, BackupCopiesEverything) {
    const auto path = dir_ / "pacta.sqlite3";
    auto db = open_pacta_database(path, "x");
    SqliteInstitutionRepository(db).save(sample(), "x");
    db.backup_to(dir_ / "copia.sqlite3");
    auto copy = open_pacta_database(dir_ / "copia.sqlite3", "x");
    EXPECT_TRUE(SqliteInstitutionRepository(copy).find("imss-gro"));
    EXPECT_EQ(SqliteAuditTrail(copy).verify().latest_hash, SqliteAuditTrail(db).verify().latest_hash);
    EXPECT_FALSE(fs::exists(dir_ / "copia.sqlite3.parcial"));
}

}  // namespace
}  // namespace pacta::db
