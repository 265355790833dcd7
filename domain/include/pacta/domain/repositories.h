#pragma once
// What the application needs from storage, independent of the engine. db/ implements these
// for SQLite; a PostgreSQL implementation will sit beside it. Every method that changes
// more than one row does so in one transaction and records the change in the audit trail
// as `actor`.

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/instalment.h"
#include "pacta/domain/termination.h"
#include "pacta/domain/institution.h"
#include "pacta/domain/staff.h"

namespace pacta::domain {

struct InstitutionSummary {
    std::string code;
    std::string name;
    std::string country;
    std::size_t units = 0;
    std::size_t signatories = 0;
};

struct SignatorySummary {
    std::string institution;
    Signatory signatory;
};

class InstitutionRepository {
public:
    virtual ~InstitutionRepository() = default;
    // Creates the institution, or replaces every part of it when its code exists.
    // Returns true when it was created.
    virtual bool save(const Institution& institution, const std::string& actor) = 0;
    [[nodiscard]] virtual std::optional<Institution> find(const std::string& code) = 0;
    [[nodiscard]] virtual std::vector<InstitutionSummary> list() = 0;
    [[nodiscard]] virtual std::vector<SignatorySummary> signatories(const std::string& institution_code) = 0;
};

struct StaffImportResult {
    std::size_t created = 0;
    std::size_t updated = 0;
};

class StaffRepository {
public:
    virtual ~StaffRepository() = default;
    // All in one transaction: either every record is stored or none. A record whose key
    // (CURP, DNI or foreign card) exists is updated when `update_existing`, else refused.
    virtual StaffImportResult import(const std::vector<StaffMember>& staff, const std::string& institution_code,
                                     bool update_existing, const std::string& actor) = 0;
    // Of `keys`, those already stored.
    [[nodiscard]] virtual std::vector<std::string> existing_keys(const std::vector<std::string>& keys) = 0;
    [[nodiscard]] virtual std::optional<StaffMember> find(const std::string& key) = 0;
    // Accent- and case-insensitive, by name, identity-number prefix or unit.
    [[nodiscard]] virtual std::vector<StaffMember> search(const std::string& text, std::size_t limit) = 0;
    [[nodiscard]] virtual std::vector<StaffMember> all() = 0;
};

struct AuditVerification {
    bool intact = true;
    std::size_t rows = 0;
    std::int64_t first_broken_row = 0;  // 0 when intact
    std::string latest_hash;            // of the last row; the genesis hash when empty
};

class AuditTrail {
public:
    virtual ~AuditTrail() = default;
    // Recomputes the whole chain.
    [[nodiscard]] virtual AuditVerification verify() = 0;
};

// One instalment with what a finance clerk needs to see beside it.
struct ContractInstalment {
    std::string folio;
    std::string person;
    std::string unit_code;
    std::string budget_account;
    Regime regime = Regime::honorarios;
    std::optional<int> suspension_year;  // Peru: the provider's 4th-category suspension
    InstalmentRecord record;
};

class InstalmentRepository {
public:
    virtual ~InstalmentRepository() = default;
    // The contract's instalments by number; empty when the folio has none (or does not exist).
    [[nodiscard]] virtual std::vector<ContractInstalment> for_contract(const std::string& folio) = 0;
    // Instalments neither paid nor cancelled, due on or before `due_by` (all when nullopt),
    // of one unit (all when empty), by due date.
    [[nodiscard]] virtual std::vector<ContractInstalment> open(std::optional<Date> due_by, const std::string& unit) = 0;
    // Every instalment of every contract (the summaries read them all).
    [[nodiscard]] virtual std::vector<ContractInstalment> all() = 0;
    // Stores a move already checked by apply_move, with the audit row (who, why, before and
    // after) in the same transaction. Throws when the stored state is no longer `before`'s.
    virtual void save_move(const std::string& folio, const InstalmentRecord& before, const InstalmentRecord& after,
                           const std::string& actor) = 0;
    // Stores an early termination in one transaction: the instalments it prorates or
    // cancels, the contract's new state, end date and cause, and the audit rows.
    virtual void save_termination(const std::string& folio, const Settlement& settlement, const std::string& actor) = 0;
    // Replaces the contract's schedule (already checked with check_schedule) while every
    // instalment is still pending; returns false, changing nothing, when one has moved on.
    virtual bool replace_schedule(const std::string& folio, const std::vector<Instalment>& schedule,
                                  const std::string& actor) = 0;
};

}  // namespace pacta::domain
