#include "pacta/db/backup.h"

#include "pacta/db/audit.h"
#include "pacta/db/database.h"
#include "pacta/db/open.h"
#include "pacta/platform/atomic_file.h"

namespace pacta::db {

domain::AuditVerification create_backup(Database& database, const std::filesystem::path& target,
                                        const domain::ProgressReport& progress) {
    const auto chain = SqliteAuditTrail(database).verify();
    database.backup_to(target, progress);
    auto manifest = target;
    manifest += ".manifiesto";
    platform::write_file_atomically(manifest, "base: " + target.filename().string() + "\nfecha: " + utc_timestamp() +
                                                  "\nfilas de auditoria: " + std::to_string(chain.rows) +
                                                  "\nultimo hash: " + chain.latest_hash + "\n");
    return chain;
}

}  // namespace pacta::db
