#pragma once
// The store as a whole on behalf of a user: verifying the audit trail, backing up and
// restoring. Each checks the user's permission first (refusals are audited).

#include <filesystem>

#include "pacta/domain/ports/store.h"
#include "pacta/presentation/access.h"

namespace pacta::presentation {

[[nodiscard]] domain::AuditVerification verify_audit_trail(const Session& session, domain::AuditTrail& trail);

// Administrators only; see domain::Store::backup.
domain::AuditVerification back_up(const Session& session, domain::Store& store, const std::filesystem::path& target,
                                  const domain::ProgressReport& progress = {});

// Replaces the store's contents with the backup at `source` when it checks out. `session`
// may be null only for a store that held nothing yet (nothing to protect); otherwise
// administrators only, and the contents as they were are kept beside the store.
domain::RestoreReport restore(const Session* session, domain::Store& store, const std::filesystem::path& source);

}  // namespace pacta::presentation
