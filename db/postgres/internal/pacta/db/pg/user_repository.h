#pragma once
// User accounts on the office server. Each Pacta user is a PostgreSQL login role, made and
// changed only through the server's SECURITY DEFINER functions (server_security.cpp), with
// passwords sent as SCRAM verifiers. PostgreSQL checks passwords, so Pacta's own lockout does
// not apply here (docs/servidor.md: auth_delay and the server's log instead).

#include <string>

#include "pacta/db/pg/connection.h"
#include "pacta/domain/ports/users.h"

namespace pacta::db::pg {

class PgUserRepository final : public domain::UserRepository {
public:
    // `conninfo`: how this connection reached the server, to check a password by logging in.
    PgUserRepository(Connection& connection, std::string conninfo) : db_(connection), conninfo_(std::move(conninfo)) {}
    [[nodiscard]] std::size_t count() override;
    [[nodiscard]] std::optional<domain::UserAccount> find(const std::string& username) override;
    [[nodiscard]] std::vector<domain::UserAccount> list() override;
    bool create(const domain::UserAccount& account, const std::string& password, bool only_if_none,
                const std::string& actor) override;
    bool set_active(const std::string& username, bool active, const std::string& actor) override;
    bool reset_password(const std::string& username, const std::string& password, const std::string& actor) override;
    // Logs in as the user's role with `password`: the server's own check.
    [[nodiscard]] bool password_matches(const std::string& username, const std::string& password) override;
    domain::LoginAdmission admit_login(const std::string& username) override;
    std::optional<domain::UserAccount> finish_login(const std::string& username, bool success) override;

    // The login role of a Pacta user on this database: «pacta_<base>_u_<name>».
    [[nodiscard]] std::string login_role(const std::string& username);

private:
    [[nodiscard]] std::vector<domain::UserAccount> load(const std::string& only);

    Connection& db_;
    std::string conninfo_;
};

}  // namespace pacta::db::pg
