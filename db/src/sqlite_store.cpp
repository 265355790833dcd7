#include "pacta/db/sqlite_store.h"

#include <algorithm>
#include <optional>

#include <nlohmann/json.hpp>

#include "pacta/db/audit.h"
#include "pacta/db/backup.h"
#include "pacta/db/contract_lifecycle_repository.h"
#include "pacta/db/contract_repository.h"
#include "pacta/db/database.h"
#include "pacta/db/instalment_repository.h"
#include "pacta/db/institution_repository.h"
#include "pacta/db/open.h"
#include "pacta/db/report_queries.h"
#include "pacta/db/review_repository.h"
#include "pacta/db/schema.h"
#include "pacta/db/staff_repository.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"
#include "pacta/db/trusted_root_repository.h"
#include "pacta/db/user_repository.h"

namespace pacta::db {

namespace {

namespace d = pacta::domain;
namespace fs = std::filesystem;
using Reason = d::StoreUnavailable::Reason;

class SqliteStore final : public d::Store {
public:
    SqliteStore(Database db, std::string pacta_version) : db_(std::move(db)), pacta_version_(std::move(pacta_version)) {
        (void)changes_elsewhere();  // from here on
    }

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
    d::TrustedRootStore& trusted_roots() override { return trusted_roots_; }
    d::ReportQueries& reports() override { return reports_; }

    // PRAGMA data_version moves when another connection (a second window, pacta-cli) commits.
    std::vector<std::string> changes_elsewhere() override {
        Statement version(db_, "PRAGMA data_version");
        const std::int64_t now = version.step() ? version.column_int(0) : 0;
        const bool changed = data_version_ && *data_version_ != now;
        data_version_ = now;
        return changed ? std::vector<std::string>{"*"} : std::vector<std::string>{};
    }

    std::string location() const override { return db_.path().string(); }
    std::string engine() const override { return sqlite_engine(); }
    int schema_version() override { return db_.user_version(); }
    std::string integrity_check() override { return db_.integrity_check(); }

    d::AuditVerification backup(const fs::path& target, const d::ProgressReport& progress) override {
        return create_backup(db_, target, progress);
    }

    d::RestoreReport restore(const fs::path& source, const d::RestoreOptions& options) override {
        d::RestoreReport report;
        Database copy = open_pacta_database_checked(source);
        report.integrity = copy.integrity_check();
        report.chain = SqliteAuditTrail(copy).verify();
        if (report.integrity != "ok" || !report.chain.intact) return report;
        if (options.must_extend && options.must_extend->rows > 0) {
            report.extends_current =
                SqliteAuditTrail(copy).stored_hash(options.must_extend->rows) == options.must_extend->hash;
        }
        if (!report.extends_current && !options.force) return report;
        // Recorded where it happened: in the store as it was (and so in the copy kept of
        // it), then in the store restored.
        nlohmann::json what{{"archivo", source.filename().string()},
                            {"filas_copia", report.chain.rows},
                            {"hash_copia", report.chain.latest_hash},
                            {"forzada", options.force && !report.extends_current}};
        if (options.must_extend) {
            what["filas_antes"] = options.must_extend->rows;
            what["hash_antes"] = options.must_extend->hash;
        }
        const std::string actor = options.actor.empty() ? std::string("?") : options.actor;
        {
            Transaction tx(db_);
            AuditWriter(db_).record(actor, "actualizar", "base_de_datos", "restaurar", std::nullopt, what.dump());
            tx.commit();
        }
        if (options.keep_previous) {
            std::string stamp = utc_timestamp();
            std::replace(stamp.begin(), stamp.end(), ':', '-');
            report.previous = db_.path().string() + ".antes-de-restaurar-" + stamp;
            db_.backup_to(report.previous);
        }
        db_.replace_contents_with(copy);
        {
            Transaction tx(db_);
            AuditWriter(db_).record(actor, "actualizar", "base_de_datos", "restaurada", std::nullopt, what.dump());
            tx.commit();
        }
        report.restored = true;
        return report;
    }

    // The copy is opened as a Pacta database (an older one is brought up to date).
    Database open_pacta_database_checked(const fs::path& path) {
        try {
            return open_pacta_database(path, pacta_version_);
        } catch (const NotADatabaseError& e) {
            throw d::StoreUnavailable(Reason::not_a_database, path.string(), e.what());
        } catch (const NewerSchemaError& e) {
            throw d::StoreUnavailable(Reason::newer_schema, path.string(), e.what(), e.found(), e.supported());
        }
    }

private:
    Database db_;
    std::optional<std::int64_t> data_version_;
    std::string pacta_version_;
    SqliteInstitutionRepository institutions_{db_};
    SqliteStaffRepository staff_{db_};
    SqliteContractRepository contracts_{db_};
    SqliteContractLifecycleRepository lifecycle_{db_};
    SqliteInstalmentRepository instalments_{db_};
    SqliteClauseLibrary clauses_{db_};
    SqliteReviewComments comments_{db_};
    SqliteReviewChecklist checklist_{db_};
    SqliteUserRepository users_{db_};
    SqliteAuditLog audit_log_{db_};
    SqliteAuditTrail audit_trail_{db_};
    SqliteTrustedRoots trusted_roots_{db_};
    SqliteReportQueries reports_{db_};
};

}  // namespace

std::unique_ptr<d::Store> open_sqlite_store(const fs::path& path, const std::string& pacta_version) {
    try {
        if (path.string() != ":memory:" && path.has_parent_path()) fs::create_directories(path.parent_path());
        return std::make_unique<SqliteStore>(open_pacta_database(path, pacta_version), pacta_version);
    } catch (const NetworkFilesystemError& e) {
        throw d::StoreUnavailable(Reason::network_drive, path.string(), e.what());
    } catch (const NotADatabaseError& e) {
        throw d::StoreUnavailable(Reason::not_a_database, path.string(), e.what());
    } catch (const NewerSchemaError& e) {
        throw d::StoreUnavailable(Reason::newer_schema, path.string(), e.what(), e.found(), e.supported());
    } catch (const DatabaseError& e) {
        throw d::StoreUnavailable(Reason::other, path.string(), e.what());
    } catch (const fs::filesystem_error& e) {
        throw d::StoreUnavailable(Reason::other, path.string(), e.what());
    }
}

std::string sqlite_engine() { return "SQLite " + Database::sqlite_version(); }

}  // namespace pacta::db
