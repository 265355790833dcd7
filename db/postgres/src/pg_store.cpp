#include "pacta/db/postgres_store.h"

#include <libpq-fe.h>

#include "pacta/db/pg/audit_repository.h"
#include "pacta/db/pg/connection.h"
#include "pacta/db/pg/contract_lifecycle_repository.h"
#include "pacta/db/pg/contract_repository.h"
#include "pacta/db/pg/instalment_repository.h"
#include "pacta/db/pg/institution_repository.h"
#include "pacta/db/pg/office_template_repository.h"
#include "pacta/db/pg/report_queries.h"
#include "pacta/db/pg/trusted_root_repository.h"
#include "pacta/db/pg/review_repository.h"
#include "pacta/db/pg/staff_repository.h"
#include "pacta/db/pg/user_repository.h"
#include "pacta/db/postgres_server.h"

namespace pacta::db {

namespace {

namespace d = pacta::domain;
namespace fs = std::filesystem;
using Reason = d::StoreUnavailable::Reason;

class PostgresStore final : public d::Store {
public:
    PostgresStore(pg::Connection connection, ServerAccess login)
        : db_(std::move(connection)), server_(login.conninfo), login_(std::move(login)), users_(db_, server_) {}
    d::InstitutionRepository& institutions() override { return institutions_; }
    d::StaffRepository& staff() override { return staff_; }
    d::ContractCatalog& contracts() override { return contracts_; }
    d::ContractDrafts& drafts() override { return contracts_; }
    d::ContractLifecycleRepository& lifecycle() override { return lifecycle_; }
    d::InstalmentRepository& instalments() override { return instalments_; }
    d::ClauseLibrary& clauses() override { return clauses_; }
    d::ReviewComments& review_comments() override { return comments_; }
    d::ReviewChecklist& review_checklist() override { return checklist_; }
    d::UserRepository& users() override { return users_; }
    d::AuditLog& audit_log() override { return audit_log_; }
    d::AuditTrail& audit_trail() override { return audit_trail_; }
    d::OfficeTemplateShelf* office_templates() override { return &templates_; }
    d::TrustedRootStore& trusted_roots() override { return trusted_roots_; }
    d::ReportQueries& reports() override { return reports_; }
    std::vector<std::string> changes_elsewhere() override { return db_.notifications(); }
    std::string location() const override { return db_.database() + " (" + server_ + ")"; }
    std::string engine() const override {
        const int v = db_.server_version();
        return "PostgreSQL " + std::to_string(v / 10000) + "." + std::to_string(v % 10000);
    }
    int schema_version() override {
        return static_cast<int>(db_.exec("SELECT value::integer FROM setting WHERE key = 'schema_version'").integer(0, 0));
    }
    // The server keeps its own pages whole (checksums, WAL); what Pacta can check from a
    // client is that its schema is there and its trail intact, which verify() does.
    std::string integrity_check() override { return "ok"; }
    // pg_dump as the logged-in administrator (row security on: an administrator of every
    // institution reads every row; the service refuses anyone else), with the manifest.
    d::AuditVerification backup(const fs::path& target, const d::ProgressReport&) override {
        ServerBackup copy;
        try {
            copy = dump_server(login_, target);
        } catch (const ServerSetupError& e) {
            if (e.kind() == ServerSetupError::Kind::tool_missing) {
                throw d::RuleError(d::Finding("server.tool_missing", d::Severity::error, "respaldo").with("tool", e.what()));
            }
            throw d::RuleError(d::Finding("server.backup_failed", d::Severity::error, "respaldo").with("detail", e.what()));
        }
        d::AuditVerification out;
        out.rows = static_cast<std::size_t>(copy.audit_rows);
        out.latest_hash = copy.latest_hash;
        return out;
    }
    // Into an empty database only, by its administrator (restore_server); never over this one.
    d::RestoreReport restore(const fs::path&, const d::RestoreOptions&) override {
        throw d::RuleError(d::Finding("server.restore_by_administrator", d::Severity::error, "respaldo"));
    }

private:
    mutable pg::Connection db_;
    std::string server_;
    ServerAccess login_;
    pg::PgInstitutionRepository institutions_{db_};
    pg::PgStaffRepository staff_{db_};
    pg::PgContractRepository contracts_{db_};
    pg::PgContractLifecycleRepository lifecycle_{db_};
    pg::PgInstalmentRepository instalments_{db_};
    pg::PgClauseLibrary clauses_{db_};
    pg::PgReviewComments comments_{db_};
    pg::PgReviewChecklist checklist_{db_};
    pg::PgUserRepository users_;
    pg::PgAuditLog audit_log_{db_};
    pg::PgAuditTrail audit_trail_{db_};
    pg::PgOfficeTemplateShelf templates_{db_};
    pg::PgTrustedRoots trusted_roots_{db_};
    pg::PgReportQueries reports_{db_};
};

// libpq says why a connection failed only in words (the server's, in its language): these
// are PostgreSQL's for credentials it refuses.
bool refused_credentials(const std::string& detail) {
    for (const char* words : {"password authentication failed", "no password supplied", "is not permitted to log in",
                              "does not exist", "SCRAM authentication"}) {
        if (detail.find(words) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

std::unique_ptr<d::Store> open_postgres_store(const ServerLogin& login, const std::string& /*pacta_version*/) {
    // The role's prefix depends on the database's name, which the connection string may only
    // imply (a service, PGDATABASE): asked of libpq before logging in as the user.
    std::string database;
    {
        PQconninfoOption* parsed = PQconninfoParse(login.server.c_str(), nullptr);
        if (parsed != nullptr) {
            for (auto* o = parsed; o->keyword != nullptr; ++o) {
                if (std::string(o->keyword) == "dbname" && o->val != nullptr) database = o->val;
            }
            PQconninfoFree(parsed);
        }
        if (database.empty()) {
            if (const char* env = std::getenv("PGDATABASE")) database = env;
        }
    }
    if (database.empty()) {
        throw d::StoreUnavailable(Reason::other, login.server, "the connection names no database");
    }
    std::optional<pg::Connection> connection;
    try {
        pg::ConnectOptions options(login.server);
        options.user = server_role_prefix(database) + "u_" + login.username;
        options.password = login.password;
        connection.emplace(options);
    } catch (const pg::ServerError& e) {
        if (e.sqlstate() == "0A000") throw d::StoreUnavailable(Reason::other, login.server, e.what());
        if (refused_credentials(e.what())) throw ServerLoginRefused(e.what());
        throw d::StoreUnavailable(Reason::server_unreachable, login.server, e.what());
    } catch (const ServerSetupError& e) {
        throw d::StoreUnavailable(Reason::other, login.server, e.what());
    }
    if (connection->exec("SELECT 1 FROM pg_namespace WHERE nspname = 'pacta'").rows() == 0) {
        throw d::StoreUnavailable(Reason::not_prepared, database, "");
    }
    const int found = static_cast<int>(
        connection->exec("SELECT value::integer FROM pacta.setting WHERE key = 'schema_version'").integer(0, 0));
    if (found > server_schema_version()) {
        throw d::StoreUnavailable(Reason::newer_schema, database, "", found, server_schema_version());
    }
    if (found < server_schema_version()) {
        throw d::StoreUnavailable(Reason::older_schema, database, "", found, server_schema_version());
    }
    // Other desks' writes are announced on this channel (server_rules.cpp, notify_change).
    connection->run_script("LISTEN pacta_cambios");
    return std::make_unique<PostgresStore>(
        std::move(*connection), ServerAccess{login.server, server_role_prefix(database) + "u_" + login.username, login.password});
}

std::string postgres_client() { return "libpq " + std::to_string(PQlibVersion() / 10000); }

}  // namespace pacta::db
