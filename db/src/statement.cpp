#include "pacta/db/statement.h"

#include <sqlite3.h>

#include "pacta/db/database.h"

namespace pacta::db {

namespace {

// Moves the statement's step counters into the connection's measurement, if any.
void collect(Database& db, sqlite3_stmt* stmt) {
    if (StatementStats* stats = db.measured()) {
        stats->vm_steps += sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_VM_STEP, 1);
        stats->fullscan_steps += sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 1);
    }
}

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what) {
    throw DatabaseError(std::string(what) + ": " + sqlite3_errmsg(db), rc);
}

}  // namespace

Statement::Statement(Database& db, std::string_view sql) : db_(db) {
    const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_,
                                      nullptr);
    if (rc != SQLITE_OK) fail(db.handle(), rc, "cannot prepare \"" + std::string(sql) + "\"");
    if (StatementStats* stats = db.measured()) {
        ++stats->prepared;
        stats->sql.emplace_back(sql);
    }
}

Statement::~Statement() {
    collect(db_, stmt_);
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK) fail(db_.handle(), rc, "cannot bind parameter");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    const int rc = sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                                       SQLITE_UTF8);
    if (rc != SQLITE_OK) fail(db_.handle(), rc, "cannot bind parameter");
    return *this;
}

Statement& Statement::bind_unowned(int index, std::string_view value) {
    const int rc = sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8);
    if (rc != SQLITE_OK) fail(db_.handle(), rc, "cannot bind parameter");
    return *this;
}

Statement& Statement::bind_null(int index) {
    const int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) fail(db_.handle(), rc, "cannot bind parameter");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_.handle(), rc, "statement failed");
}

void Statement::run() {
    while (step()) {
    }
}

int Statement::parameter_count() const { return sqlite3_bind_parameter_count(stmt_); }

void Statement::reset() {
    collect(db_, stmt_);
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::column_int(int index) const { return sqlite3_column_int64(stmt_, index); }

std::string Statement::column_text(int index) const {
    const auto* text = sqlite3_column_text(stmt_, index);
    const int size = sqlite3_column_bytes(stmt_, index);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size))
                : std::string();
}

std::string_view Statement::column_view(int index) const {
    // As a blob: the bytes as stored, without the terminating NUL that sqlite3_column_text
    // adds by copying the value out of the page.
    const auto* text = static_cast<const char*>(sqlite3_column_blob(stmt_, index));
    const int size = sqlite3_column_bytes(stmt_, index);
    return text ? std::string_view(text, static_cast<std::size_t>(size)) : std::string_view();
}

bool Statement::column_is_null(int index) const {
    return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

}  // namespace pacta::db
