#pragma once
// Moving contracts through their life (domain/contract_lifecycle.h) on behalf of a user:
// permissions, the reviewer-drafter rule, reasons, the signed document and its signatures,
// all checked here so every front end gets the same answers.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/contract_lifecycle.h"
#include "pacta/domain/ports/contract_history.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

struct AvailableMove {
    domain::ContractState to;
    bool reason_required = false;
    bool signed_document_required = false;
    bool by_termination = false;  // made with the settlement of an early ending
};

// What a signed document shows: digital signatures (checked) or a scan of paper copies.
// Throws ServiceError when a signature is broken, the file was changed after signing, or a
// digitally signed PDF is not one Pacta generated for the contract.
[[nodiscard]] domain::SignedDocument examine_signed_document(const std::filesystem::path& file,
                                                             const std::vector<std::string>& generated_sha256);

// The checker found errors in a contract about to go to legal review; nothing moved.
class ReviewBlocked : public InvalidInput {
public:
    using InvalidInput::InvalidInput;
};

class ContractLifecycleService {
public:
    // Whether the logged-in user holds a role that grants `permission` (what a screen offers).
    [[nodiscard]] bool user_may(domain::Permission permission) const { return session_.user().may(permission); }
    // `archive_dir`: where signed documents are kept (a copy per contract, named by its
    // SHA-256), so the record never depends on a file someone may move or delete.
    ContractLifecycleService(const Session& session, domain::ContractLifecycleRepository& contracts,
                             std::filesystem::path archive_dir = {})
        : session_(session), contracts_(contracts), archive_dir_(std::move(archive_dir)) {}

    // Throws ServiceError when there is no such contract.
    [[nodiscard]] domain::ContractStatus status(const std::string& folio);
    [[nodiscard]] std::vector<AvailableMove> available_moves(const std::string& folio);
    // Makes the move or throws: AccessDenied (audited) for the wrong role, the drafter
    // reviewing, an institution the user does not cover; ServiceError for anything else.
    // Moves made by ending a contract early are refused here: they need the settlement.
    void move(const std::string& folio, domain::ContractState to, const std::string& reason,
              const std::optional<std::filesystem::path>& signed_file);
    // The contract checker, run before a contract goes to legal review: a contract with
    // errors stays where it is (ReviewBlocked lists them).
    void set_pre_review_check(std::function<domain::Findings(const std::string& folio)> check) {
        pre_review_check_ = std::move(check);
    }
    // What still stands in the way of approving a contract (unresolved comments, unchecked
    // points of its template's checklist), as a message; nullopt when nothing does.
    void set_approval_check(std::function<std::optional<std::string>(const std::string& folio)> check) {
        approval_check_ = std::move(check);
    }
    // The checks of an early ending, before the settlement is computed and stored.
    void check_termination(const std::string& folio, domain::TerminationCause cause, const std::string& reason);
    // The checks for signing a contract's fields inside Pacta: it is «aprobado» and the user
    // may record its signing.
    void check_signing(const std::string& folio);
    // The checks for changing a contract's content (editing it, replacing its schedule).
    void check_content_change(const std::string& folio, domain::Permission permission);
    [[nodiscard]] std::vector<domain::ContractHistoryEntry> history(const std::string& folio);

private:
    void check(const domain::ContractStatus& status, const domain::MoveRequest& request);

    const Session& session_;
    domain::ContractLifecycleRepository& contracts_;
    std::filesystem::path archive_dir_;
    std::function<domain::Findings(const std::string& folio)> pre_review_check_;
    std::function<std::optional<std::string>(const std::string& folio)> approval_check_;
};

// The actor the audit trail names for moves the dates make.
inline constexpr const char* system_actor = "sistema";

// firmado -> vigente on the start date, vigente -> concluido after the end date; run right
// after a successful login (never before: a wrong password changes nothing). The moves are
// recorded as the system's, their reason naming the date and the login that ran them
// (`username`; empty in tests). Returns the number of moves recorded.
std::size_t apply_moves_by_date(domain::ContractLifecycleRepository& contracts, domain::Date today,
                                const std::string& username = {});

// One move of a contract's history as people read it, the same in pacta-cli and the desktop:
// "2024-02-01T10:00:00Z  ana  borrador → en revisión jurídica  «motivo»".
[[nodiscard]] std::string history_line(const domain::ContractHistoryEntry& entry);

}  // namespace pacta::presentation
