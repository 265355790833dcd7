#include "pacta/core/office.h"

#include <cctype>

#include "pacta/db/postgres_store.h"
#include "pacta/db/sqlite_store.h"
#include "pacta/platform/paths.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/common/today.h"
#include "pacta/presentation/templates/installed_templates.h"
#include "pacta/version.h"

namespace pacta::core {

namespace fs = std::filesystem;

Folders folders_beside(const fs::path& database) {
    const auto dir = fs::absolute(database).parent_path();
    return {dir / "documentos", dir / "contratos", dir / "borradores"};
}

std::unique_ptr<Office> Office::open(const fs::path& database) {
    auto office = std::make_unique<Office>(db::open_sqlite_store(database, pacta::version), database);
    presentation::use_office_templates_folder({});
    return office;
}

Office::ServerLogin Office::open_server(const std::string& server, const std::string& username,
                                       const std::string& password) {
    ServerLogin out;
    std::unique_ptr<domain::Store> store;
    try {
        store = db::open_postgres_store({server, username, password}, pacta::version);
    } catch (const db::ServerLoginRefused&) {
        out.failure = presentation::LoginFailure::bad_credentials;
        return out;
    }
    const auto account = store->users().find(username);
    if (!account || !account->active) {
        out.failure = account ? presentation::LoginFailure::inactive : presentation::LoginFailure::bad_credentials;
        return out;
    }
    // Files a desk writes for itself (signed copies before they go in, drafts of the wizard)
    // stay on this computer, one folder per server database.
    std::string folder;
    for (const char c : store->location()) folder += std::isalnum(static_cast<unsigned char>(c)) != 0 ? c : '_';
    out.office = std::make_unique<Office>(std::move(store), platform::user_data_dir() / "servidor" / folder / "pacta");
    out.office->start_session(*account);
    out.office->refresh_office_templates();
    return out;
}

Office::Office(std::unique_ptr<domain::Store> store, fs::path database)
    : store_(std::move(store)), database_(std::move(database)) {}

bool Office::refresh_office_templates() {
    auto* shelf = store_->office_templates();
    if (shelf == nullptr) return true;
    const fs::path copy = fs::absolute(database_).parent_path() / "plantillas";
    presentation::use_office_templates_folder(copy);
    try {
        presentation::mirror_office_templates(*shelf, copy);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

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
