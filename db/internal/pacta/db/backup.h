#pragma once
// A backup: the whole database copied with SQLite's online backup, and beside it a manifest
// naming the audit chain's latest hash, so a copy kept elsewhere shows whether the chain it
// carries was later truncated or rebuilt. The caller checks the user's permission first.

#include <filesystem>

#include "pacta/domain/progress.h"
#include "pacta/domain/ports/audit.h"

namespace pacta::db {

class Database;

// Writes `target` and `target.manifiesto`; `progress` hears the percentage copied and may
// cancel (domain::Cancelled, nothing left behind). Returns the chain as it was copied.
domain::AuditVerification create_backup(Database& database, const std::filesystem::path& target,
                                        const domain::ProgressReport& progress = {});

}  // namespace pacta::db
