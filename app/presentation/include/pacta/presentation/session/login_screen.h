#pragma once
// Logging in and the first start, as view-models: state and behaviour without widgets.

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
#include "pacta/presentation/contracts/contract_lifecycle.h"
#include "pacta/presentation/contracts/contract_list_screen.h"
#include "pacta/presentation/staff/staff_list_screen.h"
#include "pacta/presentation/common/record_list.h"

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

}  // namespace pacta::presentation
