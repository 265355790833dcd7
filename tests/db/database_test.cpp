#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "pacta/db/database.h"
#include "pacta/db/schema.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"

namespace pacta::db {
namespace {

TEST(Database, OpensInMemoryWithForeignKeys) {
    Database db(":memory:");
    Statement st(db, "PRAGMA foreign_keys");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.column_int(0), 1);
    EXPECT_EQ(db.integrity_check(), "ok");
}

TEST(Database, FileDatabaseUsesWal) {
    const auto dir = std::filesystem::temp_directory_path() / ("pacta-db-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    {
        Database db(dir / "p.sqlite3");
        Statement st(db, "PRAGMA journal_mode");
        ASSERT_TRUE(st.step());
        EXPECT_EQ(st.column_text(0), "wal");
    }
    std::filesystem::remove_all(dir);
}

// Access and integrity review, finding 6: the database, its WAL and a backup were 0644.
// They are 0600 from creation even under the usual umask 022.
TEST(Database, ANewDatabaseItsWalAndItsBackupAreTheOwnersOnly) {
    const auto dir = std::filesystem::temp_directory_path() / ("pacta-db-private-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const mode_t previous = ::umask(022);
    const auto mode = [](const std::filesystem::path& p) {
        struct stat info {};
        EXPECT_EQ(::stat(p.c_str(), &info), 0) << p;
        return info.st_mode & 0777;
    };
    {
        Database db(dir / "p.sqlite3");
        db.execute("CREATE TABLE t (x INTEGER)");
        db.execute("INSERT INTO t VALUES (1)");
        EXPECT_EQ(mode(dir / "p.sqlite3"), 0600U);
        EXPECT_EQ(mode(dir / "p.sqlite3-wal"), 0600U);
        EXPECT_EQ(mode(dir / "p.sqlite3-shm"), 0600U);
        db.backup_to(dir / "copia.sqlite3");
        EXPECT_EQ(mode(dir / "copia.sqlite3"), 0600U);
    }
    ::umask(previous);
    std::filesystem::remove_all(dir);
}

TEST(Database, OpeningAnUnwritablePathThrows) {
    EXPECT_THROW(Database("/nonexistent-dir/x/p.sqlite3"), DatabaseError);
}

TEST(Statement, BindsParametersAndReadsRows) {
    Database db(":memory:");
    db.execute("CREATE TABLE t (k TEXT NOT NULL, v INTEGER) STRICT");
    Statement insert(db, "INSERT INTO t (k, v) VALUES (?1, ?2)");
    // A value that would break naive string concatenation goes in intact.
    insert.bind(1, std::string_view("o'brien\"; DROP TABLE t; --")).bind(2, std::int64_t{42}).run();
    insert.reset();
    insert.bind(1, std::string_view("nulo")).bind_null(2).run();

    Statement select(db, "SELECT k, v FROM t ORDER BY rowid");
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.column_text(0), "o'brien\"; DROP TABLE t; --");
    EXPECT_EQ(select.column_int(1), 42);
    ASSERT_TRUE(select.step());
    EXPECT_TRUE(select.column_is_null(1));
    EXPECT_FALSE(select.step());
}

TEST(Statement, BadSqlThrowsWithTheStatement) {
    Database db(":memory:");
    try {
        Statement st(db, "SELEC 1");
        FAIL();
    } catch (const DatabaseError& e) {
        EXPECT_NE(std::string(e.what()).find("SELEC 1"), std::string::npos);
    }
}

TEST(Transaction, RollsBackUnlessCommitted) {
    Database db(":memory:");
    db.execute("CREATE TABLE t (v INTEGER) STRICT");
    {
        Transaction tx(db);
        db.execute("INSERT INTO t VALUES (1)");
    }
    {
        Transaction tx(db);
        db.execute("INSERT INTO t VALUES (2)");
        tx.commit();
    }
    Statement st(db, "SELECT group_concat(v) FROM t");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.column_text(0), "2");
}

TEST(Transaction, RollsBackWhenAnExceptionEscapes) {
    Database db(":memory:");
    db.execute("CREATE TABLE t (v INTEGER NOT NULL) STRICT");
    EXPECT_THROW(
        {
            Transaction tx(db);
            db.execute("INSERT INTO t VALUES (1)");
            db.execute("INSERT INTO t VALUES (NULL)");  // violates NOT NULL
            tx.commit();
        },
        DatabaseError);
    Statement st(db, "SELECT count(*) FROM t");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.column_int(0), 0);
}

TEST(Schema, MigratesAnEmptyDatabaseOnceAndRecordsTheCreator) {
    Database db(":memory:");
    migrate(db, "9.9.9");
    EXPECT_EQ(db.user_version(), current_schema_version());
    migrate(db, "9.9.9");  // idempotent
    Statement st(db, "SELECT value FROM setting WHERE key = 'created_by'");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.column_text(0), "Pacta 9.9.9");
    EXPECT_FALSE(st.step());
}

TEST(Schema, RefusesADatabaseFromANewerPacta) {
    Database db(":memory:");
    db.execute("PRAGMA user_version = " + std::to_string(current_schema_version() + 1));
    try {
        migrate(db, "0.1.0");
        FAIL();
    } catch (const NewerSchemaError& e) {
        EXPECT_EQ(e.found(), current_schema_version() + 1);
        EXPECT_EQ(e.supported(), current_schema_version());
    }
}

}  // namespace
}  // namespace pacta::db
