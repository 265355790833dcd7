#include "pacta/core/office.h"

#include "pacta/db/sqlite_store.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/common/today.h"
#include "pacta/version.h"

namespace pacta::core {

namespace fs = std::filesystem;

Folders folders_beside(const fs::path& database) {
    const auto dir = fs::absolute(database).parent_path();
    return {dir / "documentos", dir / "contratos", dir / "borradores"};
}

std::unique_ptr<Office> Office::open(const fs::path& database) {
    return std::make_unique<Office>(db::open_sqlite_store(database, pacta::version), database);
}

Office::Office(std::unique_ptr<domain::Store> store, fs::path database)
    : store_(std::move(store)), database_(std::move(database)) {}

presentation::LoginResult Office::log_in(const std::string& username, const std::string& password) {
    auto result = presentation::log_in(store_->users(), store_->audit_log(), username, password);
    if (result.user) start_session(*result.user);
    return result;
}

const presentation::Session& Office::session() const {
    if (!session_) throw presentation::ServiceError(locale::tr("log in first: this needs a user."));
    return *session_;
}

void Office::start_session(const domain::UserAccount& user) {
    session_.emplace(user, store_->audit_log(), &store_->users());
    // Only now: a failed login must not change a contract (docs/seguridad.md).
    presentation::apply_moves_by_date(store_->lifecycle(), presentation::today(), user.username);
}

void Office::end_session() {
    session_.reset();
}

presentation::ContractLifecycleService Office::lifecycle() {
    presentation::ContractLifecycleService service(session(), store_->lifecycle(), folders().documents);
    service.set_pre_review_check([this](const std::string& folio) { return contracts().check(folio); });
    service.set_approval_check([this](const std::string& folio) {
        return review().approval_blocker(folio, store_->review_checklist());
    });
    return service;
}

domain::RestoreReport restore_backup(const fs::path& database, const fs::path& backup,
                                     const std::function<std::unique_ptr<Office>()>& log_in, bool force) {
    if (fs::exists(database)) {
        auto office = log_in();
        return office->maintenance().restore(backup, force);
    }
    {
        // Checked where it lies, before the database is created.
        auto copy = db::open_sqlite_store(backup, pacta::version);
        domain::RestoreReport checked;
        checked.integrity = copy->integrity_check();
        checked.chain = copy->audit_trail().verify();
        if (checked.integrity != "ok" || !checked.chain.intact) return checked;
    }
    auto office = Office::open(database);
    return office->maintenance().restore(backup);
}

std::string storage_engine() { return db::sqlite_engine(); }

}  // namespace pacta::core
