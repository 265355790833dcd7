#pragma once
// The whole store in memory, for the services that take one: every repository of
// memory_repositories.h, and a backup and restore that write and read a small file and say
// what they were asked.

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "pacta/domain/ports/store.h"
#include "support/memory_repositories.h"
#include "support/memory_review.h"

namespace pacta::presentation::testing_support {

class MemoryTrustedRoots : public d::TrustedRootStore {
public:
    std::vector<d::TrustedRoot> all() override { return roots; }
    bool add(const d::TrustedRoot& root, const std::string& actor) override {
        for (const auto& r : roots) if (r.sha256 == root.sha256) return false;
        roots.push_back(root);
        roots.back().added_by = actor;
        return true;
    }
    bool remove(const std::string& sha256, const std::string&) override {
        return std::erase_if(roots, [&](const d::TrustedRoot& r) { return r.sha256 == sha256; }) > 0;
    }
    std::vector<d::TrustedRoot> roots;
};

class MemoryStore : public d::Store {
public:
    d::InstitutionRepository& institutions() override { return institutions_; }
    d::StaffRepository& staff() override { return staff_; }
    d::ContractCatalog& contracts() override { return catalog_; }
    d::ContractDrafts& drafts() override { return drafts_; }
    d::ContractLifecycleRepository& lifecycle() override { return lifecycle_; }
    d::InstalmentRepository& instalments() override { return instalments_; }
    d::ClauseLibrary& clauses() override { return library_; }
    d::ReviewComments& review_comments() override { return comments_; }
    d::ReviewChecklist& review_checklist() override { return checklist_; }
    d::UserRepository& users() override { return users_; }
    d::AuditLog& audit_log() override { return audit_; }
    d::AuditTrail& audit_trail() override { return trail_; }
    d::TrustedRootStore& trusted_roots() override { return roots_; }
    // Reports are sums a database makes: their tests run on real stores (tests/core).
    d::ReportQueries& reports() override { throw std::logic_error("reports need a database"); }
    std::string location() const override { return "memoria"; }
    std::string engine() const override { return "memoria"; }
    int schema_version() override { return 1; }
    std::string integrity_check() override { return "ok"; }
    d::AuditVerification backup(const std::filesystem::path& target, const d::ProgressReport& = {}) override {
        std::ofstream(target) << "copia";
        return trail_.verdict;
    }
    d::RestoreReport restore(const std::filesystem::path& source, const d::RestoreOptions& options) override {
        last_restore = options;
        d::RestoreReport report;
        report.restored = std::filesystem::exists(source);
        return report;
    }

    MemoryInstitutions institutions_;
    MemoryStaff staff_;
    MemoryCatalog catalog_;
    MemoryDrafts drafts_;
    MemoryContracts lifecycle_;
    MemoryInstalments instalments_;
    MemoryLibrary library_;
    MemoryComments comments_;
    MemoryChecklist checklist_;
    MemoryUsers users_;
    MemoryAudit audit_;
    MemoryAuditTrail trail_;
    MemoryTrustedRoots roots_;
    std::optional<d::RestoreOptions> last_restore;
};

}  // namespace pacta::presentation::testing_support
