#include "pacta/db/trusted_root_repository.h"

#include <nlohmann/json.hpp>

#include "pacta/db/audit.h"
#include "pacta/db/database.h"
#include "pacta/db/open.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"

namespace pacta::db {

namespace d = pacta::domain;

namespace {
// The trail names the authority, not its whole certificate (the row keeps it).
std::string root_json(const d::TrustedRoot& root) {
    return nlohmann::json{{"sha256", root.sha256}, {"sujeto", root.subject}, {"vence", root.not_after}}.dump();
}
}  // namespace

std::vector<d::TrustedRoot> SqliteTrustedRoots::all() {
    Statement select(db_, "SELECT sha256, subject, not_after, pem, added_by, added_at FROM trusted_root ORDER BY subject, sha256");
    std::vector<d::TrustedRoot> out;
    while (select.step()) {
        out.push_back({select.column_text(0), select.column_text(1), select.column_text(2), select.column_text(3),
                       select.column_text(4), select.column_text(5)});
    }
    return out;
}

bool SqliteTrustedRoots::add(const d::TrustedRoot& root, const std::string& actor) {
    Transaction tx(db_);
    Statement kept(db_, "SELECT 1 FROM trusted_root WHERE sha256 = ?1");
    kept.bind(1, std::string_view(root.sha256));
    if (kept.step()) return false;
    Statement insert(db_, "INSERT INTO trusted_root (sha256, subject, not_after, pem, added_by, added_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, std::string_view(root.sha256)).bind(2, std::string_view(root.subject))
        .bind(3, std::string_view(root.not_after)).bind(4, std::string_view(root.pem))
        .bind(5, std::string_view(actor)).bind(6, utc_timestamp()).run();
    AuditWriter(db_).record(actor, "crear", "raiz_confianza", root.sha256, std::nullopt, root_json(root));
    tx.commit();
    return true;
}

bool SqliteTrustedRoots::remove(const std::string& sha256, const std::string& actor) {
    Transaction tx(db_);
    Statement select(db_, "SELECT subject, not_after FROM trusted_root WHERE sha256 = ?1");
    select.bind(1, std::string_view(sha256));
    if (!select.step()) return false;
    d::TrustedRoot gone{sha256, select.column_text(0), select.column_text(1), {}, {}, {}};
    Statement erase(db_, "DELETE FROM trusted_root WHERE sha256 = ?1");
    erase.bind(1, std::string_view(sha256)).run();
    AuditWriter(db_).record(actor, "eliminar", "raiz_confianza", sha256, root_json(gone), std::nullopt);
    tx.commit();
    return true;
}

}  // namespace pacta::db
