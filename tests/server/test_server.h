#pragma once
// A prepared office-server database on the suite's throwaway cluster (ctest fixture
// pg_server, whose settings PACTA_PG_ENV names): made once per test program, dropped with
// its roles at exit. Users log in as their own roles, with passwords kept in a private
// libpq password file, as an office's desks would.

#include <filesystem>
#include <string>

#include "pacta/db/pg/connection.h"
#include "pacta/db/postgres_server.h"

namespace pacta::db::testing_server {

class TestServer {
public:
    // The program's database, prepared with `administrator` (by default «ana», password
    // «clave de ana 1») as its first administrator; the first call decides. Fails the test
    // (and returns nullptr) when no cluster was started.
    static TestServer* get(const std::string& administrator = "ana", const std::string& password = "clave de ana 1");
    ~TestServer();

    [[nodiscard]] const std::string& database() const { return database_; }
    [[nodiscard]] const PreparedServer& prepared() const { return prepared_; }
    [[nodiscard]] std::string login(const std::string& user) const { return prepared_.role_prefix + "u_" + user; }
    // A Pacta user's own connection.
    [[nodiscard]] pg::Connection as(const std::string& user) const;
    // The cluster's administrator, on this database.
    [[nodiscard]] pg::Connection as_dba() const;
    // Made by `admin` through pacta.create_user; roles and institutions as «a,b».
    void make_user(pg::Connection& admin, const std::string& user, const std::string& roles,
                   const std::string& institutions) const;
    // The connection string Pacta is given for this database («dbname=…»; host and port come
    // from the cluster's environment).
    [[nodiscard]] std::string conninfo() const { return "dbname=" + database_; }
    // A user's password, kept in the program's password file too, for libpq and psql.
    void remember_password(const std::string& user, const std::string& password) const { add_password(user, password); }
    // psql as `user`, one script: its exit status and what it printed on stderr.
    [[nodiscard]] std::pair<int, std::string> psql(const std::string& user, const std::string& script) const;

private:
    TestServer() = default;
    void add_password(const std::string& user, const std::string& password) const;

    std::string database_;
    std::filesystem::path passfile_;
    PreparedServer prepared_;
};

}  // namespace pacta::db::testing_server
