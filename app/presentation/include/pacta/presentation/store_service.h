#pragma once
// The store as a whole on behalf of a user: verifying the audit trail, backing up and
// restoring. Each checks the user's permission first (refusals are audited).

#include <filesystem>

#include "pacta/domain/ports/store.h"
#include "pacta/presentation/access.h"

namespace pacta::presentation {

class StoreMaintenance {
public:
    // `session` may be null only for a store that holds nothing yet (the first restore).
    StoreMaintenance(const Session* session, domain::Store& store) : session_(session), store_(store) {}

    [[nodiscard]] domain::AuditVerification verify_audit_trail();
    // Administrators only; see domain::Store::backup.
    domain::AuditVerification back_up(const std::filesystem::path& target, const domain::ProgressReport& progress = {});
    // Replaces the store's contents with the backup at `source` when it checks out. Without a
    // session only while the store holds no user (nothing to protect); otherwise
    // administrators only, and the contents as they were are kept beside the store.
    domain::RestoreReport restore(const std::filesystem::path& source);

private:
    const Session& session() const;

    const Session* session_;
    domain::Store& store_;
};

}  // namespace pacta::presentation
