// The office server as its database administrator prepares it and as Pacta's users meet it:
// a throwaway cluster (ctest fixture pg_server), a database prepared by prepare_server, then
// an administrator, a clerk of one institution and a legal reviewer, each logged in as their
// own role. The server itself refuses what Pacta refuses: another institution's people,
// changing an approved contract, touching the audit trail, creating roles, approving one's
// own contract; and the trail it writes verifies with the SQLite engine's hash.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "pacta/db/audit.h"
#include "pacta/db/pg/connection.h"
#include "pacta/db/postgres_server.h"
#include "pacta/platform/sha256.h"

namespace pacta::db {
namespace {

namespace fs = std::filesystem;

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

class OfficeServer : public testing::Test {
protected:
    static void SetUpTestSuite() {
        ASSERT_TRUE(load_server_environment()) << "PACTA_PG_ENV names no cluster (ctest fixture pg_server)";
        database = "pacta_t" + std::to_string(::getpid());
        pg::Connection dba(pg::ConnectOptions{"dbname=postgres"});
        dba.run_script("DROP DATABASE IF EXISTS " + database);
        dba.run_script("CREATE DATABASE " + database);
        passfile = fs::temp_directory_path() / ("pacta-pgpass-" + std::to_string(::getpid()));
        // The DBA's own line first: the users' lines are added as they are made.
        std::ifstream dba_lines(std::getenv("PGPASSFILE"));
        std::stringstream copy;
        copy << dba_lines.rdbuf();
        std::ofstream(passfile) << copy.str();
        fs::permissions(passfile, fs::perms::owner_read | fs::perms::owner_write);
        ::setenv("PGPASSFILE", passfile.c_str(), 1);

        ServerPreparation request;
        request.conninfo = "dbname=" + database;
        request.first_administrator = "ana";
        request.password = "clave de ana 1";
        request.pacta_version = "prueba";
        add_password("ana", request.password);
        prepared = prepare_server(request);
    }
    static void TearDownTestSuite() {
        if (database.empty() || std::getenv("PACTA_PG_ENV") == nullptr) return;
        try {
            pg::Connection dba(pg::ConnectOptions{"dbname=postgres"});
            dba.run_script("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            const std::string p = server_role_prefix(database);
            const auto roles = dba.exec("SELECT rolname FROM pg_roles WHERE rolname LIKE $1 ORDER BY "
                                        "rolname LIKE '%owner' ", {p + "%"});
            for (int i = 0; i < roles.rows(); ++i) {
                dba.run_script("DROP OWNED BY " + dba.quote_identifier(roles.text(i, 0)) + " CASCADE");
            }
            for (int i = 0; i < roles.rows(); ++i) dba.run_script("DROP ROLE " + dba.quote_identifier(roles.text(i, 0)));
        } catch (const std::exception& e) {
            ADD_FAILURE() << "cleaning up: " << e.what();
        }
        fs::remove(passfile);
    }
    static void add_password(const std::string& user, const std::string& password) {
        std::ofstream(passfile, std::ios::app) << std::getenv("PGHOST") << ':' << std::getenv("PGPORT") << ':' << database
                                               << ':' << server_role_prefix(database) << "u_" << user << ':' << password
                                               << '\n';
    }
    // A Pacta user's own connection, as the application would open it.
    static pg::Connection as(const std::string& user) {
        return pg::Connection(pg::ConnectOptions{"dbname=" + database + " user=" + server_role_prefix(database) + "u_" + user});
    }
    // psql as `user`, one statement: its exit status and what it printed on stderr.
    static std::pair<int, std::string> psql(const std::string& user, const std::string& statement) {
        const fs::path sql = fs::temp_directory_path() / ("pacta-psql-" + std::to_string(::getpid()) + ".sql");
        const fs::path err = sql.string() + ".err";
        std::ofstream(sql) << statement << '\n';
        const std::string command = "psql -X -q -v ON_ERROR_STOP=1 -d " + database + " -U " + server_role_prefix(database) +
                                    "u_" + user + " -f " + sql.string() + " >/dev/null 2>" + err.string();
        const int status = std::system(command.c_str());
        std::ifstream in(err);
        std::stringstream text;
        text << in.rdbuf();
        fs::remove(sql);
        fs::remove(err);
        return {WEXITSTATUS(status), text.str()};
    }
    static void make_user(pg::Connection& admin, const std::string& user, const std::string& role,
                          const std::string& institution) {
        const std::string password = "clave de " + user + " 1";
        add_password(user, password);
        const auto verifier = admin.scram_verifier(server_role_prefix(database) + "u_" + user, password);
        admin.exec("SELECT pacta.create_user($1, $2, $3::text[], $4::text[])",
                   {user, verifier, "{" + role + "}", institution.empty() ? "{}" : "{" + institution + "}"});
    }

    static inline std::string database;
    static inline fs::path passfile;
    static inline PreparedServer prepared;
};

const char* const staff_insert =
    "INSERT INTO pacta.staff (institution_id, given_names, first_surname, second_surname, sex, birth_date, "
    "nationality, civil_status, curp, domicile, phone, email, bank_account, profession, category, regime) "
    "SELECT id, $2, $3, '', 'mujer', '1990-03-12', 'mexicana', 'soltera', $4, '', '', '', '', '', 'asistencial', "
    "'honorarios' FROM pacta.institution WHERE code = $1";

TEST_F(OfficeServer, ThePreparedDatabaseBelongsToAnOwnerThatNeverLogsIn) {
    EXPECT_EQ(prepared.role_prefix, "pacta_" + database + "_");
    EXPECT_EQ(prepared.schema_version, 10);
    pg::Connection dba(pg::ConnectOptions{"dbname=" + database});
    const auto owner = dba.exec("SELECT r.rolcanlogin, r.rolcreaterole FROM pg_namespace n JOIN pg_roles r ON "
                                "r.oid = n.nspowner WHERE n.nspname = 'pacta'");
    ASSERT_EQ(owner.rows(), 1);
    EXPECT_EQ(owner.text(0, 0), "f");
    const auto forced = dba.exec("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE n.nspname = 'pacta' AND c.relkind = 'r' AND c.relforcerowsecurity");
    EXPECT_GE(forced.integer(0, 0), 18);
    const auto ana = dba.exec("SELECT rolpassword LIKE 'SCRAM-SHA-256$%', rolcreaterole, rolsuper FROM pg_authid "
                              "WHERE rolname = $1", {prepared.administrator});
    ASSERT_EQ(ana.rows(), 1) << "pg_authid needs a superuser to read; the fixture's DBA is one";
    EXPECT_EQ(ana.text(0, 0), "t");
    EXPECT_EQ(ana.text(0, 1), "f");
    EXPECT_EQ(ana.text(0, 2), "f");
    // A second preparation is refused: the schema is there.
    ServerPreparation again;
    again.conninfo = "dbname=" + database;
    again.first_administrator = "otro";
    again.password = "x";
    EXPECT_THROW((void)prepare_server(again), pg::ServerError);
}

TEST_F(OfficeServer, EachUserSeesAndDoesOnlyWhatTheirRoleAndInstitutionAllow) {
    auto admin = as("ana");
    EXPECT_EQ(admin.exec("SELECT pacta.current_username()").text(0, 0), "ana");
    for (const char* code : {"gro", "mor"}) {
        admin.exec("INSERT INTO pacta.institution (code, name, country, profile, public_legend, legal_basis, notice_days) "
                   "VALUES ($1, $2, 'MX', 'es_MX', '', '', 30)",
                   {code, std::string("Institución ") + code});
    }
    make_user(admin, "rosa", "capturista", "gro");
    make_user(admin, "rita", "revisor_juridico", "");
    make_user(admin, "raul", "capturista,revisor_juridico", "");
    admin.exec(staff_insert, {"mor", "Marta", "Ortiz", "OIMM900312MMSRRR03"});

    auto rosa = as("rosa");
    rosa.exec(staff_insert, {"gro", "Rosa", "Ramírez", "RACR920514MDFMRS05"});
    // Row security: Rosa works for «gro» only.
    EXPECT_EQ(rosa.exec("SELECT count(*) FROM pacta.staff").integer(0, 0), 1);
    EXPECT_EQ(admin.exec("SELECT count(*) FROM pacta.staff").integer(0, 0), 2);
    // Nor can she put one of hers in another institution.
    const std::string mor = admin.exec("SELECT id FROM pacta.institution WHERE code = 'mor'").text(0, 0);
    EXPECT_THROW(rosa.exec("UPDATE pacta.staff SET institution_id = $1", {mor}), pg::ServerError);
    // The accent-blind search the lists use.
    EXPECT_EQ(rosa.exec("SELECT count(*) FROM pacta.staff WHERE search_text LIKE '%' || "
                        "lower(pacta.unaccent($1)) || '%'", {"ramirez"}).integer(0, 0), 1);

    // Rosa drafts a contract and sends it to review; Rita, who never touched it, approves.
    rosa.exec("INSERT INTO pacta.template (code, version, title, source, sha256, created_at) VALUES "
              "('honorarios', 1, 'Honorarios', 'texto', repeat('a', 64), pacta.utc_now())");
    rosa.exec("INSERT INTO pacta.contract (institution_id, year, folio, template_id, staff_id, total_minor, currency, "
              "created_at, drafted_by) SELECT i.id, 2024, 'GRO-2024-0001', t.id, s.id, 6885830, 'MXN', pacta.utc_now(), "
              "'rosa' FROM pacta.institution i, pacta.template t, pacta.staff s WHERE i.code = 'gro' "
              "AND s.curp = 'RACR920514MDFMRS05'");
    // Raúl, clerk and reviewer, corrects the draft: the server records him as its editor.
    auto raul = as("raul");
    raul.exec("UPDATE pacta.contract SET budget_account = '42060206' WHERE folio = 'GRO-2024-0001'");
    rosa.exec("UPDATE pacta.contract SET state = 'en_revision' WHERE folio = 'GRO-2024-0001'");
    // Rosa may not approve (not a reviewer), and the table's grants say so before the trigger.
    EXPECT_THROW(rosa.exec("UPDATE pacta.contract SET state = 'aprobado' WHERE folio = 'GRO-2024-0001'"), pg::ServerError);
    auto rita = as("rita");
    // Nobody writes the editors but the server, and whoever changed the contract may not
    // approve it.
    EXPECT_THROW(admin.exec("DELETE FROM pacta.contract_editor"), pg::ServerError);
    try {
        raul.exec("UPDATE pacta.contract SET state = 'aprobado' WHERE folio = 'GRO-2024-0001'");
        ADD_FAILURE() << "an editor approved the contract";
    } catch (const pg::ServerError& e) {
        EXPECT_EQ(e.sqlstate(), "42501") << e.what();
    }
    EXPECT_EQ(rita.exec("UPDATE pacta.contract SET state = 'aprobado' WHERE folio = 'GRO-2024-0001'").affected(), 1);
    // Not a legal move, whoever asks.
    EXPECT_THROW(rita.exec("UPDATE pacta.contract SET state = 'vigente' WHERE folio = 'GRO-2024-0001'"), pg::ServerError);

    // What a capturista's psql session cannot do.
    const auto changed = psql("rosa", "UPDATE pacta.contract SET total_minor = 1 WHERE folio = 'GRO-2024-0001';");
    EXPECT_NE(changed.first, 0);
    EXPECT_NE(changed.second.find("frozen"), std::string::npos) << changed.second;
    const auto other = psql("rosa", "SELECT 1 / (SELECT count(*) FROM pacta.staff WHERE curp = 'OIMM900312MMSRRR03')::int;");
    EXPECT_NE(other.first, 0) << "Rosa read a person of another institution";
    EXPECT_NE(other.second.find("division by zero"), std::string::npos) << other.second;
    const auto inserted = psql("rosa", "INSERT INTO pacta.audit_log (id, at, actor, action, entity, entity_id, prev_hash, "
                                       "hash) VALUES (1000, 'x', 'rosa', 'crear', 'x', 'x', repeat('0', 64), repeat('0', 64));");
    EXPECT_NE(inserted.first, 0);
    EXPECT_NE(inserted.second.find("permission denied"), std::string::npos) << inserted.second;
    const auto deleted = psql("rosa", "DELETE FROM pacta.audit_log;");
    EXPECT_NE(deleted.first, 0);
    EXPECT_NE(deleted.second.find("permission denied"), std::string::npos) << deleted.second;
    const auto role = psql("rosa", "CREATE ROLE intruso LOGIN;");
    EXPECT_NE(role.first, 0);
    EXPECT_NE(role.second.find("permission denied"), std::string::npos) << role.second;
    const auto through_function = psql("rosa", "SELECT pacta.create_user('intruso', 'SCRAM-SHA-256$x', "
                                               "ARRAY['administrador'], ARRAY[]::text[]);");
    EXPECT_NE(through_function.first, 0);
    EXPECT_NE(through_function.second.find("permission denied"), std::string::npos) << through_function.second;
    // Even the administrator cannot rewrite the trail.
    EXPECT_THROW(admin.exec("UPDATE pacta.audit_log SET actor = 'nadie' WHERE id = 1"), pg::ServerError);

    // The trail the server wrote: numbered without gaps, each row named after its user, and
    // every hash recomputed byte for byte by the SQLite engine's function.
    const auto rows = admin.exec("SELECT id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, "
                                 "hash FROM pacta.audit_log ORDER BY id");
    ASSERT_GT(rows.rows(), 10);
    std::string previous(64, '0');
    std::map<std::string, int> by_actor;
    platform::Sha256 sha;
    for (int r = 0; r < rows.rows(); ++r) {
        EXPECT_EQ(rows.integer(r, 0), r + 1);
        EXPECT_EQ(rows.text(r, 8), previous) << "row " << r + 1;
        char hash[64];
        const auto before = rows.optional_text(r, 6);
        const auto after = rows.optional_text(r, 7);
        audit_row_hash(sha, previous, rows.integer(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3),
                       rows.text(r, 4), rows.text(r, 5),
                       before ? std::optional<std::string_view>(*before) : std::nullopt,
                       after ? std::optional<std::string_view>(*after) : std::nullopt, hash);
        EXPECT_EQ(std::string(hash, 64), rows.text(r, 9)) << "row " << r + 1;
        previous = rows.text(r, 9);
        ++by_actor[rows.text(r, 2)];
    }
    EXPECT_GT(by_actor["rosa"], 0);
    EXPECT_GT(by_actor["rita"], 0);
    EXPECT_EQ(by_actor["raul"], 1);  // his correction; his approval was refused and left no row
}

}  // namespace
}  // namespace pacta::db
