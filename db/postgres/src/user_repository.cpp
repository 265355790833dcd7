#include "pacta/db/pg/user_repository.h"

#include "pacta/db/pg/params.h"

namespace pacta::db::pg {

namespace {

namespace d = pacta::domain;

std::vector<std::string> words_of(const std::string& joined) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < joined.size()) {
        const auto end = joined.find(' ', start);
        out.push_back(joined.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

}  // namespace

std::vector<d::UserAccount> PgUserRepository::load(const std::string& only) {
    const auto r = db_.exec(
        "SELECT u.username, u.active, "
        "coalesce((SELECT string_agg(role, ' ' ORDER BY role) FROM user_role WHERE user_id = u.id), ''), "
        "coalesce((SELECT string_agg(i.code, ' ' ORDER BY i.code) FROM user_institution ui JOIN institution i "
        "ON i.id = ui.institution_id WHERE ui.user_id = u.id), '') "
        "FROM app_user u WHERE $1 = '' OR u.username = $1 ORDER BY u.username",
        {only});
    std::vector<d::UserAccount> out;
    for (int i = 0; i < r.rows(); ++i) {
        d::UserAccount account;
        account.username = r.text(i, 0);
        account.active = r.text(i, 1) == "t";
        for (const auto& name : words_of(r.text(i, 2))) {
            if (const auto role = d::role_from_name(name)) account.roles.insert(*role);
        }
        for (const auto& code : words_of(r.text(i, 3))) account.institutions.insert(code);
        out.push_back(std::move(account));
    }
    return out;
}

std::string PgUserRepository::login_role(const std::string& username) {
    return db_.exec("SELECT value FROM setting WHERE key = 'role_prefix'").text(0, 0) + "u_" + username;
}

std::size_t PgUserRepository::count() {
    return static_cast<std::size_t>(db_.exec("SELECT count(*) FROM app_user").integer(0, 0));
}

std::optional<d::UserAccount> PgUserRepository::find(const std::string& username) {
    if (username.empty()) return std::nullopt;
    auto found = load(username);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<d::UserAccount> PgUserRepository::list() { return load(""); }

bool PgUserRepository::create(const d::UserAccount& account, const std::string& password, bool only_if_none,
                              const std::string& /*actor: the login*/) {
    Transaction tx(db_);
    if (only_if_none && count() > 0) return false;
    std::vector<std::string> roles;
    for (const auto r : account.roles) roles.emplace_back(d::role_name(r));
    const std::vector<std::string> institutions(account.institutions.begin(), account.institutions.end());
    const std::string verifier = db_.scram_verifier(login_role(account.username), password);
    db_.exec("SELECT pacta.create_user($1, $2, $3::text[], $4::text[])",
             {account.username, verifier, text_array(roles), text_array(institutions)});
    if (!account.active) db_.exec("SELECT pacta.set_user_active($1, false)", {account.username});
    tx.commit();
    return true;
}

bool PgUserRepository::set_active(const std::string& username, bool active, const std::string& /*actor*/) {
    if (!find(username)) return false;
    db_.exec("SELECT pacta.set_user_active($1, $2)", {username, active ? "true" : "false"});
    return true;
}

bool PgUserRepository::reset_password(const std::string& username, const std::string& password,
                                      const std::string& /*actor*/) {
    if (!find(username)) return false;
    db_.exec("SELECT pacta.set_user_password($1, $2)", {username, db_.scram_verifier(login_role(username), password)});
    return true;
}

bool PgUserRepository::password_matches(const std::string& username, const std::string& password) {
    const auto account = find(username);
    // No password at all is never right (and would let libpq's password file answer).
    if (!account || !account->active || password.empty()) return false;
    try {
        ConnectOptions options;
        options.conninfo = conninfo_;
        options.user = login_role(username);
        options.password = password;
        options.connect_timeout = std::chrono::seconds(10);
        Connection check(options);
        return true;
    } catch (const ServerError&) {
        return false;
    }
}

d::LoginAdmission PgUserRepository::admit_login(const std::string& username) {
    const auto account = find(username);
    if (!account) return d::LoginAdmission::unknown;
    return account->active ? d::LoginAdmission::admitted : d::LoginAdmission::inactive;
}

std::optional<d::UserAccount> PgUserRepository::finish_login(const std::string& username, bool /*success*/) {
    // The server logs failed logins itself (log_connections, auth_delay); nothing to count here.
    return find(username);
}

}  // namespace pacta::db::pg
