#pragma once
// Configuración › Usuarios (administradores): the accounts as a list, and the actions on
// them: create one, deactivate or reactivate it, set a new password (which also unlocks it).
// Every action goes through the access service, which checks and audits it.

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/ports/users.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/common/record_list.h"

namespace pacta::presentation {

class UserAdminViewModel {
public:
    enum Column { username, roles, institutions, state };
    UserAdminViewModel(const Session& session, domain::UserRepository& users,
                       domain::InstitutionRepository& institution_records);
    // Whether the user may manage accounts at all (the page is shown only then).
    [[nodiscard]] static bool available(const Session& session);
    void reload();
    RecordList list;
    // What a new account can be given, in the order offered, each with its label.
    struct RoleChoice {
        domain::Role role;
        std::string label;
    };
    [[nodiscard]] static std::vector<RoleChoice> role_choices();
    struct InstitutionChoice {
        std::string code;
        std::string label;  // "imss-gro  IMSS-Bienestar Guerrero"
    };
    [[nodiscard]] std::vector<InstitutionChoice> institution_choices();
    [[nodiscard]] const domain::UserAccount& account(std::size_t row) const { return accounts_.at(list.source_index(row)); }

    // Each returns false with error() saying what to fix.
    bool create(const std::string& name, const std::string& password, const std::string& password_again,
                const std::set<domain::Role>& roles, const std::set<std::string>& institution_codes);
    bool set_active(std::size_t row, bool active);
    bool reset_password(std::size_t row, const std::string& password, const std::string& password_again);
    [[nodiscard]] const std::string& error() const { return error_; }

private:
    bool attempt(const std::function<void()>& action);

    const Session& session_;
    domain::UserRepository& users_;
    domain::InstitutionRepository& institutions_;
    std::vector<domain::UserAccount> accounts_;
    std::string error_;
};

}  // namespace pacta::presentation
