#include "pacta/presentation/access.h"

#include <nlohmann/json.hpp>

#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/domain/utf8.h"

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
    if (account.roles.empty()) throw ServiceError(tr("give the account at least one role with --rol."));
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
            throw ServiceError(fill(tr("there is no institution «{code}»; «pacta-cli institucion listar» shows them."),
                                    {{"code", code}}));
        }
    }
}

bool attempt(std::string& error, const std::function<void()>& action) {
    error.clear();
    try {
        action();
        return true;
    } catch (const ServiceError& e) {
        error = e.what();
    } catch (const d::RuleError& e) {
        error = locale::describe(e.finding());
    }
    return false;
}

std::string roles_text(const std::vector<d::Role>& roles) {
    std::string out;
    for (std::size_t i = 0; i < roles.size(); ++i) {
        if (i > 0) out += i + 1 == roles.size() ? " " + tr("or") + " " : ", ";
        out += d::role_label(roles[i]);
    }
    return out;
}

void Session::require(d::Permission permission, const std::string& target, const std::string& institution_code) const {
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
    const auto found = users.find(username);
    if (!found) {
        // The engine checks a throwaway hash anyway, so timing does not reveal the name.
        (void)users.password_matches(username, password);
        audit.record({username.empty() ? "?" : username, "denegar", "sesion", username, std::nullopt,
                      R"({"resultado":"usuario_desconocido"})"});
        return {std::nullopt, LoginFailure::bad_credentials};
    }
    if (found->locked) {
        audit.record({username, "denegar", "sesion", username, std::nullopt, R"({"resultado":"cuenta_bloqueada"})"});
        return {std::nullopt, LoginFailure::locked};
    }
    if (!found->active) {
        audit.record({username, "denegar", "sesion", username, std::nullopt, R"({"resultado":"cuenta_desactivada"})"});
        return {std::nullopt, LoginFailure::inactive};
    }
    const bool ok = users.password_matches(username, password);
    const auto after = users.record_login(username, ok);
    if (!ok) return {std::nullopt, after && after->locked ? LoginFailure::locked : LoginFailure::bad_credentials};
    return {after, LoginFailure::none};
}

std::string login_failure_text(LoginFailure failure) {
    switch (failure) {
        case LoginFailure::none: return {};
        case LoginFailure::no_users:
            return tr("this database has no users yet; create the first administrator with «pacta-cli usuario crear "
                      "--usuario NAME --rol administrador».");
        case LoginFailure::bad_credentials: return tr("wrong user name or password.");
        case LoginFailure::locked:
            return fill(tr("the account is locked after {count} failed logins in a row; an administrator must reset "
                           "its password («pacta-cli usuario restablecer»)."),
                        {{"count", std::to_string(d::max_failed_logins)}});
        case LoginFailure::inactive: return tr("the account has been deactivated; ask an administrator.");
    }
    return {};
}

void create_first_administrator(d::UserRepository& users, d::InstitutionRepository& institutions,
                                const NewAccount& account) {
    check_new_account(account);
    check_institutions(institutions, account);
    if (!account.roles.contains(d::Role::administrador)) {
        throw ServiceError(tr("the first account must be an administrator: add --rol administrador."));
    }
    check_password(account.password);
    if (!users.create(account_of(account), account.password, true, account.username)) {
        throw AccessDenied(tr("the database already has users: log in as an administrator (--usuario NAME, or "
                              "PACTA_USUARIO and PACTA_CLAVE) to create more."),
                           {d::Role::administrador});
    }
}

void create_user(const Session& session, d::UserRepository& users, d::InstitutionRepository& institutions,
                 const NewAccount& account) {
    session.require(d::Permission::manage_users, "usuario " + account.username);
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
    return users.list();
}

void deactivate_user(const Session& session, d::UserRepository& users, const std::string& username) {
    session.require(d::Permission::manage_users, "usuario " + username);
    if (username == session.actor()) {
        throw ServiceError(tr("you cannot deactivate your own account; another administrator can."));
    }
    if (!users.set_active(username, false, session.actor())) {
        throw ServiceError(fill(tr("there is no user «{name}»; «pacta-cli usuario listar» shows them."),
                                {{"name", username}}));
    }
}

void activate_user(const Session& session, d::UserRepository& users, const std::string& username) {
    session.require(d::Permission::manage_users, "usuario " + username);
    if (!users.set_active(username, true, session.actor())) {
        throw ServiceError(fill(tr("there is no user «{name}»; «pacta-cli usuario listar» shows them."),
                                {{"name", username}}));
    }
}

void reset_password(const Session& session, d::UserRepository& users, const std::string& username,
                    const std::string& password) {
    session.require(d::Permission::manage_users, "usuario " + username);
    check_password(password);
    if (!users.reset_password(username, password, session.actor())) {
        throw ServiceError(fill(tr("there is no user «{name}»; «pacta-cli usuario listar» shows them."),
                                {{"name", username}}));
    }
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
