#include "test_server.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

namespace pacta::db::testing_server {

namespace fs = std::filesystem;

namespace {

// The fixture's connection settings (PGHOST, PGPORT, PGUSER, PGPASSFILE...) into this
// process's environment, where libpq and psql read them.
bool load_server_environment() {
    const char* file = std::getenv("PACTA_PG_ENV");
    if (file == nullptr) return false;
    std::ifstream in(file);
    std::string line;
    bool any = false;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        ::setenv(line.substr(0, eq).c_str(), line.substr(eq + 1).c_str(), 1);
        any = true;
    }
    return any;
}

}  // namespace

TestServer* TestServer::get(const std::string& administrator, const std::string& password) {
    static TestServer* server = nullptr;
    static bool tried = false;
    if (tried) {
        if (server == nullptr) ADD_FAILURE() << "the test server could not be prepared (see the first failure)";
        return server;
    }
    tried = true;
    if (!load_server_environment()) {
        ADD_FAILURE() << "PACTA_PG_ENV names no cluster (ctest fixture pg_server)";
        return nullptr;
    }
    auto made = std::unique_ptr<TestServer>(new TestServer());
    made->database_ = "pacta_t" + std::to_string(::getpid());
    {
        pg::Connection dba(pg::ConnectOptions{"dbname=postgres"});
        dba.run_script("DROP DATABASE IF EXISTS " + made->database_);
        dba.run_script("CREATE DATABASE " + made->database_ + " TEMPLATE template0 ENCODING 'UTF8'");
    }
    made->passfile_ = fs::temp_directory_path() / ("pacta-pgpass-" + std::to_string(::getpid()));
    std::ifstream dba_lines(std::getenv("PGPASSFILE"));
    std::stringstream copy;
    copy << dba_lines.rdbuf();
    std::ofstream(made->passfile_) << copy.str();
    fs::permissions(made->passfile_, fs::perms::owner_read | fs::perms::owner_write);
    ::setenv("PGPASSFILE", made->passfile_.c_str(), 1);

    ServerPreparation request;
    request.conninfo = "dbname=" + made->database_;
    request.first_administrator = administrator;
    request.password = password;
    request.pacta_version = "prueba";
    made->prepared_.role_prefix = server_role_prefix(made->database_);
    made->add_password(administrator, request.password);
    made->prepared_ = prepare_server(request);
    server = made.release();
    // Dropped at exit, before the libraries libpq loaded while connecting (registered with
    // atexit after them, so run before their own clean-up).
    std::atexit([] { delete server; });
    return server;
}

TestServer::~TestServer() {
    try {
        pg::Connection dba(pg::ConnectOptions{"dbname=postgres"});
        dba.run_script("DROP DATABASE IF EXISTS " + database_ + " WITH (FORCE)");
        const auto roles = dba.exec("SELECT rolname FROM pg_roles WHERE rolname LIKE $1 ORDER BY rolname",
                                    {prepared_.role_prefix + "%"});
        for (int i = 0; i < roles.rows(); ++i) {
            dba.run_script("DROP OWNED BY " + dba.quote_identifier(roles.text(i, 0)) + " CASCADE");
        }
        for (int i = 0; i < roles.rows(); ++i) dba.run_script("DROP ROLE " + dba.quote_identifier(roles.text(i, 0)));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cleaning up the test server: %s\n", e.what());
    }
    fs::remove(passfile_);
}

void TestServer::add_password(const std::string& user, const std::string& password) const {
    std::ofstream(passfile_, std::ios::app) << std::getenv("PGHOST") << ':' << std::getenv("PGPORT") << ':' << database_
                                            << ':' << prepared_.role_prefix << "u_" << user << ':' << password << '\n';
}

pg::Connection TestServer::as(const std::string& user) const {
    return pg::Connection(pg::ConnectOptions{"dbname=" + database_ + " user=" + login(user)});
}

pg::Connection TestServer::as_dba() const { return pg::Connection(pg::ConnectOptions{"dbname=" + database_}); }

void TestServer::make_user(pg::Connection& admin, const std::string& user, const std::string& roles,
                           const std::string& institutions) const {
    const std::string password = "clave de " + user + " 1";
    add_password(user, password);
    const auto verifier = admin.scram_verifier(login(user), password);
    admin.exec("SELECT pacta.create_user($1, $2, $3::text[], $4::text[])",
               {user, verifier, "{" + roles + "}", "{" + institutions + "}"});
}

std::pair<int, std::string> TestServer::psql(const std::string& user, const std::string& script) const {
    const fs::path sql = fs::temp_directory_path() / ("pacta-psql-" + std::to_string(::getpid()) + ".sql");
    const fs::path err = sql.string() + ".err";
    std::ofstream(sql) << script << '\n';
    const std::string command = "psql -X -q -v ON_ERROR_STOP=1 -d " + database_ + " -U " + login(user) + " -f " +
                                sql.string() + " >/dev/null 2>" + err.string();
    const int status = std::system(command.c_str());
    std::ifstream in(err);
    std::stringstream text;
    text << in.rdbuf();
    fs::remove(sql);
    fs::remove(err);
    return {WEXITSTATUS(status), text.str()};
}

}  // namespace pacta::db::testing_server
