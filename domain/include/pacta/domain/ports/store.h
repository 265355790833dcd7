#pragma once
// Storage port: one open store (a SQLite file today; an office server later) and every
// repository over it. An engine implements this and each port it hands out; the
// composition root (app/core) is the only code that knows which engine it opened.

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "pacta/domain/ports/audit.h"
#include "pacta/domain/ports/contract_history.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/instalments.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/ports/office_templates.h"
#include "pacta/domain/ports/reports.h"
#include "pacta/domain/ports/review.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/domain/ports/trusted_roots.h"
#include "pacta/domain/ports/users.h"
#include "pacta/domain/progress.h"

namespace pacta::domain {

// Why a store could not be opened, whatever the engine.
class StoreUnavailable : public std::runtime_error {
public:
    // not_prepared, older_schema and server_unreachable are the office server's: a database
    // without Pacta's schema, one an administrator must upgrade first, a server not answering.
    enum class Reason { network_drive, not_a_database, newer_schema, other, not_prepared, older_schema,
                        server_unreachable };
    StoreUnavailable(Reason reason, std::string location, std::string detail, int found_schema = 0,
                     int supported_schema = 0)
        : std::runtime_error(detail.empty() ? location : detail),
          reason_(reason),
          location_(std::move(location)),
          detail_(std::move(detail)),
          found_(found_schema),
          supported_(supported_schema) {}
    [[nodiscard]] Reason reason() const noexcept { return reason_; }
    [[nodiscard]] const std::string& location() const noexcept { return location_; }
    [[nodiscard]] const std::string& detail() const noexcept { return detail_; }  // what the engine said
    [[nodiscard]] int found_schema() const noexcept { return found_; }          // newer_schema: the store's
    [[nodiscard]] int supported_schema() const noexcept { return supported_; }  // newer_schema: this Pacta's

private:
    Reason reason_;
    std::string location_;
    std::string detail_;
    int found_;
    int supported_;
};

// What a restore found in the copy, and where the store as it was has been kept.
struct RestoreReport {
    bool restored = false;
    // False when the copy's trail does not hold the store's as it is (an older copy, or
    // another history): restored only when forced.
    bool extends_current = true;
    std::string integrity;           // "ok", or what the engine found wrong in the copy
    AuditVerification chain;         // of the copy
    std::filesystem::path previous;  // empty when nothing was kept
};

struct RestoreOptions {
    bool keep_previous = false;
    std::optional<AuditAnchor> must_extend;  // the store's own chain, as it is now
    bool force = false;                      // an administrator restores a copy that does not extend it
    std::string actor;
};

// Guarantees: opening brings the schema up to date (keeping a copy of the old one first) and
// refuses what would be unsafe (StoreUnavailable). The repositories live as long as the store.
class Store {
public:
    virtual ~Store() = default;

    [[nodiscard]] virtual InstitutionRepository& institutions() = 0;
    [[nodiscard]] virtual StaffRepository& staff() = 0;
    [[nodiscard]] virtual ContractCatalog& contracts() = 0;
    [[nodiscard]] virtual ContractDrafts& drafts() = 0;
    [[nodiscard]] virtual ContractLifecycleRepository& lifecycle() = 0;
    [[nodiscard]] virtual InstalmentRepository& instalments() = 0;
    [[nodiscard]] virtual ClauseLibrary& clauses() = 0;
    [[nodiscard]] virtual ReviewComments& review_comments() = 0;
    [[nodiscard]] virtual ReviewChecklist& review_checklist() = 0;
    [[nodiscard]] virtual UserRepository& users() = 0;
    [[nodiscard]] virtual AuditLog& audit_log() = 0;
    [[nodiscard]] virtual AuditTrail& audit_trail() = 0;
    // The certification authorities the office trusts for signatures.
    [[nodiscard]] virtual TrustedRootStore& trusted_roots() = 0;
    [[nodiscard]] virtual ReportQueries& reports() = 0;
    // The office's own templates when the store keeps them (the office server); null on one
    // desk, where they are files of the user's data folder.
    [[nodiscard]] virtual OfficeTemplateShelf* office_templates() { return nullptr; }
    // What others changed since the last call, without waiting: on the office server the
    // tables other desks wrote (their notifications name only the table); on one desk «*»
    // when another window or process committed. Screens re-read what their user may see.
    [[nodiscard]] virtual std::vector<std::string> changes_elsewhere() { return {}; }

    // Where it lives, as a person would find it (a file's path).
    [[nodiscard]] virtual std::string location() const = 0;
    // The engine and its version ("SQLite 3.40.1").
    [[nodiscard]] virtual std::string engine() const = 0;
    [[nodiscard]] virtual int schema_version() = 0;
    // "ok", or what the engine's own check found wrong.
    [[nodiscard]] virtual std::string integrity_check() = 0;
    // A whole, consistent copy at `target` (written under a temporary name, renamed when
    // complete) and beside it a manifest naming the audit chain's latest hash. `progress`
    // hears the percentage and may cancel (domain::Cancelled, nothing left behind).
    virtual AuditVerification backup(const std::filesystem::path& target, const ProgressReport& progress = {}) = 0;
    // Replaces everything stored with the copy at `source`, only when the copy passes the
    // engine's integrity check, its audit chain is intact and (with `options.must_extend`)
    // holds those first rows with that hash, unless `options.force`. With
    // `options.keep_previous`, the store as it was is first backed up beside it. A restore
    // is audited in both: a row in the store as it was (kept beside it) and one in the
    // store restored, naming `options.actor`, the file and both chains.
    virtual RestoreReport restore(const std::filesystem::path& source, const RestoreOptions& options) = 0;
};

}  // namespace pacta::domain
