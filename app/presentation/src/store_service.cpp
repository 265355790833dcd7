#include "pacta/presentation/store_service.h"

namespace pacta::presentation {

namespace d = pacta::domain;

d::AuditVerification verify_audit_trail(const Session& session, d::AuditTrail& trail) {
    session.require(d::Permission::read_records, "auditoria verificar");
    return trail.verify();
}

d::AuditVerification back_up(const Session& session, d::Store& store, const std::filesystem::path& target,
                             const d::ProgressReport& progress) {
    session.require(d::Permission::manage_backups, "respaldo " + target.string());
    return store.backup(target, progress);
}

d::RestoreReport restore(const Session* session, d::Store& store, const std::filesystem::path& source) {
    if (session != nullptr) session->require(d::Permission::manage_backups, "restaurar " + source.string());
    return store.restore(source, session != nullptr);
}

}  // namespace pacta::presentation
