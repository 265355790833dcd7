#pragma once
// Storage port: user accounts, their roles and the institutions they are limited to.
// Credentials are the engine's business: passwords go in as typed and are never handed back
// (SQLite keeps an Argon2id hash; a server engine may use its own authentication).

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/access.h"

namespace pacta::domain {

// Whether a login attempt may have its password checked. The person trying is told the same
// in every case but `admitted` (presentation::log_in).
enum class LoginAdmission { admitted, unknown, inactive, locked };

// Guarantees: every change is one transaction with its audit row; no audit row, list or
// lookup carries a password or its hash.
class UserRepository {
public:
    virtual ~UserRepository() = default;
    [[nodiscard]] virtual std::size_t count() = 0;
    [[nodiscard]] virtual std::optional<UserAccount> find(const std::string& username) = 0;
    [[nodiscard]] virtual std::vector<UserAccount> list() = 0;
    // Creates the account. With `only_if_none`, only while no account exists, checked in the
    // same transaction; returns false, creating nothing, when one does. Throws when the name
    // is taken or an institution code is unknown.
    virtual bool create(const UserAccount& account, const std::string& password, bool only_if_none,
                        const std::string& actor) = 0;
    // Returns false when there is no such user.
    virtual bool set_active(const std::string& username, bool active, const std::string& actor) = 0;
    // New password; unlocks the account and clears its failed logins.
    virtual bool reset_password(const std::string& username, const std::string& password, const std::string& actor) = 0;
    // Whether `password` is the account's. An unknown name costs the same work and answers
    // false, so timing does not tell which accounts exist.
    [[nodiscard]] virtual bool password_matches(const std::string& username, const std::string& password) = 0;
    // Before the password is checked, in one transaction that takes the write lock: an
    // active, unlocked account's attempt is counted at once (its failed count goes up by one,
    // and reaching max_failed_logins locks it), so parallel guesses past the limit are
    // refused without being checked. Refusals write nothing here.
    [[nodiscard]] virtual LoginAdmission admit_login(const std::string& username) = 0;
    // After an admitted attempt was checked: success clears the count and the lock that
    // attempt set; a failure stays counted. Failures, lockouts and a success that clears
    // earlier failures are audited. Returns the account as it is afterwards.
    virtual std::optional<UserAccount> finish_login(const std::string& username, bool success) = 0;
};

}  // namespace pacta::domain
