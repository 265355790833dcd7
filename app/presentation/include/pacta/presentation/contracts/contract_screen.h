#pragma once
// One contract on screen, as a view-model: app/gui binds controls to it; tests drive it.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/ports/audit.h"
#include "pacta/domain/ports/contract_history.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/instalments.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/domain/ports/users.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/contracts/contract_documents.h"
#include "pacta/presentation/contracts/contract_lifecycle.h"
#include "pacta/presentation/contracts/contract_list_screen.h"
#include "pacta/presentation/staff/staff_list_screen.h"
#include "pacta/presentation/common/record_list.h"

namespace pacta::presentation {

// One contract: its state, what the user may do with it, and its history.
class ContractViewModel {
public:
    ContractViewModel(const Session& session, domain::ContractLifecycleRepository& contracts,
                      domain::InstalmentRepository* instalments = nullptr)
        : service_(session, contracts), contracts_(contracts), instalments_(instalments) {}
    // With a service the composition root has wired (checks before review and approval,
    // the folder for signed documents).
    ContractViewModel(ContractLifecycleService service, domain::ContractLifecycleRepository& contracts,
                      domain::InstalmentRepository* instalments = nullptr)
        : service_(std::move(service)), contracts_(contracts), instalments_(instalments) {}
    // The files kept with it, listed and opened from this screen; copies a desk needs (on
    // the office server) go under `copies`.
    void set_documents(ContractDocumentService documents, std::filesystem::path copies) {
        documents_.emplace(std::move(documents));
        copies_ = std::move(copies);
    }
    void load(const std::string& folio);
    [[nodiscard]] const domain::ContractStatus& status() const { return status_; }
    [[nodiscard]] std::string state_label() const;
    // Who, how much, when: «Rosa Ramírez Cruz · $68,858.30 en 5 exhibiciones · del 01/02/2024
    // al 30/06/2024 · plantilla imss-bienestar-honorarios».
    [[nodiscard]] std::string summary_line() const;
    // What a move just did, to show once it is made: «Hecho: el contrato quedó «aprobado».».
    [[nodiscard]] std::string moved_line() const;
    [[nodiscard]] const std::vector<AvailableMove>& moves() const { return moves_; }
    // Button captions for the moves ("Enviar a revisión jurídica", "Aprobar"...).
    // True when the user may correct the contract's data now (a draft or a contract returned
    // with comments, and the right to draft); else false with error() saying why.
    bool check_editable();
    // What the screen offers this user: correcting the data (the right to draft, on a draft
    // or a contract returned with comments), and signing (the move to «firmado» is theirs).
    [[nodiscard]] bool offers_correction() const;
    [[nodiscard]] bool offers_signing() const;
    [[nodiscard]] std::vector<std::string> move_labels() const;
    [[nodiscard]] std::vector<std::string> history_lines() const;
    // Its files: «Contrato completo · PACTA-2024-0001.pdf · 03/12/2026 10:22».
    [[nodiscard]] std::vector<std::string> file_lines() const;
    // A file on this desk to open for file_lines()[index]; nullopt with error() set when it
    // cannot be had.
    [[nodiscard]] std::optional<std::filesystem::path> open_document(std::size_t index);
    // "1  2024-02-01 – 2024-02-29  vence 2024-02-29  $13,771.66  pendiente".
    [[nodiscard]] std::vector<std::string> instalment_lines() const;
    // The audit trail's rows about it: when, who, what.
    [[nodiscard]] std::vector<std::string> audit_lines() const;
    // Makes move `index` with `reason` (and the signed document, for «firmado») and reloads;
    // false with error() set when refused.
    bool move(std::size_t index, const std::string& reason,
              const std::optional<std::filesystem::path>& signed_file = std::nullopt);
    [[nodiscard]] const std::string& error() const { return error_; }

private:
    ContractLifecycleService service_;
    domain::ContractLifecycleRepository& contracts_;
    domain::InstalmentRepository* instalments_;
    domain::ContractStatus status_;
    std::vector<AvailableMove> moves_;
    std::vector<domain::ContractHistoryEntry> history_;
    std::optional<ContractDocumentService> documents_;
    std::filesystem::path copies_;
    std::vector<ContractDocument> files_;
    std::string error_;
};

}  // namespace pacta::presentation
