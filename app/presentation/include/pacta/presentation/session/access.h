#pragma once
// The service layer's door: who is working (a Session) and what they may do. pacta-cli and
// the desktop application both call these; hiding a button is never the only check.

#include <functional>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "pacta/domain/access.h"
#include "pacta/domain/finding.h"
#include "pacta/domain/ports/audit.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/ports/users.h"

namespace pacta::presentation {

// A request the service refuses for a reason other than permissions; the message is
// translated and says what to do.
class ServiceError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The institution was not named and cannot be told: there are several (or none). A front
// end says how to name it (pacta-cli: --institucion).
class AmbiguousInstitution : public ServiceError {
public:
    using ServiceError::ServiceError;
};

// Input that breaks rules: the findings say where and what (the front end shows them), the
// message what happened ("nothing was written; correct...").
class InvalidInput : public ServiceError {
public:
    InvalidInput(const std::string& message, domain::Findings findings)
        : ServiceError(message), findings_(std::move(findings)) {}
    [[nodiscard]] const domain::Findings& findings() const { return findings_; }

private:
    domain::Findings findings_;
};

// The user lacks the role (or the institution) an action needs. The refusal has already
// been written to the audit trail; the message names the roles that would be allowed.
class AccessDenied : public ServiceError {
public:
    AccessDenied(const std::string& message, std::vector<domain::Role> needed)
        : ServiceError(message), needed_(std::move(needed)) {}
    [[nodiscard]] const std::vector<domain::Role>& needed() const { return needed_; }

private:
    std::vector<domain::Role> needed_;
};

// Runs `action`; whatever goes wrong leaves its message, in the person's language, in `error`
// and returns false (common/problem.h: a fault's detail goes to the fault log, never to
// `error`). For view-models whose buttons report rather than throw.
bool attempt(std::string& error, const std::function<void()>& action);

// "capturista o administrador".
[[nodiscard]] std::string roles_text(const std::vector<domain::Role>& roles);

class Session {
public:
    // With `users`, the account is read again before each permission check, so an account
    // deactivated, locked or given other roles since the login is treated as it is now.
    Session(domain::UserAccount user, domain::AuditLog& audit, domain::UserRepository* users = nullptr)
        : user_(std::move(user)), audit_(&audit), users_(users) {}

    [[nodiscard]] const domain::UserAccount& user() const { return user_; }
    // The name the audit trail records.
    [[nodiscard]] const std::string& actor() const { return user_.username; }

    // Throws AccessDenied, after auditing the refusal, unless the account is still active
    // and unlocked and holds a role that grants `permission` and (when given) covers the
    // institution. `target` names what was
    // attempted for the audit row ("contrato GRO-2024-0001").
    void require(domain::Permission permission, const std::string& target,
                 const std::string& institution_code = {}) const;
    // Audits the refusal and throws AccessDenied with `message`.
    [[noreturn]] void deny(const std::string& action, const std::string& target, const std::string& message,
                           std::vector<domain::Role> needed) const;
    // A view of personal data or an export: one audit row each.
    void record_access(const std::string& action, const std::string& entity, const std::string& id,
                       const std::string& details_json) const;

private:
    // Re-reads the account (when there is a repository); AccessDenied, audited, once it is
    // gone, deactivated or locked.
    void refresh() const;

    // mutable: a check re-reads the account; the session stays the same user.
    mutable domain::UserAccount user_;
    domain::AuditLog* audit_;
    domain::UserRepository* users_;
};

enum class LoginFailure { none, no_users, bad_credentials, locked, inactive };

struct LoginResult {
    std::optional<domain::UserAccount> user;
    LoginFailure failure = LoginFailure::none;
};

// Checks the password (the engine's business) and records the attempt; the fifth failure in a row locks
// the account until an administrator resets it. Unknown names and wrong passwords fail
// alike, so the answer does not tell which accounts exist.
[[nodiscard]] LoginResult log_in(domain::UserRepository& users, domain::AuditLog& audit, const std::string& username,
                                 const std::string& password);
// The message for a failed login, translated.
[[nodiscard]] std::string login_failure_text(LoginFailure failure);

// --- Accounts ---------------------------------------------------------------------------

struct NewAccount {
    std::string username;
    std::set<domain::Role> roles;
    std::set<std::string> institutions;  // empty: all
    std::string password;
};

// Only while the database has no user at all; the account must hold the administrador role.
// The institutions an account is limited to must exist (ServiceError naming the first that
// does not); the creating functions check it too, so a front end may ask before a password.
void check_institutions(domain::InstitutionRepository& institutions, const NewAccount& account);
void create_first_administrator(domain::UserRepository& users, domain::InstitutionRepository& institutions,
                                const NewAccount& account);
void create_user(const Session& session, domain::UserRepository& users, domain::InstitutionRepository& institutions,
                 const NewAccount& account);
[[nodiscard]] std::vector<domain::UserAccount> list_users(const Session& session, domain::UserRepository& users);
void deactivate_user(const Session& session, domain::UserRepository& users, const std::string& username);
void activate_user(const Session& session, domain::UserRepository& users, const std::string& username);
void reset_password(const Session& session, domain::UserRepository& users, const std::string& username,
                    const std::string& password);

// The way back when no administrator can log in (the last one locked out or deactivated):
// whoever can write the database file itself («pacta-cli usuario recuperar», run where the
// file is) gives an administrator account a new password; it is unlocked and activated.
// Refused (ServiceError) while another administrator can still log in, or when the account
// is not an administrator. Audited, naming the system user who ran it (`system_user`).
void recover_last_administrator(domain::UserRepository& users, const std::string& username,
                                const std::string& password, const std::string& system_user);

// The same on behalf of whoever is working (null before anyone can log in: the first
// administrator only).
class AccountService {
public:
    AccountService(const Session* session, domain::UserRepository& users, domain::InstitutionRepository& institutions)
        : session_(session), users_(users), institutions_(institutions) {}
    [[nodiscard]] bool any() { return users_.count() > 0; }
    // Before a password is asked for: the account's institutions exist and, once someone is
    // logged in, they may manage accounts (AccessDenied, audited).
    void check_request(const NewAccount& account);
    void check_may_manage(const std::string& username);
    // The first administrator while there is nobody, else an account (administradores).
    void create(const NewAccount& account);
    [[nodiscard]] std::vector<domain::UserAccount> list();
    void deactivate(const std::string& username);
    void reset_password(const std::string& username, const std::string& password);
    // recover_last_administrator, as the system user running this process.
    void recover_last_administrator(const std::string& username, const std::string& password);

private:
    const Session& session() const;

    const Session* session_;
    domain::UserRepository& users_;
    domain::InstitutionRepository& institutions_;
};

}  // namespace pacta::presentation
