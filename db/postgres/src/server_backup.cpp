// Whole copies of the office server's database, restores into an empty one, and schema
// upgrades after a copy: pg_dump and pg_restore (PostgreSQL's own tools, the office's IT knows
// them) run beside a connection that reads the audit trail in the very snapshot copied.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <system_error>

#include "pacta/db/pg/audit_repository.h"
#include "pacta/db/pg/connection.h"
#include "pacta/db/postgres_server.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/program.h"
#include "server_sql.h"

namespace pacta::db {

namespace {

namespace fs = std::filesystem;
using Kind = ServerSetupError::Kind;

// The client must be at least as new as the server: Debian's PostgreSQL 15 first.
fs::path tool(const std::string& name) {
    auto found = platform::find_program(name, {fs::path("/usr/lib/postgresql/15/bin") / name});
    if (found.empty()) throw ServerSetupError(Kind::tool_missing, name);
    return found;
}

std::map<std::string, std::string> tool_environment(const ServerAccess& access) {
    std::map<std::string, std::string> env{{"PGCONNECT_TIMEOUT", "10"}};
    if (!access.password.empty()) env["PGPASSWORD"] = access.password;
    return env;
}

fs::path manifest_of(const fs::path& copy) {
    auto manifest = copy;
    manifest += ".manifiesto";
    return manifest;
}

// «clave: valor» lines, as the SQLite engine's manifest.
std::map<std::string, std::string> read_manifest(const fs::path& copy) {
    std::ifstream in(manifest_of(copy));
    if (!in) throw ServerSetupError(Kind::mismatch, "the copy has no manifest beside it: " + manifest_of(copy).string());
    std::map<std::string, std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        const auto colon = line.find(": ");
        if (colon != std::string::npos) out[line.substr(0, colon)] = line.substr(colon + 2);
    }
    return out;
}

std::string first_line(const std::string& text) {
    std::string out = text;
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    return out;
}

pg::Connection connect(const ServerAccess& access) {
    pg::ConnectOptions options(access.conninfo);
    options.user = access.user;
    options.password = access.password;
    options.statement_timeout = std::chrono::minutes(30);
    try {
        pg::Connection c(options);
        c.run_script("SET search_path = pacta, pg_catalog; SET idle_in_transaction_session_timeout = 0;");
        return c;
    } catch (const pg::ServerError& e) {
        throw ServerSetupError(e.sqlstate().rfind("08", 0) == 0 ? Kind::unreachable : Kind::other, e.what());
    }
}

int schema_of(pg::Connection& db) {
    if (db.exec("SELECT 1 FROM pg_namespace WHERE nspname = 'pacta'").rows() == 0) return 0;
    return static_cast<int>(db.exec("SELECT value::integer FROM pacta.setting WHERE key = 'schema_version'").integer(0, 0));
}

}  // namespace

ServerBackup dump_server(const ServerAccess& access, const fs::path& target) {
    const fs::path pg_dump = tool("pg_dump");
    auto db = connect(access);
    if (schema_of(db) == 0) throw ServerSetupError(Kind::mismatch, db.database() + " holds no Pacta data");
    ServerBackup out;
    out.database = db.database();
    // The trail read in the snapshot pg_dump copies: the manifest says exactly what the copy holds.
    pg::Transaction tx(db);
    db.run_script("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const std::string snapshot = db.exec("SELECT pg_export_snapshot()").text(0, 0);
    const auto chain = pg::PgAuditTrail(db).verify();
    if (!chain.intact) {
        throw ServerSetupError(Kind::mismatch, "the audit trail is broken at row " + std::to_string(chain.first_broken_row) +
                                                   "; no copy was made");
    }
    out.audit_rows = static_cast<std::int64_t>(chain.rows);
    out.latest_hash = chain.latest_hash;
    fs::path temporary = target;
    temporary += ".tmp";
    std::vector<std::string> args{"--format=custom", "--file=" + temporary.string(), "--snapshot=" + snapshot,
                                  "--enable-row-security", "--no-password", "--dbname=" + access.conninfo};
    if (!access.user.empty()) args.push_back("--username=" + access.user);
    const auto run = platform::run_program(pg_dump, args, tool_environment(access));
    tx.commit();
    if (run.status != 0) {
        std::error_code ec;
        fs::remove(temporary, ec);
        throw ServerSetupError(Kind::other, "pg_dump: " + first_line(run.errors));
    }
    fs::permissions(temporary, fs::perms::owner_read | fs::perms::owner_write);
    platform::commit_file(temporary, target);
    platform::write_file_atomically(manifest_of(target), "base: " + target.filename().string() +
                                                             "\nservidor: " + out.database +
                                                             "\nformato: pg_dump\nfilas de auditoria: " +
                                                             std::to_string(out.audit_rows) +
                                                             "\nultimo hash: " + out.latest_hash + "\n");
    return out;
}

ServerBackup restore_server(const std::string& conninfo, const fs::path& source) {
    const fs::path pg_restore = tool("pg_restore");
    const auto manifest = read_manifest(source);
    ServerBackup expected;
    expected.database = manifest.contains("servidor") ? manifest.at("servidor") : "";
    expected.latest_hash = manifest.contains("ultimo hash") ? manifest.at("ultimo hash") : "";
    try {
        expected.audit_rows = std::stoll(manifest.contains("filas de auditoria") ? manifest.at("filas de auditoria") : "");
    } catch (const std::exception&) {
        throw ServerSetupError(Kind::mismatch, "the manifest does not say how many audit rows the copy holds");
    }
    auto db = connect({conninfo, {}, {}});
    if (schema_of(db) != 0) throw ServerSetupError(Kind::not_empty, db.database());
    // Pacta's roles are named after the database: the copy goes back under its own name.
    if (expected.database != db.database()) {
        throw ServerSetupError(Kind::mismatch, "the copy is of «" + expected.database + "», not of «" + db.database() + "»");
    }
    const auto run = platform::run_program(pg_restore, {"--exit-on-error", "--single-transaction", "--no-password",
                                                        "--dbname=" + conninfo, source.string()},
                                           tool_environment({conninfo, {}, {}}));
    if (run.status != 0) throw ServerSetupError(Kind::other, "pg_restore: " + first_line(run.errors));
    // What came back must be the trail the manifest names; else the database is emptied again.
    const auto chain = pg::PgAuditTrail(db).verify();
    if (!chain.intact || static_cast<std::int64_t>(chain.rows) != expected.audit_rows ||
        chain.latest_hash != expected.latest_hash) {
        db.run_script("DROP SCHEMA pacta CASCADE;");
        throw ServerSetupError(Kind::mismatch, "the restored audit trail (" + std::to_string(chain.rows) + " rows, " +
                                                   chain.latest_hash + ") is not the manifest's (" +
                                                   std::to_string(expected.audit_rows) + " rows, " +
                                                   expected.latest_hash + "); nothing was kept");
    }
    expected.database = db.database();
    return expected;
}

ServerUpgrade upgrade_server(const std::string& conninfo, const fs::path& backup) {
    auto db = connect({conninfo, {}, {}});
    ServerUpgrade out;
    out.from = schema_of(db);
    out.to = server_schema_version();
    if (out.from == 0) throw ServerSetupError(Kind::mismatch, db.database() + " holds no Pacta data");
    if (out.from > out.to) throw ServerSetupError(Kind::newer, std::to_string(out.from));
    if (out.from == out.to) return out;
    out.backup = dump_server({conninfo, {}, {}}, backup);
    const std::string prefix = server_role_prefix(db.database());
    pg::Transaction tx(db);
    db.run_script("SET ROLE " + prefix + "owner; SET search_path = pacta, pg_catalog;");
    for (int version = std::max(out.from, pg::sql::first_schema_version); version < out.to; ++version) {
        std::string script(pg::sql::migrations_after_first.at(static_cast<std::size_t>(version - pg::sql::first_schema_version)));
        for (auto at = script.find("{p}"); at != std::string::npos; at = script.find("{p}", at)) script.replace(at, 3, prefix);
        db.run_script(script);
    }
    db.exec("UPDATE pacta.setting SET value = $1 WHERE key = 'schema_version'", {std::to_string(out.to)});
    db.exec("SELECT pacta.audit_append('actualizar', 'esquema', 'servidor', $1, $2)",
            {"{\"version\": " + std::to_string(out.from) + "}", "{\"version\": " + std::to_string(out.to) + "}"});
    db.run_script("RESET ROLE;");
    tx.commit();
    return out;
}

}  // namespace pacta::db
