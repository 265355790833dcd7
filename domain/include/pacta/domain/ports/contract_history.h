#pragma once
// Storage port: where a contract is in its life, its history of moves and its signed
// documents.

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "pacta/domain/contract_lifecycle.h"
#include "pacta/domain/date.h"
#include "pacta/domain/ports/audit.h"

namespace pacta::domain {

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
    // Everyone who changed its content, the drafter included (status() fills it; lists
    // need not).
    std::vector<std::string> editors;
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

// Guarantees: a move, its history entry, the signed document if any and the audit row are
// one transaction; history is never rewritten (SQLite: triggers).
class ContractLifecycleRepository {
public:
    virtual ~ContractLifecycleRepository() = default;
    [[nodiscard]] virtual std::optional<ContractStatus> status(const std::string& folio) = 0;
    // Contracts the dates move on `today`: signed ones whose term has begun, and those in
    // force whose term has ended (by index: the cost follows the contracts due, not the office).
    [[nodiscard]] virtual std::vector<ContractStatus> due_for_date_moves(Date today) = 0;
    // Throws StaleContractState when the stored state is not `move.from`.
    virtual void save_move(const ContractMoveRecord& move, const std::string& actor) = 0;
    [[nodiscard]] virtual std::vector<ContractHistoryEntry> history(const std::string& folio) = 0;
    [[nodiscard]] virtual std::vector<SignedDocument> signed_documents(const std::string& folio) = 0;
    // The audit trail's rows about the contract (and its instalments), oldest first.
    [[nodiscard]] virtual std::vector<AuditEntry> audit_history(const std::string& folio) = 0;
};

}  // namespace pacta::domain
