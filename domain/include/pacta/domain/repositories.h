#pragma once
// What the application needs from storage, independent of the engine. db/ implements these
// for SQLite; a PostgreSQL implementation will sit beside it. Every method that changes
// more than one row does so in one transaction and records the change in the audit trail
// as `actor`.

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "pacta/domain/access.h"
#include "pacta/domain/contract_lifecycle.h"
#include "pacta/domain/instalment.h"
#include "pacta/domain/progress.h"
#include "pacta/domain/schedule.h"
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
    // `progress` (optional) hears of every stored record and may cancel the whole import.
    virtual StaffImportResult import(const std::vector<StaffMember>& staff, const std::string& institution_code,
                                     bool update_existing, const std::string& actor,
                                     const ProgressReport& progress = {}) = 0;
    // Of `keys`, those already stored.
    [[nodiscard]] virtual std::vector<std::string> existing_keys(const std::vector<std::string>& keys) = 0;
    [[nodiscard]] virtual std::optional<StaffMember> find(const std::string& key) = 0;
    // Accent- and case-insensitive, by name, identity-number prefix or unit.
    [[nodiscard]] virtual std::vector<StaffMember> search(const std::string& text, std::size_t limit) = 0;
    [[nodiscard]] virtual std::vector<StaffMember> all() = 0;
};

// One row of the audit trail: written directly for events that change nothing else (a
// refused action, a person's record viewed, staff exported, a login), and read back.
struct AuditEntry {
    std::string actor;
    std::string action;  // "consultar", "exportar", "denegar", "acceder"
    std::string entity;
    std::string entity_id;
    std::optional<std::string> before_json;
    std::optional<std::string> after_json;
    std::string at = {};  // UTC; filled when rows are read back
    std::int64_t id = 0;  // the row's number in the chain; filled when read back
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
    // The newest `limit` rows, newest first.
    [[nodiscard]] virtual std::vector<AuditEntry> latest(std::size_t limit) = 0;
};

// One instalment with what a finance clerk needs to see beside it.
struct ContractInstalment {
    std::string folio;
    std::string institution_code;
    std::string person;
    std::string unit_code;
    std::string budget_account;
    Regime regime = Regime::honorarios;
    std::optional<int> suspension_year;  // Peru: the provider's 4th-category suspension
    std::string supervisor;              // the signatory the contract designates to approve
    ContractState contract_state = ContractState::borrador;
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

class AuditLog {
public:
    virtual ~AuditLog() = default;
    // Appends the row in its own transaction.
    virtual void record(const AuditEntry& entry) = 0;
};

struct StoredUser {
    UserAccount account;
    std::string password_hash;  // Argon2id, in libsodium's encoded form
};

class UserRepository {
public:
    virtual ~UserRepository() = default;
    [[nodiscard]] virtual std::size_t count() = 0;
    [[nodiscard]] virtual std::optional<StoredUser> find(const std::string& username) = 0;
    [[nodiscard]] virtual std::vector<UserAccount> list() = 0;
    // Creates the account (audited). With `only_if_none`, only while no account exists,
    // checked in the same transaction; returns false, creating nothing, when one does.
    // Throws when the name is taken or an institution code is unknown.
    virtual bool create(const StoredUser& user, bool only_if_none, const std::string& actor) = 0;
    // Returns false when there is no such user.
    virtual bool set_active(const std::string& username, bool active, const std::string& actor) = 0;
    // New password; unlocks the account and clears its failed logins.
    virtual bool reset_password(const std::string& username, const std::string& password_hash,
                                const std::string& actor) = 0;
    // A login attempt: success clears the failed count; a failure adds one and locks the
    // account at max_failed_logins. Failures, and a success that clears failures, are
    // audited. Returns the account as it is afterwards.
    virtual std::optional<UserAccount> record_login(const std::string& username, bool success) = 0;
};

// A signature found in a signed PDF and what checking it showed.
struct SignerRecord {
    std::string name;                 // the certificate's common name
    std::string certificate_subject;  // the whole subject
    std::string signing_time;         // as the signature states it, ISO 8601 when known
    bool intact = false;              // the signed bytes match the signature
};

struct SignedDocument {
    std::string path;
    std::string sha256;
    bool digital = false;             // carries digital signatures (else a scan of paper copies)
    bool matches_generated = false;   // its signed part is a PDF Pacta generated for the contract
    std::vector<SignerRecord> signers;
};

struct ContractStatus {
    std::string folio;
    std::string institution_code;
    std::string template_code;
    std::string drafted_by;
    std::string amends;  // the original's folio, for an amendment ("convenio modificatorio")
    ContractState state = ContractState::borrador;
    std::optional<Date> start;
    std::optional<Date> end;
    std::vector<std::string> generated_sha256;  // of every PDF generated for it
};

struct ContractMoveRecord {
    std::string folio;
    ContractState from = ContractState::borrador;
    ContractState to = ContractState::borrador;
    std::string reason;
    std::optional<SignedDocument> signed_document;
};

struct ContractHistoryEntry {
    std::string at;
    std::string actor;
    ContractState from = ContractState::borrador;
    ContractState to = ContractState::borrador;
    std::string reason;
};

// Thrown when a contract is no longer in the state a move was checked against.
class StaleContractState : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class ContractLifecycleRepository {
public:
    virtual ~ContractLifecycleRepository() = default;
    [[nodiscard]] virtual std::optional<ContractStatus> status(const std::string& folio) = 0;
    // Contracts the dates may move: firmado or vigente.
    [[nodiscard]] virtual std::vector<ContractStatus> signed_or_in_force() = 0;
    // Stores the move, its history entry, the signed document if any and the audit row in
    // one transaction. Throws StaleContractState when the stored state is not `move.from`.
    virtual void save_move(const ContractMoveRecord& move, const std::string& actor) = 0;
    [[nodiscard]] virtual std::vector<ContractHistoryEntry> history(const std::string& folio) = 0;
    [[nodiscard]] virtual std::vector<SignedDocument> signed_documents(const std::string& folio) = 0;
    // The audit trail's rows about the contract (and its instalments), oldest first.
    [[nodiscard]] virtual std::vector<AuditEntry> audit_history(const std::string& folio) = 0;
};

enum class ClauseStatus { borrador, aprobada, retirada };

struct LibraryClause {
    std::string key;
    int version = 0;
    std::string title;
    std::string text;         // in the template language
    std::string legal_basis;  // the articles and rulings that support it
    ClauseStatus status = ClauseStatus::borrador;
    std::string created_by;
    std::string decided_by;   // who approved or retired it
};

class ClauseLibrary {
public:
    virtual ~ClauseLibrary() = default;
    // Every version of every clause, by key and version.
    [[nodiscard]] virtual std::vector<LibraryClause> list() = 0;
    // One version, or the latest when `version` is nullopt.
    [[nodiscard]] virtual std::optional<LibraryClause> find(const std::string& key, std::optional<int> version) = 0;
    // The latest approved version of each key.
    [[nodiscard]] virtual std::vector<LibraryClause> approved() = 0;
    // Stores a new version (the next number for its key) as borrador; returns its number.
    virtual int add(const LibraryClause& clause, const std::string& actor) = 0;
    // Moves a version's status forward (audited); false when it was not in `from`.
    virtual bool set_status(const std::string& key, int version, ClauseStatus from, ClauseStatus to,
                            const std::string& actor) = 0;
};

struct ReviewComment {
    std::int64_t id = 0;
    std::string folio;
    std::string clause_key;
    std::string text;
    std::string author;
    std::string created_at;
    bool resolved = false;
    std::string resolved_by;
    std::string resolution;
};

struct NewContract {
    std::string institution_code;
    std::string template_code;
    int template_version = 1;
    std::string template_title;
    std::string template_source;  // the exact text, stored once per version
    std::string staff_key;        // CURP, DNI or foreign card
    std::string data_json;        // the data the contract is generated from
    std::int64_t total_minor = 0;
    std::string currency = "MXN";
    std::string signing_date, start_date, end_date;  // ISO, may be empty
    std::map<std::string, std::string> signatories;  // role -> signatory code
    std::string regime = "honorarios";
    std::string unit_code;
    std::string budget_account;
    std::vector<Instalment> schedule;  // stored as pending instalments
    std::string amends;                        // for an amendment: the original's folio
};

class ContractDrafts {
public:
    virtual ~ContractDrafts() = default;
    // Stores the draft (and its template version, if new) in one transaction, drafted by
    // `actor`; returns its folio.
    virtual std::string create(const NewContract& draft, const std::string& actor) = 0;
    // Replaces what a draft or a contract returned with comments says (data, amount, dates,
    // regime, unit, account, signatories and its instalments, none of which may have moved)
    // in one transaction, audited. Throws once the contract is approved.
    virtual void revise(const std::string& folio, const NewContract& content, const std::string& actor) = 0;
    // Records a file written for the contract ("completo" or "publico") with its SHA-256.
    virtual void record_file(const std::string& folio, const std::string& kind, const std::string& path,
                             const std::string& sha256, const std::string& actor) = 0;
};

// A contract as lists show it.
struct ContractSummary {
    std::string folio;
    std::string institution_code;
    std::string person;
    std::string staff_key;
    std::string template_code;
    int template_version = 0;
    ContractState state = ContractState::borrador;
    std::int64_t total_minor = 0;
    std::string currency;
    std::string start_date, end_date;  // ISO, may be empty
    std::string unit_code;
};

// What a contract was generated from (the exact template version's text and the data), and
// what its ending needs (term, total, person, signatories by role).
struct ContractSource {
    std::string institution_code;
    std::string template_code;
    std::string template_source;
    std::string data_json;
    std::string person;
    std::int64_t total_minor = 0;
    std::string currency = "MXN";
    std::string start_date, end_date;  // ISO, may be empty
    std::map<std::string, std::string> signatories;  // role -> signatory code
    std::string staff_key;                           // CURP, DNI or foreign card
};

class ContractCatalog {
public:
    virtual ~ContractCatalog() = default;
    // Every contract, newest first, in one query (lists of tens of thousands).
    [[nodiscard]] virtual std::vector<ContractSummary> summaries() = 0;
    [[nodiscard]] virtual std::optional<ContractSource> source(const std::string& folio) = 0;
};

struct ChecklistItem {
    std::int64_t id = 0;
    int position = 0;
    std::string text;
    bool checked = false;     // for one contract
    std::string checked_by;
};

class ReviewChecklist {
public:
    virtual ~ReviewChecklist() = default;
    // The template's items in order, marked as checked or not for `folio` (none when empty).
    [[nodiscard]] virtual std::vector<ChecklistItem> items(const std::string& template_code, const std::string& folio) = 0;
    // Audited; returns the new item's position.
    virtual int add_item(const std::string& template_code, const std::string& text, const std::string& actor) = 0;
    // Audited; false when already checked.
    virtual bool check(const std::string& folio, std::int64_t item_id, const std::string& actor) = 0;
};

class ReviewComments {
public:
    virtual ~ReviewComments() = default;
    // Audited; returns the comment's number.
    virtual std::int64_t add(const std::string& folio, const std::string& clause_key, const std::string& text,
                             const std::string& actor) = 0;
    // Audited; false when there is no such open comment.
    virtual bool resolve(std::int64_t id, const std::string& resolution, const std::string& actor) = 0;
    [[nodiscard]] virtual std::vector<ReviewComment> for_contract(const std::string& folio) = 0;
    [[nodiscard]] virtual std::optional<ReviewComment> find(std::int64_t id) = 0;
};

}  // namespace pacta::domain
