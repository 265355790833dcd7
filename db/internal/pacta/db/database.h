#pragma once
// One open SQLite database (RAII). Opening applies Pacta's connection settings:
// foreign keys on, WAL journal, a busy timeout.

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>
#include <string_view>

#include "pacta/domain/progress.h"

struct sqlite3;

namespace pacta::db {

// A database operation that could not be done; what() says what and where, in English
// for logs; `sqlite_code` lets callers tell "busy" from "corrupt".
class DatabaseError : public std::runtime_error {
public:
    DatabaseError(const std::string& what, int sqlite_code)
        : std::runtime_error(what), sqlite_code_(sqlite_code) {}
    [[nodiscard]] int sqlite_code() const noexcept { return sqlite_code_; }

private:
    int sqlite_code_;
};

// The database was written by a newer Pacta; opening it could damage it.
class NewerSchemaError : public DatabaseError {
public:
    NewerSchemaError(const std::string& what, int found, int supported)
        : DatabaseError(what, 0), found_(found), supported_(supported) {}
    [[nodiscard]] int found() const noexcept { return found_; }
    [[nodiscard]] int supported() const noexcept { return supported_; }

private:
    int found_;
    int supported_;
};

// The file is not an SQLite database (or is damaged beyond opening).
class NotADatabaseError : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
};

// The database sits on a network file system, where SQLite's WAL journal is unsafe.
class NetworkFilesystemError : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
};

// What the statements of a connection cost while measured: how many were prepared (and
// their SQL), the virtual machine steps they ran and the steps of full table scans
// (sqlite3_stmt_status). Tests use it to show an operation does not grow with the office.
struct StatementStats {
    std::int64_t prepared = 0;
    std::int64_t vm_steps = 0;
    std::int64_t fullscan_steps = 0;
    std::vector<std::string> sql;
};

class Database {
public:
    // Opens (creating if needed) the file at `path`; ":memory:" gives a private in-memory database.
    explicit Database(const std::filesystem::path& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;

    // Runs one or more statements without results (DDL, pragmas).
    void execute(std::string_view sql);

    // The rowid of the last row this connection inserted (cheaper than RETURNING, which
    // builds a temporary table per statement).
    [[nodiscard]] std::int64_t last_insert_id() const noexcept;

    [[nodiscard]] sqlite3* handle() const noexcept { return db_; }
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }

    // Copies the whole database to `target` with SQLite's online backup (safe while others
    // use it), through a temporary name renamed when complete. `progress` (optional) hears
    // of the percentage copied; when it returns false the copy stops, the temporary file is
    // removed and domain::Cancelled is thrown.
    void backup_to(const std::filesystem::path& target, const domain::ProgressReport& progress = {});

    // Replaces this database's whole contents with `source`'s, as one write (SQLite's backup
    // into an open connection): readers see the old contents or the new, never a mix.
    void replace_contents_with(Database& source);

    // Adds what every statement costs from now on to `into` (nullptr stops).
    void measure(StatementStats* into) noexcept { stats_ = into; }
    [[nodiscard]] StatementStats* measured() const noexcept { return stats_; }

    [[nodiscard]] int user_version();
    [[nodiscard]] std::string integrity_check();
    [[nodiscard]] static std::string sqlite_version();

private:
    sqlite3* db_ = nullptr;
    std::filesystem::path path_;
    StatementStats* stats_ = nullptr;
};

}  // namespace pacta::db
