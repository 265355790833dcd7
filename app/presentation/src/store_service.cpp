#include "pacta/presentation/store_service.h"

#include "pacta/locale/catalog.h"

namespace pacta::presentation {

namespace d = pacta::domain;

const Session& StoreMaintenance::session() const {
    if (session_ == nullptr) throw ServiceError(locale::tr("log in first: this needs a user."));
    return *session_;
}

d::AuditVerification StoreMaintenance::verify_audit_trail() {
    session().require(d::Permission::read_records, "auditoria verificar");
    return store_.audit_trail().verify();
}

d::AuditVerification StoreMaintenance::back_up(const std::filesystem::path& target, const d::ProgressReport& progress) {
    session().require(d::Permission::manage_backups, "respaldo " + target.string());
    return store_.backup(target, progress);
}

d::RestoreReport StoreMaintenance::restore(const std::filesystem::path& source) {
    // Without a login only a store that holds nobody may be replaced: there is nothing to
    // protect, and nobody who could log in.
    if (session_ == nullptr && store_.users().count() > 0) (void)session();
    if (session_ != nullptr) session_->require(d::Permission::manage_backups, "restaurar " + source.string());
    return store_.restore(source, session_ != nullptr);
}

}  // namespace pacta::presentation
