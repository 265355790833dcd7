#include "pacta/db/user_repository.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "pacta/db/audit.h"
#include "pacta/db/database.h"
#include "pacta/db/open.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"
#include "pacta/platform/password.h"

namespace pacta::db {

namespace {

namespace d = pacta::domain;

// What the audit trail keeps of an account: never the password hash.
std::string account_json(const d::UserAccount& a) {
    nlohmann::json roles = nlohmann::json::array();
    for (const auto r : a.roles) roles.push_back(std::string(d::role_name(r)));
    nlohmann::json institutions = nlohmann::json::array();
    for (const auto& i : a.institutions) institutions.push_back(i);
    return nlohmann::json{{"usuario", a.username},
                          {"roles", roles},
                          {"instituciones", institutions},
                          {"activo", a.active},
                          {"intentos_fallidos", a.failed_logins},
                          {"bloqueado", a.locked}}
        .dump();
}

// An account with its Argon2id hash, which never leaves this file.
struct StoredUser {
    d::UserAccount account;
    std::string password_hash;
};

std::optional<StoredUser> load(Database& db, const std::string& username) {
    Statement st(db, "SELECT id, password_hash, active, failed_logins, locked FROM app_user WHERE username = ?1");
    st.bind(1, std::string_view(username));
    if (!st.step()) return std::nullopt;
    StoredUser u;
    const std::int64_t id = st.column_int(0);
    u.account.username = username;
    u.password_hash = st.column_text(1);
    u.account.active = st.column_int(2) != 0;
    u.account.failed_logins = static_cast<int>(st.column_int(3));
    u.account.locked = st.column_int(4) != 0;
    Statement roles(db, "SELECT role FROM user_role WHERE user_id = ?1");
    roles.bind(1, id);
    while (roles.step()) {
        if (auto r = d::role_from_name(roles.column_text(0))) u.account.roles.insert(*r);
    }
    Statement inst(db, "SELECT i.code FROM user_institution ui JOIN institution i ON i.id = ui.institution_id "
                       "WHERE ui.user_id = ?1");
    inst.bind(1, id);
    while (inst.step()) u.account.institutions.insert(inst.column_text(0));
    return u;
}

}  // namespace

std::size_t SqliteUserRepository::count() {
    Statement st(db_, "SELECT count(*) FROM app_user");
    st.step();
    return static_cast<std::size_t>(st.column_int(0));
}

std::optional<d::UserAccount> SqliteUserRepository::find(const std::string& username) {
    auto u = load(db_, username);
    if (!u) return std::nullopt;
    return std::move(u->account);
}

bool SqliteUserRepository::password_matches(const std::string& username, const std::string& password) {
    const auto u = load(db_, username);
    if (!u) {
        // Verified against a throwaway hash anyway, so timing does not reveal the name.
        static const std::string decoy = platform::hash_password("pacta-decoy-password");
        (void)platform::verify_password(decoy, password);
        return false;
    }
    return platform::verify_password(u->password_hash, password);
}

std::vector<d::UserAccount> SqliteUserRepository::list() {
    std::vector<std::string> names;
    Statement st(db_, "SELECT username FROM app_user ORDER BY username");
    while (st.step()) names.push_back(st.column_text(0));
    std::vector<d::UserAccount> out;
    for (const auto& n : names) {
        if (auto u = load(db_, n)) out.push_back(std::move(u->account));
    }
    return out;
}

bool SqliteUserRepository::create(const d::UserAccount& account, const std::string& password, bool only_if_none,
                                  const std::string& actor) {
    const StoredUser user{account, platform::hash_password(password)};
    Transaction tx(db_);
    if (only_if_none && count() > 0) return false;
    Statement insert(db_, "INSERT INTO app_user (username, password_hash, active, created_at) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, std::string_view(user.account.username)).bind(2, std::string_view(user.password_hash));
    insert.bind(3, std::int64_t{user.account.active ? 1 : 0}).bind(4, std::string_view(utc_timestamp())).run();
    Statement last(db_, "SELECT last_insert_rowid()");
    last.step();
    const std::int64_t id = last.column_int(0);
    Statement role(db_, "INSERT INTO user_role (user_id, role) VALUES (?1, ?2)");
    for (const auto r : user.account.roles) {
        role.bind(1, id).bind(2, d::role_name(r)).run();
        role.reset();
    }
    Statement inst(db_, "INSERT INTO user_institution (user_id, institution_id) "
                        "VALUES (?1, (SELECT id FROM institution WHERE code = ?2))");
    for (const auto& code : user.account.institutions) {
        inst.bind(1, id).bind(2, std::string_view(code)).run();
        inst.reset();
    }
    AuditWriter(db_).record(actor, "crear", "usuario", user.account.username, std::nullopt, account_json(user.account));
    tx.commit();
    return true;
}

bool SqliteUserRepository::set_active(const std::string& username, bool active, const std::string& actor) {
    Transaction tx(db_);
    const auto before = load(db_, username);
    if (!before) return false;
    Statement update(db_, "UPDATE app_user SET active = ?2 WHERE username = ?1");
    update.bind(1, std::string_view(username)).bind(2, std::int64_t{active ? 1 : 0}).run();
    auto after = before->account;
    after.active = active;
    AuditWriter(db_).record(actor, "actualizar", "usuario", username, account_json(before->account), account_json(after));
    tx.commit();
    return true;
}

bool SqliteUserRepository::reset_password(const std::string& username, const std::string& password,
                                          const std::string& actor) {
    const std::string password_hash = platform::hash_password(password);
    Transaction tx(db_);
    const auto before = load(db_, username);
    if (!before) return false;
    Statement update(db_, "UPDATE app_user SET password_hash = ?2, failed_logins = 0, locked = 0 WHERE username = ?1");
    update.bind(1, std::string_view(username)).bind(2, std::string_view(password_hash)).run();
    auto after = before->account;
    after.failed_logins = 0;
    after.locked = false;
    // The hash itself stays out of the trail; that it changed is what matters.
    auto after_json = nlohmann::json::parse(account_json(after));
    after_json["clave"] = "restablecida";
    AuditWriter(db_).record(actor, "actualizar", "usuario", username, account_json(before->account), after_json.dump());
    tx.commit();
    return true;
}

d::LoginAdmission SqliteUserRepository::admit_login(const std::string& username) {
    Transaction tx(db_);  // BEGIN IMMEDIATE: two attempts never read the same count
    const auto user = load(db_, username);
    if (!user) return d::LoginAdmission::unknown;
    const auto& a = user->account;
    if (!a.active) return d::LoginAdmission::inactive;
    if (a.locked) return d::LoginAdmission::locked;
    const int counted = a.failed_logins + 1;
    Statement update(db_, "UPDATE app_user SET failed_logins = ?2, locked = ?3 WHERE username = ?1");
    update.bind(1, std::string_view(username)).bind(2, std::int64_t{counted});
    update.bind(3, std::int64_t{counted >= d::max_failed_logins ? 1 : 0}).run();
    tx.commit();
    return d::LoginAdmission::admitted;
}

std::optional<d::UserAccount> SqliteUserRepository::finish_login(const std::string& username, bool success) {
    Transaction tx(db_);
    auto user = load(db_, username);
    if (!user) return std::nullopt;
    auto& a = user->account;
    // admit_login counted this attempt already.
    const int earlier_failures = std::max(0, a.failed_logins - 1);
    if (success) {
        a.failed_logins = 0;
        a.locked = false;
        Statement update(db_, "UPDATE app_user SET failed_logins = 0, locked = 0 WHERE username = ?1");
        update.bind(1, std::string_view(username)).run();
        // The usual case, a correct password after no failures, adds nothing to the trail:
        // it keeps failures, lockouts and the login that clears them.
        if (earlier_failures > 0) {
            AuditWriter(db_).record(username, "acceder", "sesion", username, std::nullopt,
                                    nlohmann::json{{"resultado", "correcto"}, {"intentos_fallidos", 0}}.dump());
        }
    } else {
        nlohmann::json what{{"resultado", "clave_incorrecta"}, {"intentos_fallidos", a.failed_logins}};
        if (a.locked) what["bloqueado"] = true;
        AuditWriter(db_).record(username, "denegar", "sesion", username, std::nullopt, what.dump());
    }
    tx.commit();
    return a;
}

}  // namespace pacta::db
