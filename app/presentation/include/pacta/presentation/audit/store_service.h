#pragma once
// The store as a whole on behalf of a user: verifying the audit trail, backing up and
// restoring. Each checks the user's permission first (refusals are audited).

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "pacta/domain/ports/store.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

// "2000015:9f2c…" as a user keeps it; nullopt when the text is not one.
[[nodiscard]] std::optional<domain::AuditAnchor> parse_anchor(std::string_view text);
[[nodiscard]] std::string anchor_text(const domain::AuditAnchor& anchor);

struct AnchorCheck {
    domain::AuditVerification chain;
    bool holds = false;                      // intact, and the anchored rows are there unchanged
    std::optional<std::string> found_hash;   // on the anchored row; nullopt when it is gone
};

class StoreMaintenance {
public:
    // `session` may be null only for a store that holds nothing yet (the first restore).
    StoreMaintenance(const Session* session, domain::Store& store) : session_(session), store_(store) {}

    [[nodiscard]] domain::AuditVerification verify_audit_trail(const domain::ProgressReport& progress = {});
    // The anchor to keep elsewhere: the trail's rows and latest hash, after verifying it
    // from the first row (ServiceError when it is broken: such an anchor would prove
    // nothing).
    [[nodiscard]] domain::AuditAnchor anchor();
    // Recomputes the whole chain and checks it still holds exactly the anchored first rows:
    // at least that many rows, and row N's hash the anchor's.
    [[nodiscard]] AnchorCheck check_anchor(const domain::AuditAnchor& anchor,
                                           const domain::ProgressReport& progress = {});
    // Refuses (AccessDenied, audited) a user who may not back up: asked before a file is chosen.
    void require_backup() const;
    // Administrators only; see domain::Store::backup.
    domain::AuditVerification back_up(const std::filesystem::path& target, const domain::ProgressReport& progress = {});
    // Replaces the store's contents with the backup at `source` when it checks out. Without a
    // session only while the store holds no user (nothing to protect); otherwise
    // administrators only, the contents as they were are kept beside the store, and a copy
    // whose trail does not hold the store's current one (an older copy) is refused unless
    // `force`. Audited in both stores.
    domain::RestoreReport restore(const std::filesystem::path& source, bool force = false);

private:
    const Session& session() const;

    const Session* session_;
    domain::Store& store_;
};

}  // namespace pacta::presentation
