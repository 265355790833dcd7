#include "pacta/presentation/audit/store_service.h"

#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/platform/paths.h"

namespace pacta::presentation {

namespace d = pacta::domain;

const Session& StoreMaintenance::session() const {
    if (session_ == nullptr) throw ServiceError(locale::tr("log in first: this needs a user."));
    return *session_;
}

std::optional<d::AuditAnchor> parse_anchor(std::string_view text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.remove_suffix(1);
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || text.size() - colon - 1 != 64) return std::nullopt;
    d::AuditAnchor anchor;
    for (const char c : text.substr(0, colon)) {
        if (c < '0' || c > '9' || anchor.rows > 1'000'000'000'000) return std::nullopt;
        anchor.rows = anchor.rows * 10 + (c - '0');
    }
    for (const char c : text.substr(colon + 1)) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
    }
    anchor.hash = std::string(text.substr(colon + 1));
    if (anchor.rows == 0) return std::nullopt;
    return anchor;
}

std::string anchor_text(const d::AuditAnchor& anchor) { return std::to_string(anchor.rows) + ":" + anchor.hash; }

d::AuditVerification StoreMaintenance::verify_audit_trail(const d::ProgressReport& progress) {
    // The chain's hashes cover the rows' values, personal data among them.
    session().require(d::Permission::view_personal_data, "auditoria verificar");
    return store_.audit_trail().verify(progress);
}

d::AuditAnchor StoreMaintenance::anchor() {
    const auto chain = verify_audit_trail();
    if (!chain.intact) {
        throw ServiceError(locale::fill(locale::tr("the audit trail is broken from row {row}; an anchor of it would "
                                                   "prove nothing. Restore a backup whose chain is intact first."),
                                        {{"row", std::to_string(chain.first_broken_row)}}));
    }
    return {static_cast<std::int64_t>(chain.rows), chain.latest_hash};
}

AnchorCheck StoreMaintenance::check_anchor(const d::AuditAnchor& anchor, const d::ProgressReport& progress) {
    AnchorCheck out;
    out.chain = verify_audit_trail(progress);
    out.found_hash = store_.audit_trail().stored_hash(anchor.rows);
    out.holds = out.chain.intact && out.found_hash == anchor.hash;
    return out;
}

void StoreMaintenance::require_backup() const {
    session().require(d::Permission::manage_backups, "respaldo");
}

d::AuditVerification StoreMaintenance::back_up(const std::filesystem::path& target, const d::ProgressReport& progress) {
    session().require(d::Permission::manage_backups, "respaldo " + target.string());
    // A copy holds every institution's people and contracts.
    if (!session().user().institutions.empty()) {
        session().deny(std::string(d::permission_name(d::Permission::manage_backups)), "respaldo " + target.string(),
                       locale::describe(d::Finding("backup.needs_every_institution", d::Severity::error, "")),
                       {});
    }
    return store_.backup(target, progress);
}

d::RestoreReport StoreMaintenance::restore(const std::filesystem::path& source, bool force) {
    // Without a login only a store that holds nobody may be replaced: there is nothing to
    // protect, and nobody who could log in.
    if (session_ == nullptr && store_.users().count() > 0) (void)session();
    d::RestoreOptions options;
    options.keep_previous = session_ != nullptr;
    options.force = force;
    options.actor = session_ != nullptr ? session_->actor() : "restauracion-local:" + platform::system_user();
    if (session_ != nullptr) {
        session_->require(d::Permission::manage_backups, "restaurar " + source.string());
        // A copy must carry the trail as it is now; an older copy would silently drop rows.
        // A broken trail is what a restore repairs, so it asks nothing of the copy.
        const auto current = store_.audit_trail().verify();
        if (current.intact && current.rows > 0) {
            options.must_extend = d::AuditAnchor{static_cast<std::int64_t>(current.rows), current.latest_hash};
        }
    }
    return store_.restore(source, options);
}

}  // namespace pacta::presentation
