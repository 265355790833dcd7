#pragma once
// The composition root: the one place that opens a store (a SQLite file today; an office
// server later), logs a user in and hands out the service layer wired to it. pacta-cli and
// the desktop both start here; outside app/core no application code knows the engine.

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "pacta/domain/ports/store.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/contracts/contract_documents.h"
#include "pacta/presentation/contracts/contract_lifecycle.h"
#include "pacta/presentation/contracts/contract_import.h"
#include "pacta/presentation/contracts/contract_service.h"
#include "pacta/presentation/contracts/contract_signing.h"
#include "pacta/presentation/contracts/signature_verification.h"
#include "pacta/presentation/contracts/early_termination.h"
#include "pacta/presentation/payments/payments_service.h"
#include "pacta/presentation/reports/report_service.h"
#include "pacta/presentation/reports/transparency_service.h"
#include "pacta/presentation/institutions/institution_service.h"
#include "pacta/presentation/staff/staff_service.h"
#include "pacta/presentation/review/review_service.h"
#include "pacta/presentation/staff/staff_transfer.h"
#include "pacta/presentation/audit/store_service.h"

namespace pacta::core {

// The folders Pacta keeps beside its database.
struct Folders {
    std::filesystem::path documents;  // signed documents, one copy each ("documentos/")
    std::filesystem::path contracts;  // the PDFs the desktop generates ("contratos/")
    std::filesystem::path drafts;     // unfinished contract wizards ("borradores/")
};
[[nodiscard]] Folders folders_beside(const std::filesystem::path& database);

class Office {
public:
    // Opens (creating it when needed) the store at `database`; nothing in it changes before a
    // login. Throws domain::StoreUnavailable, whose reason presentation::describe() words.
    [[nodiscard]] static std::unique_ptr<Office> open(const std::filesystem::path& database);
    // The office server (a libpq connection string or URI), logged in as `username`:
    // PostgreSQL checks the password (empty: libpq's password file). `office` is null and
    // `failure` says why when the login is refused; the session is started otherwise. Throws
    // domain::StoreUnavailable when the server cannot be used.
    struct ServerLogin {
        std::unique_ptr<Office> office;
        presentation::LoginFailure failure = presentation::LoginFailure::none;
    };
    [[nodiscard]] static ServerLogin open_server(const std::string& server, const std::string& username,
                                                 const std::string& password);

    Office(std::unique_ptr<domain::Store> store, std::filesystem::path database);
    Office(const Office&) = delete;
    Office& operator=(const Office&) = delete;

    [[nodiscard]] domain::Store& store() { return *store_; }
    [[nodiscard]] const std::filesystem::path& database() const { return database_; }
    [[nodiscard]] Folders folders() const { return folders_beside(database_); }
    // On the office server, brings this desk's copy of the office's own templates up to date
    // (presentation::installed_templates() reads it); on one desk there is nothing to bring.
    // False when the copy could not be written (the last one stays).
    bool refresh_office_templates();

    [[nodiscard]] bool has_users() { return store_->users().count() > 0; }
    // Checks the password and records the attempt; on success the user is logged in and the
    // moves the contracts' dates call for are recorded (firmado -> vigente -> concluido).
    presentation::LoginResult log_in(const std::string& username, const std::string& password);
    // For a user who has just been created or authenticated elsewhere in this process (the
    // first administrator at setup); records the date moves too.
    void start_session(const domain::UserAccount& user);
    // «Cerrar sesión»: nothing more can be done until someone logs in again. (Not an audit
    // row: the trail's actions are fixed by the schema, and leaving changes nothing.)
    void end_session();
    [[nodiscard]] bool logged_in() const { return session_.has_value(); }
    // Throws presentation::ServiceError before anyone has logged in.
    [[nodiscard]] const presentation::Session& session() const;

    // Accounts: before anyone logs in, only the first administrator can be created.
    [[nodiscard]] presentation::AccountService accounts() {
        return {session_ ? &*session_ : nullptr, store_->users(), store_->institutions()};
    }
    // Verifying the audit trail, backups and restores (a restore into an empty store needs
    // no login).
    [[nodiscard]] presentation::StoreMaintenance maintenance() { return {session_ ? &*session_ : nullptr, *store_}; }
    // Staff spreadsheets in and out.
    [[nodiscard]] presentation::StaffFiles staff_files() {
        return {session(), store_->staff(), store_->institutions()};
    }

    // The service layer for the logged-in user.
    [[nodiscard]] presentation::ContractService contracts() { return {session(), *store_}; }
    // The files kept with contracts; on the office server a desk opens copies it writes in
    // folders().contracts.
    [[nodiscard]] presentation::ContractDocumentService documents() {
        return {session(), store_->contracts(), store_->lifecycle()};
    }
    [[nodiscard]] presentation::ContractImportService contract_import() { return {session(), *store_}; }
    // Moves run the contract checker before legal review and the reviewers' blockers before
    // approval; signed documents are kept in folders().documents.
    [[nodiscard]] presentation::ContractLifecycleService lifecycle();
    // Signing fields with each signer's certificate; the signed PDFs kept in folders().documents.
    [[nodiscard]] presentation::ContractSigningService signing() {
        return {session(),       store_->contracts(),    store_->drafts(),      lifecycle(),
                store_->staff(), store_->institutions(), store_->audit_trail(), folders().documents};
    }
    // Verifying signed PDFs against the authorities the office trusts, and keeping that list.
    [[nodiscard]] presentation::SignatureVerificationService verification() {
        return {session(), store_->contracts(), store_->lifecycle(), store_->staff(), store_->institutions(),
                store_->trusted_roots()};
    }
    [[nodiscard]] presentation::InstitutionService institutions() { return {session(), store_->institutions()}; }
    [[nodiscard]] presentation::StaffService staff() { return {session(), store_->staff()}; }
    [[nodiscard]] presentation::ReviewService review() { return {session(), store_->review_comments(), store_->lifecycle()}; }
    [[nodiscard]] presentation::ChecklistService checklist() {
        return {session(), store_->review_checklist(), store_->lifecycle()};
    }
    [[nodiscard]] presentation::ClauseLibraryService clause_library() { return {session(), store_->clauses()}; }
    [[nodiscard]] presentation::PaymentsService payments() { return {session(), *store_}; }
    [[nodiscard]] presentation::ReportService reports() { return {session(), *store_}; }
    [[nodiscard]] presentation::TransparencyService transparency() { return {session(), *store_}; }
    [[nodiscard]] presentation::EarlyTerminationService early_termination() {
        return {session(), store_->contracts(), store_->lifecycle(), store_->institutions(), store_->instalments()};
    }

private:
    std::unique_ptr<domain::Store> store_;
    std::filesystem::path database_;
    std::optional<presentation::Session> session_;
};

// Restores the backup at `backup` as the database at `database`. Where there is no database
// yet, the copy is checked before anything is created (a refused copy leaves nothing
// behind) and nobody needs to log in; over an existing one, `log_in` is asked for the
// office of an administrator, the database as it was is kept beside it, and a copy whose
// audit trail does not hold the current one is refused unless `force`.
[[nodiscard]] domain::RestoreReport restore_backup(const std::filesystem::path& database,
                                                   const std::filesystem::path& backup,
                                                   const std::function<std::unique_ptr<Office>()>& log_in,
                                                   bool force = false);

// The storage engine this build opens, for --version ("SQLite 3.40.1").
[[nodiscard]] std::string storage_engine();

}  // namespace pacta::core
