#include "pacta/db/database.h"

#include "pacta/platform/atomic_file.h"
#include "pacta/platform/private_files.h"

#include <sqlite3.h>

#include <utility>

#include "pacta/db/statement.h"

namespace pacta::db {

namespace {

constexpr int busy_timeout_ms = 5000;

// A new database file is created empty with mode 0600 before SQLite opens it: SQLite gives
// the journal and the WAL the database's mode, so none of them is ever readable by others,
// whatever the umask. Where it cannot be created, SQLite's own error says why.
void create_owner_only(const std::filesystem::path& path) {
    const auto name = path.string();
    if (name.empty() || name == ":memory:" || name.rfind("file:", 0) == 0) return;
    try {
        (void)platform::create_private_file(path);
    } catch (const std::system_error&) {
    }
}

}  // namespace

Database::Database(const std::filesystem::path& path) : path_(path) {
    // SQLite counts every allocation under a global mutex unless told not to; nothing here
    // reads those counts, and a 100,000-row import spent a tenth of its time on that lock.
    // Must precede SQLite's initialisation, so it is done once, before the first open.
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    (void)configured;
    create_owner_only(path);
    const int rc = sqlite3_open_v2(path.string().c_str(), &db_,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw DatabaseError("cannot open database " + path.string() + ": " + message, rc);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, busy_timeout_ms);
    try {
        execute("PRAGMA foreign_keys = ON");
        // 32 MB of page cache: imports touch several indexes per row.
        execute("PRAGMA cache_size = -32000");
        // Statement journals and temporary sorts in memory: every insert into a table with a
        // trigger keeps a statement journal, and on disk it cost an import a write per row.
        execute("PRAGMA temp_store = MEMORY");
        if (path.string() != ":memory:") {
            execute("PRAGMA journal_mode = WAL");
            // With WAL, NORMAL never corrupts the database; a power cut may lose only the last
            // committed transaction.
            execute("PRAGMA synchronous = NORMAL");
        }
    } catch (...) {
        // A file that is not a database fails here; the destructor will not run.
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw;
    }
}

Database::~Database() {
    if (db_) sqlite3_close_v2(db_);
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)), stats_(std::exchange(other.stats_, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        if (db_) sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
        stats_ = std::exchange(other.stats_, nullptr);
    }
    return *this;
}

void Database::execute(std::string_view sql) {
    char* error = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw DatabaseError("SQL failed on " + path_.string() + ": " + message, rc);
    }
}

std::int64_t Database::last_insert_id() const noexcept { return sqlite3_last_insert_rowid(db_); }

int Database::user_version() {
    Statement st(*this, "PRAGMA user_version");
    st.step();
    return static_cast<int>(st.column_int(0));
}

std::string Database::integrity_check() {
    Statement st(*this, "PRAGMA integrity_check");
    std::string result;
    while (st.step()) {
        if (!result.empty()) result += "\n";
        result += st.column_text(0);
    }
    return result;
}

std::string Database::sqlite_version() { return sqlite3_libversion(); }

void Database::backup_to(const std::filesystem::path& target, const domain::ProgressReport& progress) {
    auto temporary = target;
    temporary += ".parcial";
    std::filesystem::remove(temporary);
    create_owner_only(temporary);
    sqlite3* out = nullptr;
    int rc = sqlite3_open_v2(temporary.string().c_str(), &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        // Personal data: readable by its owner only. The copy is written under a temporary
        // name and synced once at the end, so it needs no journal and no sync per step (they
        // made a backup five times slower than copying the file).
        std::error_code ignored;
        std::filesystem::permissions(temporary, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                     ignored);
        rc = sqlite3_exec(out, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(out, "main", db_, "main");
        if (backup == nullptr) {
            rc = sqlite3_errcode(out);
        } else {
            // Asked first too: a copy small enough for one step can still be cancelled.
            bool cancelled = progress && !progress(0);
            while (!cancelled && ((rc = sqlite3_backup_step(backup, 4096)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)) {
                if (rc != SQLITE_OK) sqlite3_sleep(20);
                const int total = sqlite3_backup_pagecount(backup);
                const int copied = total - sqlite3_backup_remaining(backup);
                if (progress && total > 0 && !progress(static_cast<std::size_t>(copied) * 100 / static_cast<std::size_t>(total))) {
                    cancelled = true;
                    break;
                }
            }
            sqlite3_backup_finish(backup);
            if (cancelled) {
                sqlite3_close_v2(out);
                std::filesystem::remove(temporary);
                throw domain::Cancelled();
            }
            if (rc == SQLITE_DONE) {
                rc = SQLITE_OK;
                if (progress) (void)progress(100);  // complete: too late to cancel
            }
        }
    }
    const std::string message = out ? sqlite3_errmsg(out) : sqlite3_errstr(rc);
    sqlite3_close_v2(out);
    if (rc != SQLITE_OK) {
        std::filesystem::remove(temporary);
        throw DatabaseError("cannot back up " + path_.string() + " to " + target.string() + ": " + message, rc);
    }
    platform::commit_file(temporary, target);
}

void Database::replace_contents_with(Database& source) {
    sqlite3_backup* backup = sqlite3_backup_init(db_, "main", source.db_, "main");
    if (backup == nullptr) {
        throw DatabaseError("cannot restore into " + path_.string() + ": " + sqlite3_errmsg(db_), sqlite3_errcode(db_));
    }
    // Another connection writing holds the lock: wait for it as the busy timeout would (5 s),
    // then give up rather than hang.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 250; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
        sqlite3_sleep(20);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        throw DatabaseError("cannot restore " + source.path_.string() + " into " + path_.string() + ": " +
                                sqlite3_errmsg(db_),
                            rc);
    }
}

}  // namespace pacta::db
