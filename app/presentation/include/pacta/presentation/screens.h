#pragma once
// The desktop application's screens as view-models: state and behaviour without widgets.
// app/gui binds controls to these and draws; tests drive them without a display.

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
#include "pacta/presentation/access.h"
#include "pacta/presentation/contract_lifecycle.h"
#include "pacta/presentation/list_screens.h"
#include "pacta/presentation/record_list.h"

namespace pacta::presentation {

// Logging in: the user types a name and a password; `submit` answers with the account or a
// message to show under the fields.
class LoginViewModel {
public:
    LoginViewModel(domain::UserRepository& users, domain::AuditLog& audit) : users_(users), audit_(audit) {}
    std::string username;
    std::string password;
    // The account on success; else nullopt and error() says why.
    std::optional<domain::UserAccount> submit();
    [[nodiscard]] const std::string& error() const { return error_; }

private:
    domain::UserRepository& users_;
    domain::AuditLog& audit_;
    std::string error_;
};

// The first start on an empty database: the administrator, then the institution.
class SetupViewModel {
public:
    SetupViewModel(domain::UserRepository& users, domain::InstitutionRepository& institutions, domain::AuditLog& audit)
        : users_(users), institutions_(institutions), audit_(audit) {}
    std::string username;
    std::string password;
    std::string password_again;
    std::string institution_file_text;  // the JSON of an institution file (docs/datos.md)
    std::string institution_file_name;
    // Creates both, or returns false with error() saying what to fix (nothing is created then
    // unless the administrator step succeeded, which a second attempt then skips).
    bool complete();
    [[nodiscard]] const std::string& error() const { return error_; }
    [[nodiscard]] std::optional<domain::UserAccount> administrator() const { return administrator_; }

private:
    domain::UserRepository& users_;
    domain::InstitutionRepository& institutions_;
    domain::AuditLog& audit_;
    std::string error_;
    std::optional<domain::UserAccount> administrator_;
};

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
    void load(const std::string& folio);
    [[nodiscard]] const domain::ContractStatus& status() const { return status_; }
    [[nodiscard]] std::string state_label() const;
    [[nodiscard]] const std::vector<AvailableMove>& moves() const { return moves_; }
    // Button captions for the moves ("Enviar a revisión jurídica", "Aprobar"...).
    // True when the user may correct the contract's data now (a draft or a contract returned
    // with comments, and the right to draft); else false with error() saying why.
    bool check_editable();
    [[nodiscard]] std::vector<std::string> move_labels() const;
    [[nodiscard]] std::vector<std::string> history_lines() const;
    // "sha256 …" of every file generated for it.
    [[nodiscard]] std::vector<std::string> file_lines() const;
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
    std::string error_;
};

// Firmantes: every signatory of the institutions the user works for, with roles and validity.
class SignatoryListViewModel {
public:
    enum Column { institution, code, name, title, roles, valid_from, valid_to };
    SignatoryListViewModel(const Session& session, domain::InstitutionRepository& institutions);
    void reload();
    RecordList list;
    [[nodiscard]] const std::string& institution_at(std::size_t row) const { return list.cell(row, institution); }
    [[nodiscard]] const std::string& code_at(std::size_t row) const { return list.cell(row, code); }

private:
    const Session& session_;
    domain::InstitutionRepository& institutions_;
};

}  // namespace pacta::presentation
