#include "pacta/presentation/session/user_admin_screen.h"

#include <functional>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/institutions/institution_service.h"

namespace pacta::presentation {

namespace d = pacta::domain;
using locale::tr;

UserAdminViewModel::UserAdminViewModel(const Session& session, d::UserRepository& users,
                                       d::InstitutionRepository& institution_records)
    : list({tr("User"), tr("Roles"), tr("Institutions"), tr("State")}),
      session_(session),
      users_(users),
      institutions_(institution_records) {}

bool UserAdminViewModel::available(const Session& session) {
    return session.user().may(d::Permission::manage_users);
}

std::vector<UserAdminViewModel::RoleChoice> UserAdminViewModel::role_choices() {
    std::vector<RoleChoice> out;
    for (const auto role : {d::Role::capturista, d::Role::revisor_juridico, d::Role::finanzas, d::Role::administrador}) {
        out.push_back({role, roles_text({role})});
    }
    return out;
}

std::vector<UserAdminViewModel::InstitutionChoice> UserAdminViewModel::institution_choices() {
    std::vector<InstitutionChoice> out;
    for (const auto& i : InstitutionService(session_, institutions_).list()) out.push_back({i.code, i.code + "  " + i.name});
    return out;
}

void UserAdminViewModel::reload() {
    accounts_ = list_users(session_, users_);
    std::vector<std::vector<std::string>> rows;
    for (const auto& u : accounts_) {
        std::vector<d::Role> account_roles(u.roles.begin(), u.roles.end());
        std::string codes;
        for (const auto& i : u.institutions) codes += (codes.empty() ? "" : ", ") + i;
        rows.push_back({u.username, roles_text(account_roles), codes.empty() ? tr("all") : codes,
                        u.locked ? tr("locked") : u.active ? tr("active") : tr("deactivated")});
    }
    list.set_rows(std::move(rows));
}

bool UserAdminViewModel::attempt(const std::function<void()>& action) {
    if (!presentation::attempt(error_, action)) return false;
    reload();
    return true;
}

bool UserAdminViewModel::create(const std::string& name, const std::string& password,
                                const std::string& password_again, const std::set<d::Role>& account_roles,
                                const std::set<std::string>& institution_codes) {
    if (password != password_again) {
        error_ = tr("the two passwords differ; type the same password twice.");
        return false;
    }
    if (account_roles.empty()) {
        error_ = tr("choose at least one role for the account.");
        return false;
    }
    return attempt([&] { create_user(session_, users_, institutions_, {name, account_roles, institution_codes, password}); });
}

bool UserAdminViewModel::set_active(std::size_t row, bool active) {
    const std::string name = account(row).username;
    return attempt([&] {
        if (active) {
            activate_user(session_, users_, name);
        } else {
            deactivate_user(session_, users_, name);
        }
    });
}

bool UserAdminViewModel::reset_password(std::size_t row, const std::string& password,
                                        const std::string& password_again) {
    if (password != password_again) {
        error_ = tr("the two passwords differ; type the same password twice.");
        return false;
    }
    const std::string name = account(row).username;
    return attempt([&] { presentation::reset_password(session_, users_, name, password); });
}

}  // namespace pacta::presentation
