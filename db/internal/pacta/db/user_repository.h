#pragma once
// User accounts, their roles and the institutions they are limited to.

#include "pacta/domain/ports/users.h"

namespace pacta::db {

class Database;

class SqliteUserRepository : public domain::UserRepository {
public:
    explicit SqliteUserRepository(Database& db) : db_(db) {}
    [[nodiscard]] std::size_t count() override;
    [[nodiscard]] std::optional<domain::UserAccount> find(const std::string& username) override;
    [[nodiscard]] std::vector<domain::UserAccount> list() override;
    bool create(const domain::UserAccount& account, const std::string& password, bool only_if_none,
                const std::string& actor) override;
    bool set_active(const std::string& username, bool active, const std::string& actor) override;
    bool reset_password(const std::string& username, const std::string& password, const std::string& actor) override;
    [[nodiscard]] bool password_matches(const std::string& username, const std::string& password) override;
    domain::LoginAdmission admit_login(const std::string& username) override;
    std::optional<domain::UserAccount> finish_login(const std::string& username, bool success) override;

private:
    Database& db_;
};

}  // namespace pacta::db
