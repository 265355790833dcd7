#pragma once
// Moving an office from one desk onto the office server (`pacta-cli servidor importar`): the
// SQLite database, whole (people, contracts and their files, instalments, review, clause
// library, users, audit trail), into a database that holds no Pacta yet. The trail is copied
// row for row and must verify before and after with the same rows and latest hash; passwords
// cannot move (Argon2id is not SCRAM), so every user but the named administrator needs a new
// one. One transaction: a failure leaves the database as it was.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace pacta::db {

struct OfficeImportRequest {
    std::string conninfo;               // the server database, as its administrator (a superuser)
    std::filesystem::path source;       // pacta.sqlite3
    std::string administrator;          // an imported Pacta administrator who logs in first
    std::string password;               // theirs, sent only as a SCRAM verifier
    std::string pacta_version;
};

struct OfficeImportReport {
    std::string database;
    std::int64_t rows = 0;              // copied, audit rows included
    std::int64_t audit_rows = 0;
    std::string latest_hash;            // the same on both sides
    std::vector<std::string> need_password;  // users who log in only once given one
};

// Throws ServerSetupError: not_empty (the database holds Pacta), mismatch (the desk's trail
// does not verify, its schema is not this Pacta's, or the administrator is not one of its
// administrators), or what the server said.
[[nodiscard]] OfficeImportReport import_office(const OfficeImportRequest& request);

}  // namespace pacta::db
