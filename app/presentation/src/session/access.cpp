#include "pacta/presentation/session/access.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/locale/labels.h"
#include "pacta/domain/utf8.h"
#include "pacta/presentation/common/problem.h"
#include "pacta/platform/paths.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

std::string role_list_json(const std::vector<d::Role>& roles) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto r : roles) out.push_back(std::string(d::role_name(r)));
    return out.dump();
}

void check_new_account(const NewAccount& account) {
    if (!d::is_valid_username(account.username)) {
        throw ServiceError(fill(tr("«{name}» cannot be a user name: use 1 to 64 lower-case letters, digits, dots, "
                                   "hyphens or underscores, starting with a letter."),
                                {{"name", account.username}}));
    }
    if (account.roles.empty()) throw ServiceError(tr("choose at least one role for the account."));
}

void check_password(const std::string& password) {
    if (d::decode_utf8(password).size() < d::min_password_length) {
        throw ServiceError(fill(tr("the password is too short: use at least {count} characters."),
                                {{"count", std::to_string(d::min_password_length)}}));
    }
}

d::UserAccount account_of(const NewAccount& account) {
    d::UserAccount user;
    user.username = account.username;
    user.roles = account.roles;
    user.institutions = account.institutions;
    return user;
}

}  // namespace

void check_institutions(d::InstitutionRepository& institutions, const NewAccount& account) {
    for (const auto& code : account.institutions) {
        if (!institutions.find(code)) {
            throw ServiceError(fill(tr("there is no institution «{code}»; check its code."),
                                    {{"code", code}}));
        }
    }
}

bool attempt(std::string& error, const std::function<void()>& action) {
    error.clear();
    try {
        action();
        return true;
    } catch (...) {
        error = current_problem().message;  // a fault's detail goes to the log, not to the screen
    }
    return false;
}

std::string roles_text(const std::vector<d::Role>& roles) {
    std::string out;
    for (std::size_t i = 0; i < roles.size(); ++i) {
        if (i > 0) out += i + 1 == roles.size() ? " " + tr("or") + " " : ", ";
        out += locale::role_label(roles[i]);
    }
    return out;
}

void Session::refresh() const {
    if (!users_) return;
    auto now = users_->find(user_.username);
    if (now && now->active && !now->locked) {
        user_ = std::move(*now);
        return;
    }
    audit_->record({user_.username, "denegar", "sesion", user_.username, std::nullopt,
                    nlohmann::json{{"resultado", !now ? "usuario_desconocido"
                                                 : !now->active ? "cuenta_desactivada"
                                                                : "cuenta_bloqueada"}}
                        .dump()});
    throw AccessDenied(fill(tr("the account {user} has been deactivated or locked since it logged in; nothing was done. "
                               "Ask an administrator."),
                            {{"user", user_.username}}),
                       {});
}

void Session::require(d::Permission permission, const std::string& target, const std::string& institution_code) const {
    refresh();
    const auto needed = d::roles_granting(permission);
    if (!user_.may(permission)) {
        deny(std::string(d::permission_name(permission)), target,
             fill(tr("{user} may not do this: it needs the role {roles}."),
                  {{"user", user_.username}, {"roles", roles_text(needed)}}),
             needed);
    }
    if (!institution_code.empty() && !user_.covers(institution_code)) {
        deny(std::string(d::permission_name(permission)), target,
             fill(tr("{user} does not work for the institution {institution}; an administrator can add it to the "
                     "account."),
                  {{"user", user_.username}, {"institution", institution_code}}),
             {});
    }
}

void Session::deny(const std::string& action, const std::string& target, const std::string& message,
                   std::vector<d::Role> needed) const {
    audit_->record({user_.username, "denegar", "permiso", target, std::nullopt,
                    nlohmann::json{{"accion", action}, {"roles_necesarios", nlohmann::json::parse(role_list_json(needed))}}
                        .dump()});
    throw AccessDenied(message, std::move(needed));
}

void Session::record_access(const std::string& action, const std::string& entity, const std::string& id,
                            const std::string& details_json) const {
    audit_->record({user_.username, action, entity, id, std::nullopt, details_json});
}

LoginResult log_in(d::UserRepository& users, d::AuditLog& audit, const std::string& username,
                   const std::string& password) {
    if (users.count() == 0) return {std::nullopt, LoginFailure::no_users};
    // Counted (and the lock decided) before the password is checked, so parallel guesses
    // past the limit are never checked.
    const auto admission = users.admit_login(username);
    // Checked in every case, even when the answer is already no: the same work, so the
    // time taken does not tell unknown, locked or inactive accounts from wrong passwords.
    const bool matches = users.password_matches(username, password);
    if (admission != d::LoginAdmission::admitted) {
        const char* why = admission == d::LoginAdmission::unknown    ? "usuario_desconocido"
                          : admission == d::LoginAdmission::inactive ? "cuenta_desactivada"
                                                                     : "cuenta_bloqueada";
        audit.record({username.empty() ? "?" : username, "denegar", "sesion", username, std::nullopt,
                      nlohmann::json{{"resultado", why}}.dump()});
        return {std::nullopt, admission == d::LoginAdmission::unknown    ? LoginFailure::bad_credentials
                              : admission == d::LoginAdmission::inactive ? LoginFailure::inactive
                                                                         : LoginFailure::locked};
    }
    const auto after = users.finish_login(username, matches);
    if (!matches || !after) {
        return {std::nullopt, after && after->locked ? LoginFailure::locked : LoginFailure::bad_credentials};
    }
    return {after, LoginFailure::none};
}

std::string login_failure_text(LoginFailure failure) {
    switch (failure) {
        case LoginFailure::none: return {};
        case LoginFailure::no_users:
            return tr("this database has no users yet; create its first administrator.");
        // One answer for every refusal: it must not confirm that a name exists, that a guess
        // was right while the account is locked, or that an account was deactivated.
        case LoginFailure::bad_credentials:
        case LoginFailure::locked:
        case LoginFailure::inactive:
            return fill(tr("wrong user name or password, or the account is locked or deactivated. After {count} "
                           "failed logins in a row an account is locked until an administrator resets its password."),
                        {{"count", std::to_string(d::max_failed_logins)}});
    }
    return {};
}

void create_first_administrator(d::UserRepository& users, d::InstitutionRepository& institutions,
                                const NewAccount& account) {
    check_new_account(account);
    check_institutions(institutions, account);
    if (!account.roles.contains(d::Role::administrador)) {
        throw ServiceError(tr("the first account must be an administrator's."));
    }
    check_password(account.password);
    if (!users.create(account_of(account), account.password, true, account.username)) {
        throw AccessDenied(tr("the database already has users: log in as an administrator to create more."),
                           {d::Role::administrador});
    }
}

namespace {

// An administrator limited to some institutions manages only accounts limited to those:
// never one that covers every institution, or another's (with a new password they could
// log in as it). The server checks the same (pacta.check_account_scope).
void require_account_in_scope(const Session& session, const std::set<std::string>& institutions,
                              const std::string& username) {
    const auto& mine = session.user().institutions;
    if (mine.empty()) return;
    const bool inside = !institutions.empty() &&
                        std::all_of(institutions.begin(), institutions.end(),
                                    [&](const std::string& code) { return mine.contains(code); });
    if (inside) return;
    session.deny(std::string(d::permission_name(d::Permission::manage_users)), "usuario " + username,
                 fill(tr("{user} works only for some institutions and manages only accounts limited to them; «{name}» "
                         "is managed by an administrator of every institution."),
                      {{"user", session.actor()}, {"name", username}}),
                 {});
}

void require_existing_account_in_scope(const Session& session, d::UserRepository& users, const std::string& username) {
    if (const auto account = users.find(username)) require_account_in_scope(session, account->institutions, username);
}

}  // namespace

void create_user(const Session& session, d::UserRepository& users, d::InstitutionRepository& institutions,
                 const NewAccount& account) {
    session.require(d::Permission::manage_users, "usuario " + account.username);
    require_account_in_scope(session, account.institutions, account.username);
    check_new_account(account);
    check_institutions(institutions, account);
    check_password(account.password);
    if (users.find(account.username)) {
        throw ServiceError(fill(tr("the user «{name}» exists already."), {{"name", account.username}}));
    }
    users.create(account_of(account), account.password, false, session.actor());
}

std::vector<d::UserAccount> list_users(const Session& session, d::UserRepository& users) {
    session.require(d::Permission::manage_users, "usuarios");
    auto accounts = users.list();
    // A limited administrator sees the accounts they may manage, and their own.
    const auto& mine = session.user().institutions;
    if (!mine.empty()) {
        std::erase_if(accounts, [&](const d::UserAccount& a) {
            const bool inside = !a.institutions.empty() &&
                                std::all_of(a.institutions.begin(), a.institutions.end(),
                                            [&](const std::string& code) { return mine.contains(code); });
            return !inside && a.username != session.actor();
        });
    }
    return accounts;
}

void deactivate_user(const Session& session, d::UserRepository& users, const std::string& username) {
    session.require(d::Permission::manage_users, "usuario " + username);
    require_existing_account_in_scope(session, users, username);
    if (username == session.actor()) {
        throw ServiceError(tr("you cannot deactivate your own account; another administrator can."));
    }
    if (!users.set_active(username, false, session.actor())) {
        throw ServiceError(fill(tr("there is no user «{name}»; check the name."),
                                {{"name", username}}));
    }
}

void activate_user(const Session& session, d::UserRepository& users, const std::string& username) {
    session.require(d::Permission::manage_users, "usuario " + username);
    require_existing_account_in_scope(session, users, username);
    if (!users.set_active(username, true, session.actor())) {
        throw ServiceError(fill(tr("there is no user «{name}»; check the name."),
                                {{"name", username}}));
    }
}

void reset_password(const Session& session, d::UserRepository& users, const std::string& username,
                    const std::string& password) {
    session.require(d::Permission::manage_users, "usuario " + username);
    require_existing_account_in_scope(session, users, username);
    check_password(password);
    if (!users.reset_password(username, password, session.actor())) {
        throw ServiceError(fill(tr("there is no user «{name}»; check the name."),
                                {{"name", username}}));
    }
}

void recover_last_administrator(d::UserRepository& users, const std::string& username, const std::string& password,
                                const std::string& system_user) {
    const auto account = users.find(username);
    if (!account || !account->roles.contains(d::Role::administrador)) {
        throw ServiceError(fill(tr("«{name}» is not an administrator account; only an administrator can be recovered "
                                   "this way."),
                                {{"name", username}}));
    }
    for (const auto& other : users.list()) {
        if (other.username != username && other.roles.contains(d::Role::administrador) && other.active &&
            !other.locked) {
            throw ServiceError(fill(tr("the administrator «{other}» can still log in: ask them to give you a new password. "
                                       "Recovery is only for when no administrator can."),
                                    {{"other", other.username}}));
        }
    }
    check_password(password);
    const std::string actor = "recuperacion-local:" + (system_user.empty() ? std::string("?") : system_user);
    users.reset_password(username, password, actor);
    if (!account->active) users.set_active(username, true, actor);
}

void AccountService::recover_last_administrator(const std::string& username, const std::string& password) {
    presentation::recover_last_administrator(users_, username, password, platform::system_user());
}

const Session& AccountService::session() const {
    if (session_ == nullptr) throw ServiceError(tr("log in first: this needs a user."));
    return *session_;
}

void AccountService::check_request(const NewAccount& account) {
    check_institutions(institutions_, account);
    if (session_ != nullptr) check_may_manage(account.username);
}

void AccountService::check_may_manage(const std::string& username) {
    session().require(d::Permission::manage_users, "usuario " + username);
}

void AccountService::create(const NewAccount& account) {
    if (!any()) {
        create_first_administrator(users_, institutions_, account);
        return;
    }
    create_user(session(), users_, institutions_, account);
}

std::vector<d::UserAccount> AccountService::list() { return list_users(session(), users_); }

void AccountService::deactivate(const std::string& username) { deactivate_user(session(), users_, username); }

void AccountService::reset_password(const std::string& username, const std::string& password) {
    presentation::reset_password(session(), users_, username, password);
}

}  // namespace pacta::presentation
