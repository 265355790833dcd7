#include "engine.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>

#include "../server/test_server.h"
#include "pacta/db/pg/audit_repository.h"
#include "pacta/db/pg/instalment_repository.h"
#include "pacta/db/pg/institution_repository.h"
#include "pacta/db/pg/report_queries.h"
#include "pacta/db/pg/review_repository.h"
#include "pacta/db/pg/user_repository.h"
#include "pacta/db/pg/staff_repository.h"
#include "pacta/db/pg/trusted_root_repository.h"
#include "pacta/db/sqlite_store.h"

namespace pacta::testing_ports {

namespace fs = std::filesystem;

Engine::Engine(const std::string& name) {
    if (name == "sqlite") {
        static std::atomic<int> count{0};
        dir_ = fs::temp_directory_path() / ("pacta-puertos-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        store_ = db::open_sqlite_store(dir_ / "pacta.sqlite3", "prueba");
        institutions_ = &store_->institutions();
        audit_log_ = &store_->audit_log();
        users_ = &store_->users();
        audit_trail_ = &store_->audit_trail();
        staff_ = &store_->staff();
        instalments_ = &store_->instalments();
        clauses_ = &store_->clauses();
        review_comments_ = &store_->review_comments();
        review_checklist_ = &store_->review_checklist();
        trusted_roots_ = &store_->trusted_roots();
        reports_ = &store_->reports();
        contracts_ = &store_->contracts();
        drafts_ = &store_->drafts();
        lifecycle_ = &store_->lifecycle();
        return;
    }
    auto* server = db::testing_server::TestServer::get();
    if (server == nullptr) return;
    static bool made = false;
    if (!made) {
        auto admin = server->as("ana");
        server->make_user(admin, actor_, "capturista,revisor_juridico,finanzas,administrador", "");
        made = true;
    }
    connection_.emplace(server->as(actor_));
    owned_institutions_ = std::make_unique<db::pg::PgInstitutionRepository>(*connection_);
    institutions_ = owned_institutions_.get();
    owned_audit_log_ = std::make_unique<db::pg::PgAuditLog>(*connection_);
    owned_users_ = std::make_unique<db::pg::PgUserRepository>(*connection_, "dbname=" + server->database());
    users_ = owned_users_.get();
    audit_log_ = owned_audit_log_.get();
    owned_audit_trail_ = std::make_unique<db::pg::PgAuditTrail>(*connection_);
    audit_trail_ = owned_audit_trail_.get();
    owned_staff_ = std::make_unique<db::pg::PgStaffRepository>(*connection_);
    staff_ = owned_staff_.get();
    owned_instalments_ = std::make_unique<db::pg::PgInstalmentRepository>(*connection_);
    instalments_ = owned_instalments_.get();
    owned_clauses_ = std::make_unique<db::pg::PgClauseLibrary>(*connection_);
    clauses_ = owned_clauses_.get();
    owned_review_comments_ = std::make_unique<db::pg::PgReviewComments>(*connection_);
    review_comments_ = owned_review_comments_.get();
    owned_review_checklist_ = std::make_unique<db::pg::PgReviewChecklist>(*connection_);
    review_checklist_ = owned_review_checklist_.get();
    owned_trusted_roots_ = std::make_unique<db::pg::PgTrustedRoots>(*connection_);
    trusted_roots_ = owned_trusted_roots_.get();
    owned_reports_ = std::make_unique<db::pg::PgReportQueries>(*connection_);
    reports_ = owned_reports_.get();
    owned_contracts_ = std::make_unique<db::pg::PgContractRepository>(*connection_);
    contracts_ = owned_contracts_.get();
    drafts_ = owned_contracts_.get();
    owned_lifecycle_ = std::make_unique<db::pg::PgContractLifecycleRepository>(*connection_);
    lifecycle_ = owned_lifecycle_.get();
}

namespace {

// Made once per test program, by the first administrator.
void make_reviewer(const std::string& name) {
    static bool made = false;
    if (made) return;
    auto* server = db::testing_server::TestServer::get();
    auto admin = server->as("ana");
    server->make_user(admin, name, "revisor_juridico", "");
    made = true;
}

}  // namespace

domain::ContractLifecycleRepository& Engine::reviewer_lifecycle() {
    if (!connection_) return *lifecycle_;
    if (!reviewer_connection_) {
        make_reviewer(reviewer_);
        reviewer_connection_.emplace(db::testing_server::TestServer::get()->as(reviewer_));
    }
    if (!reviewer_lifecycle_) reviewer_lifecycle_ = std::make_unique<db::pg::PgContractLifecycleRepository>(*reviewer_connection_);
    return *reviewer_lifecycle_;
}

domain::ContractCatalog& Engine::reviewer_contracts() {
    if (!connection_) return *contracts_;
    (void)reviewer_lifecycle();
    if (!reviewer_contracts_) reviewer_contracts_ = std::make_unique<db::pg::PgContractRepository>(*reviewer_connection_);
    return *reviewer_contracts_;
}

db::pg::Result Engine::server_sql(std::string_view sql, const std::vector<db::pg::Param>& params) {
    return connection_->exec(sql, params);
}

Engine::~Engine() {
    reviewer_contracts_.reset();
    reviewer_lifecycle_.reset();
    reviewer_connection_.reset();
    owned_lifecycle_.reset();
    owned_contracts_.reset();
    owned_review_checklist_.reset();
    owned_trusted_roots_.reset();
    owned_reports_.reset();
    owned_review_comments_.reset();
    owned_clauses_.reset();
    owned_instalments_.reset();
    owned_users_.reset();
    owned_audit_trail_.reset();
    owned_audit_log_.reset();
    owned_staff_.reset();
    owned_institutions_.reset();
    connection_.reset();
    store_.reset();
    if (!dir_.empty()) fs::remove_all(dir_);
}

}  // namespace pacta::testing_ports
