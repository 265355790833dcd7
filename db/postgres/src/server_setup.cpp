#include "pacta/db/postgres_server.h"

#include <stdexcept>

#include "pacta/db/pg/connection.h"
#include "pacta/db/pg/server_schema_setup.h"
#include "server_sql.h"

namespace pacta::db {

namespace {

// The role prefix put in place of «{p}»: checked by server_role_prefix, so it is a plain
// identifier and never quotes or ends a statement.
std::string with_prefix(std::string_view sql, const std::string& prefix) {
    std::string out;
    out.reserve(sql.size());
    for (std::size_t i = 0; i < sql.size(); ++i) {
        if (sql.compare(i, 3, "{p}") == 0) {
            out += prefix;
            i += 2;
        } else {
            out += sql[i];
        }
    }
    return out;
}

}  // namespace

void pg::create_server_schema(pg::Connection& dba, const std::string& p, const std::string& pacta_version) {
    // The owner of every table and function, which never logs in; the groups; the database
    // closed to everyone else in the cluster.
    dba.run_script(with_prefix(
        "CREATE ROLE {p}owner NOLOGIN CREATEROLE;"
        "CREATE ROLE {p}usuario NOLOGIN;"
        "CREATE ROLE {p}capturista NOLOGIN;"
        "CREATE ROLE {p}revisor_juridico NOLOGIN;"
        "CREATE ROLE {p}finanzas NOLOGIN;"
        "CREATE ROLE {p}administrador NOLOGIN;"
        "GRANT {p}owner TO CURRENT_USER;",
        p));
    const std::string db = dba.quote_identifier(dba.database());
    dba.run_script("REVOKE ALL ON DATABASE " + db + " FROM PUBLIC;" +
                   with_prefix("GRANT CONNECT, TEMPORARY ON DATABASE " + db + " TO {p}usuario;"
                               "GRANT CREATE ON DATABASE " + db + " TO {p}owner;"
                               "SET ROLE {p}owner;",
                               p));
    dba.run_script(pg::sql::tables);
    dba.exec("INSERT INTO pacta.setting (key, value) VALUES ('role_prefix', $1), ('schema_version', $2), "
             "('created_by', $3)",
             {p, std::to_string(server_schema_version()), "Pacta " + pacta_version});
    dba.run_script(pg::sql::rules);
    dba.run_script(pg::sql::audit);
    dba.run_script(with_prefix(pg::sql::security, p));
    for (const auto& migration : pg::sql::migrations_after_first) dba.run_script(with_prefix(migration, p));
}

int server_schema_version() {
    return pg::sql::first_schema_version + static_cast<int>(pg::sql::migrations_after_first.size());
}

std::string server_role_prefix(const std::string& database) {
    std::string base;
    for (const char c : database) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
            base += c;
        } else if (c >= 'A' && c <= 'Z') {
            base += static_cast<char>(c - 'A' + 'a');
        } else if (c == '-') {
            base += '_';
        } else {
            throw ServerSetupError(ServerSetupError::Kind::bad_name, database);
        }
    }
    if (base.empty() || base.size() > 20) {
        throw ServerSetupError(ServerSetupError::Kind::bad_name, database);
    }
    return "pacta_" + base + "_";
}

namespace {

PreparedServer prepare(const ServerPreparation& request) {
    pg::ConnectOptions options;
    options.conninfo = request.conninfo;
    options.statement_timeout = std::chrono::minutes(5);
    pg::Connection dba(options);
    PreparedServer out;
    out.database = dba.database();
    out.role_prefix = server_role_prefix(out.database);
    const std::string& p = out.role_prefix;
    out.administrator = p + "u_" + request.first_administrator;
    out.schema_version = server_schema_version();
    if (dba.exec("SELECT 1 FROM pg_namespace WHERE nspname = 'pacta'").rows() > 0) {
        throw ServerSetupError(ServerSetupError::Kind::already_prepared, out.database);
    }
    const std::string verifier = dba.scram_verifier(out.administrator, request.password);

    pg::Transaction tx(dba);
    pg::create_server_schema(dba, p, request.pacta_version);
    dba.exec("SELECT pacta.create_user($1, $2, ARRAY['administrador'], ARRAY[]::text[])",
             {request.first_administrator, verifier});
    dba.run_script("RESET ROLE;");
    tx.commit();
    return out;
}

}  // namespace

PreparedServer prepare_server(const ServerPreparation& request) {
    if (request.first_administrator.empty() || request.first_administrator.size() > 40) {
        throw ServerSetupError(ServerSetupError::Kind::bad_name, request.first_administrator);
    }
    try {
        return prepare(request);
    } catch (const pg::ServerError& e) {
        using Kind = ServerSetupError::Kind;
        const auto& state = e.sqlstate();
        const Kind kind = state.rfind("08", 0) == 0 ? Kind::unreachable
                          : state == "0A000"         ? Kind::too_old
                          : state == "42501"         ? Kind::not_allowed
                          : state == "22023"         ? Kind::bad_name
                                                     : Kind::other;
        throw ServerSetupError(kind, e.what());
    }
}

}  // namespace pacta::db
