#pragma once
// The storage engines the port tests run on, by name: «sqlite» (a fresh file per test) and
// «postgres» (the suite's prepared test server, logged in as «puertos», a user with all four
// Pacta roles and no institution limit). Each test names its own records (codes, CURPs,
// folios) so tests on the shared server do not meet. On the server the login is the actor
// and the server writes the audit rows; on SQLite the repositories write them as actor().
//
// Adding a port: a member pointer and accessor below, filled in the constructor for both
// engines (the SQLite store's, or a Pg* repository over connection_).

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pacta/db/pg/connection.h"
#include "pacta/db/pg/contract_lifecycle_repository.h"
#include "pacta/db/pg/contract_repository.h"
#include "pacta/domain/ports/store.h"

namespace pacta::testing_ports {

class Engine {
public:
    explicit Engine(const std::string& name);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    [[nodiscard]] bool ready() const { return institutions_ != nullptr; }
    [[nodiscard]] domain::InstitutionRepository& institutions() { return *institutions_; }
    [[nodiscard]] domain::AuditLog& audit_log() { return *audit_log_; }
    [[nodiscard]] domain::UserRepository& users() { return *users_; }
    [[nodiscard]] domain::AuditTrail& audit_trail() { return *audit_trail_; }
    [[nodiscard]] domain::StaffRepository& staff() { return *staff_; }
    [[nodiscard]] domain::InstalmentRepository& instalments() { return *instalments_; }
    [[nodiscard]] domain::ClauseLibrary& clauses() { return *clauses_; }
    [[nodiscard]] domain::ReviewComments& review_comments() { return *review_comments_; }
    [[nodiscard]] domain::ReviewChecklist& review_checklist() { return *review_checklist_; }
    [[nodiscard]] domain::TrustedRootStore& trusted_roots() { return *trusted_roots_; }
    [[nodiscard]] domain::ReportQueries& reports() { return *reports_; }
    // Test setup (engine_setup.cpp): stores `draft` (its institution and person already
    // saved) with its schedule through drafts() and moves it to `state` along the legal path
    // through lifecycle() (reviewer_lifecycle() for the moves four eyes keep from the
    // drafter); returns its folio.
    std::string setup_contract(const domain::NewContract& draft, domain::ContractState state);
    // Who the engine records as having made each change.
    [[nodiscard]] const std::string& actor() const { return actor_; }
    [[nodiscard]] domain::ContractCatalog& contracts() { return *contracts_; }
    [[nodiscard]] domain::ContractDrafts& drafts() { return *drafts_; }
    [[nodiscard]] domain::ContractLifecycleRepository& lifecycle() { return *lifecycle_; }
    // A second user, a legal reviewer only, for what four eyes keeps from the drafter: on
    // SQLite the same ports with reviewer() as the actor; on the server its own login
    // (opened when first asked for).
    [[nodiscard]] const std::string& reviewer() const { return reviewer_; }
    [[nodiscard]] domain::ContractLifecycleRepository& reviewer_lifecycle();
    [[nodiscard]] domain::ContractCatalog& reviewer_contracts();
    // Whether the engine is the server, and one statement on it as actor() (test set-up and
    // checks of what the ports keep below them, such as a file's bytes).
    [[nodiscard]] bool server() const { return connection_.has_value(); }
    db::pg::Result server_sql(std::string_view sql, const std::vector<db::pg::Param>& params = {});

private:
    std::filesystem::path dir_;
    std::unique_ptr<domain::Store> store_;
    std::optional<db::pg::Connection> connection_;
    std::unique_ptr<domain::InstitutionRepository> owned_institutions_;
    domain::InstitutionRepository* institutions_ = nullptr;
    std::unique_ptr<domain::AuditLog> owned_audit_log_;
    std::unique_ptr<domain::AuditTrail> owned_audit_trail_;
    domain::AuditLog* audit_log_ = nullptr;
    std::unique_ptr<domain::UserRepository> owned_users_;
    domain::UserRepository* users_ = nullptr;
    domain::AuditTrail* audit_trail_ = nullptr;
    std::unique_ptr<domain::StaffRepository> owned_staff_;
    domain::StaffRepository* staff_ = nullptr;
    std::unique_ptr<domain::InstalmentRepository> owned_instalments_;
    domain::InstalmentRepository* instalments_ = nullptr;
    std::unique_ptr<domain::ClauseLibrary> owned_clauses_;
    domain::ClauseLibrary* clauses_ = nullptr;
    std::unique_ptr<domain::ReviewComments> owned_review_comments_;
    domain::ReviewComments* review_comments_ = nullptr;
    std::unique_ptr<domain::ReviewChecklist> owned_review_checklist_;
    domain::ReviewChecklist* review_checklist_ = nullptr;
    std::unique_ptr<domain::TrustedRootStore> owned_trusted_roots_;
    domain::TrustedRootStore* trusted_roots_ = nullptr;
    std::unique_ptr<domain::ReportQueries> owned_reports_;
    domain::ReportQueries* reports_ = nullptr;
    std::string actor_ = "puertos";
    std::unique_ptr<db::pg::PgContractRepository> owned_contracts_;
    std::unique_ptr<db::pg::PgContractLifecycleRepository> owned_lifecycle_;
    domain::ContractCatalog* contracts_ = nullptr;
    domain::ContractDrafts* drafts_ = nullptr;
    domain::ContractLifecycleRepository* lifecycle_ = nullptr;
    std::string reviewer_ = "revisora.puertos";
    std::optional<db::pg::Connection> reviewer_connection_;
    std::unique_ptr<db::pg::PgContractRepository> reviewer_contracts_;
    std::unique_ptr<db::pg::PgContractLifecycleRepository> reviewer_lifecycle_;
};

// "sqlite", "postgres": for INSTANTIATE_TEST_SUITE_P, with engine_name naming each run.
inline const char* const engines[] = {"sqlite", "postgres"};
inline std::string engine_name(const testing::TestParamInfo<const char*>& run) { return run.param; }

}  // namespace pacta::testing_ports
