// The office server as its database administrator prepares it and as Pacta's users meet it:
// a throwaway cluster (ctest fixture pg_server), a database prepared by prepare_server, then
// an administrator, a clerk of one institution and a legal reviewer, each logged in as their
// own role. The server itself refuses what Pacta refuses: another institution's people,
// changing an approved contract, touching the audit trail, creating roles, approving one's
// own contract; and the trail it writes verifies with the SQLite engine's hash.
#include <gtest/gtest.h>

#include <cstdio>

#include <map>

#include "pacta/db/audit_hash.h"
#include "pacta/db/pg/connection.h"
#include "pacta/db/pg/staff_repository.h"
#include "pacta/db/postgres_server.h"
#include "pacta/platform/sha256.h"
#include "test_server.h"

namespace pacta::db {
namespace {

using testing_server::TestServer;

class OfficeServer : public testing::Test {
protected:
    void SetUp() override {
        server = TestServer::get();
        ASSERT_NE(server, nullptr);
    }
    TestServer* server = nullptr;
};

const char* const staff_insert =
    "INSERT INTO pacta.staff (institution_id, given_names, first_surname, second_surname, sex, birth_date, "
    "nationality, civil_status, curp, domicile, phone, email, bank_account, profession, category, regime) "
    "SELECT id, $2, $3, '', 'mujer', '1990-03-12', 'mexicana', 'soltera', $4, '', '', '', '', '', 'asistencial', "
    "'honorarios' FROM pacta.institution WHERE code = $1";

TEST_F(OfficeServer, ThePreparedDatabaseBelongsToAnOwnerThatNeverLogsIn) {
    EXPECT_EQ(server->prepared().role_prefix, "pacta_" + server->database() + "_");
    EXPECT_EQ(server->prepared().schema_version, 14);  // numbered alike with SQLite's
    auto dba = server->as_dba();
    const auto owner = dba.exec("SELECT r.rolcanlogin, r.rolcreaterole FROM pg_namespace n JOIN pg_roles r ON "
                                "r.oid = n.nspowner WHERE n.nspname = 'pacta'");
    ASSERT_EQ(owner.rows(), 1);
    EXPECT_EQ(owner.text(0, 0), "f");
    const auto forced = dba.exec("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE n.nspname = 'pacta' AND c.relkind = 'r' AND c.relforcerowsecurity");
    EXPECT_GE(forced.integer(0, 0), 18);
    const auto ana = dba.exec("SELECT rolpassword LIKE 'SCRAM-SHA-256$%', rolcreaterole, rolsuper FROM pg_authid "
                              "WHERE rolname = $1", {server->prepared().administrator});
    ASSERT_EQ(ana.rows(), 1) << "pg_authid needs a superuser to read; the fixture's DBA is one";
    EXPECT_EQ(ana.text(0, 0), "t");
    EXPECT_EQ(ana.text(0, 1), "f");
    EXPECT_EQ(ana.text(0, 2), "f");
    // A second preparation is refused: the schema is there.
    ServerPreparation again;
    again.conninfo = "dbname=" + server->database();
    again.first_administrator = "otro";
    again.password = "x";
    try {
        (void)prepare_server(again);
        ADD_FAILURE() << "prepared twice";
    } catch (const ServerSetupError& e) {
        EXPECT_EQ(e.kind(), ServerSetupError::Kind::already_prepared);
    }
}

TEST_F(OfficeServer, EachUserSeesAndDoesOnlyWhatTheirRoleAndInstitutionAllow) {
    auto admin = server->as("ana");
    EXPECT_EQ(admin.exec("SELECT pacta.current_username()").text(0, 0), "ana");
    for (const char* code : {"gro", "mor"}) {
        admin.exec("INSERT INTO pacta.institution (code, name, country, profile, public_legend, legal_basis, notice_days) "
                   "VALUES ($1, $2, 'MX', 'es_MX', '', '', 30)",
                   {code, std::string("Institución ") + code});
    }
    server->make_user(admin, "rosa", "capturista", "gro");
    server->make_user(admin, "rita", "revisor_juridico", "");
    server->make_user(admin, "raul", "capturista,revisor_juridico", "");
    admin.exec(staff_insert, {"mor", "Marta", "Ortiz", "OIMM900312MMSRRR03"});

    auto rosa = server->as("rosa");
    rosa.exec(staff_insert, {"gro", "Rosa", "Ramírez", "RACR920514MDFMRS05"});
    // Her person is in the trail in her name, as one row of the statement that created it,
    // without what the search derives.
    const auto created = admin.exec("SELECT actor, action, after_json, prev_hash = (SELECT hash FROM pacta.audit_log p "
                                    "WHERE p.id = l.id - 1) FROM pacta.audit_log l WHERE entity = 'personal' AND "
                                    "entity_id = 'RACR920514MDFMRS05'");
    ASSERT_EQ(created.rows(), 1);
    EXPECT_EQ(created.text(0, 0), "rosa");
    EXPECT_EQ(created.text(0, 1), "crear");
    EXPECT_NE(created.text(0, 2).find("\"given_names\": \"Rosa\""), std::string::npos) << created.text(0, 2);
    EXPECT_EQ(created.text(0, 2).find("search_"), std::string::npos) << created.text(0, 2);
    EXPECT_EQ(created.text(0, 3), "t");
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
    rosa.exec("INSERT INTO pacta.folio_sequence (institution_id, year, last) SELECT id, 2024, 1 FROM pacta.institution "
              "WHERE code = 'gro'");
    rosa.exec("INSERT INTO pacta.contract (institution_id, year, folio, template_id, staff_id, total_minor, currency, "
              "created_at, drafted_by) SELECT i.id, 2024, 'GRO-2024-0001', t.id, s.id, 6885830, 'MXN', pacta.utc_now(), "
              "'rosa' FROM pacta.institution i, pacta.template t, pacta.staff s WHERE i.code = 'gro' "
              "AND s.curp = 'RACR920514MDFMRS05'");
    // Raúl, clerk and reviewer, corrects the draft: the server records him as its editor.
    auto raul = server->as("raul");
    raul.exec("UPDATE pacta.contract SET budget_account = '42060206' WHERE folio = 'GRO-2024-0001'");
    rosa.exec("UPDATE pacta.contract SET state = 'en_revision' WHERE folio = 'GRO-2024-0001'");
    // Rosa may not approve (not a reviewer), and the table's grants say so before the trigger.
    EXPECT_THROW(rosa.exec("UPDATE pacta.contract SET state = 'aprobado' WHERE folio = 'GRO-2024-0001'"), pg::ServerError);
    auto rita = server->as("rita");
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
    // The legal reviewer lists people without their personal data, which the server will not
    // give her even through psql.
    pg::PgStaffRepository reviewer_staff(rita);
    const auto listed = reviewer_staff.all();
    ASSERT_FALSE(listed.empty());
    EXPECT_TRUE(listed.front().domicile.empty());
    EXPECT_TRUE(listed.front().rfc.empty());
    EXPECT_FALSE(listed.front().curp.empty());
    const auto personal = server->psql("rita", "SELECT birth_date FROM pacta.staff;");
    EXPECT_NE(personal.first, 0);
    EXPECT_NE(personal.second.find("permission denied"), std::string::npos) << personal.second;
    // Nor through what the search matches: the tax numbers are kept apart from what she reads.
    admin.exec("UPDATE pacta.staff SET rfc = 'RACR920514AB1' WHERE curp = 'RACR920514MDFMRS05'");
    EXPECT_EQ(rita.exec("SELECT count(*) FROM pacta.staff WHERE search_text LIKE '%racr920514ab1%'").integer(0, 0), 0);
    const auto tax = server->psql("rita", "SELECT search_private FROM pacta.staff;");
    EXPECT_NE(tax.first, 0);
    EXPECT_NE(tax.second.find("permission denied"), std::string::npos) << tax.second;
    EXPECT_TRUE(reviewer_staff.search("RACR920514AB1", 10).empty());
    EXPECT_EQ(pg::PgStaffRepository(admin).search("RACR920514AB1", 10).size(), 1U);
    // Asking the owner's search function directly for tax numbers finds nothing either.
    EXPECT_EQ(rita.exec("SELECT count(*) FROM pacta.staff_matching(ARRAY['racr920514ab1'], true)").integer(0, 0), 0);
    EXPECT_EQ(admin.exec("SELECT count(*) FROM pacta.staff_matching(ARRAY['racr920514ab1'], true)").integer(0, 0), 1);
    // Not a legal move, whoever asks.
    EXPECT_THROW(rita.exec("UPDATE pacta.contract SET state = 'vigente' WHERE folio = 'GRO-2024-0001'"), pg::ServerError);

    // What a capturista's psql session cannot do.
    const auto changed = server->psql("rosa", "UPDATE pacta.contract SET total_minor = 1 WHERE folio = 'GRO-2024-0001';");
    EXPECT_NE(changed.first, 0);
    EXPECT_NE(changed.second.find("frozen"), std::string::npos) << changed.second;
    const auto other = server->psql("rosa", "SELECT 1 / (SELECT count(*) FROM pacta.staff WHERE curp = 'OIMM900312MMSRRR03')::int;");
    EXPECT_NE(other.first, 0) << "Rosa read a person of another institution";
    EXPECT_NE(other.second.find("division by zero"), std::string::npos) << other.second;
    // Not through the search function that runs as the owner either.
    EXPECT_EQ(rosa.exec("SELECT count(*) FROM pacta.staff_matching(ARRAY['oimm900312'], false)").integer(0, 0), 0);
    EXPECT_EQ(admin.exec("SELECT count(*) FROM pacta.staff_matching(ARRAY['oimm900312'], false)").integer(0, 0), 1);
    const auto inserted = server->psql("rosa", "INSERT INTO pacta.audit_log (id, at, actor, action, entity, entity_id, prev_hash, "
                                       "hash) VALUES (1000, 'x', 'rosa', 'crear', 'x', 'x', repeat('0', 64), repeat('0', 64));");
    EXPECT_NE(inserted.first, 0);
    EXPECT_NE(inserted.second.find("permission denied"), std::string::npos) << inserted.second;
    const auto deleted = server->psql("rosa", "DELETE FROM pacta.audit_log;");
    EXPECT_NE(deleted.first, 0);
    EXPECT_NE(deleted.second.find("permission denied"), std::string::npos) << deleted.second;
    const auto role = server->psql("rosa", "CREATE ROLE intruso LOGIN;");
    EXPECT_NE(role.first, 0);
    EXPECT_NE(role.second.find("permission denied"), std::string::npos) << role.second;
    const auto through_function = server->psql("rosa", "SELECT pacta.create_user('intruso', 'SCRAM-SHA-256$x', "
                                               "ARRAY['administrador'], ARRAY[]::text[]);");
    EXPECT_NE(through_function.first, 0);
    EXPECT_NE(through_function.second.find("permission denied"), std::string::npos) << through_function.second;
    // Nor can she fake a Pacta group with a temporary table that shadows pg_roles to take over
    // the administrator's login, insert a contract already approved, mark money paid, or
    // write someone else's name in a contract's history.
    const auto shadowed = server->psql(
        "rosa", "CREATE TEMP TABLE pg_roles AS SELECT '" + server->prepared().role_prefix +
                    "administrador'::name AS rolname, oid FROM pg_catalog.pg_roles WHERE rolname = current_user;\n"
                    "SELECT pacta.set_user_password('ana', 'SCRAM-SHA-256$4096:AAAA$AAAA:AAAA');");
    EXPECT_NE(shadowed.first, 0);
    EXPECT_NE(shadowed.second.find("only a Pacta administrator manages users"), std::string::npos) << shadowed.second;
    const auto insert_contract = [&](const std::string& folio) {
        return server->psql("rosa", "INSERT INTO pacta.contract (institution_id, year, folio, template_id, total_minor, "
                                    "currency, created_at, state, drafted_by) SELECT i.id, 2024, '" + folio +
                                        "', t.id, 1, 'MXN', pacta.utc_now(), 'aprobado', 'ana' FROM pacta.institution i, "
                                        "pacta.template t WHERE i.code = 'gro';");
    };
    // Nor take folios: another institution's, or her own ahead of its counter.
    for (const auto* squatted : {"OTRA-2024-0001", "GRO-2024-0999"}) {
        const auto taken = insert_contract(squatted);
        EXPECT_NE(taken.first, 0) << squatted;
        EXPECT_NE(taken.second.find("is not the next of its institution"), std::string::npos) << taken.second;
    }
    const auto counter = rosa.exec("INSERT INTO pacta.folio_sequence (institution_id, year, last) SELECT id, 2024, 1 "
                                   "FROM pacta.institution WHERE code = 'gro' ON CONFLICT (institution_id, year) DO "
                                   "UPDATE SET last = pacta.folio_sequence.last + 1 RETURNING last");
    char number[16];
    std::snprintf(number, sizeof number, "%04lld", static_cast<long long>(counter.integer(0, 0)));
    const std::string next = std::string("GRO-2024-") + number;
    const auto inserted_draft = insert_contract(next);
    ASSERT_EQ(inserted_draft.first, 0) << inserted_draft.second;
    const auto born = rosa.exec("SELECT state, drafted_by FROM pacta.contract WHERE folio = $1", {next});
    ASSERT_EQ(born.rows(), 1);
    EXPECT_EQ(born.text(0, 0), "borrador");
    EXPECT_EQ(born.text(0, 1), "rosa");
    const auto paid = server->psql("rosa", "UPDATE pacta.instalment SET state = 'pagado';");
    EXPECT_NE(paid.first, 0);
    EXPECT_NE(paid.second.find("permission denied"), std::string::npos) << paid.second;
    rosa.exec("INSERT INTO pacta.contract_move (contract_id, at, actor, from_state, to_state) SELECT id, 'ayer', 'ana', "
              "'borrador', 'borrador' FROM pacta.contract WHERE folio = '" + next + "'");
    const auto moved = rosa.exec("SELECT m.actor, m.at <> 'ayer' FROM pacta.contract_move m JOIN pacta.contract c ON "
                                 "c.id = m.contract_id WHERE c.folio = $1", {next});
    ASSERT_EQ(moved.rows(), 1);
    EXPECT_EQ(moved.text(0, 0), "rosa");
    EXPECT_EQ(moved.text(0, 1), "t");
    // The office's own templates: every desk reads them; only administrators change them,
    // and the server names who did and when, whatever the client wrote.
    const auto planted = server->psql("rosa", "INSERT INTO pacta.office_template (file_name, source, sha256) VALUES "
                                              "('trampa.md', 'x', repeat('0', 64));");
    EXPECT_NE(planted.first, 0);
    EXPECT_NE(planted.second.find("permission denied"), std::string::npos) << planted.second;
    admin.exec("INSERT INTO pacta.office_template (file_name, source, sha256, saved_by, saved_at) VALUES "
               "('oficina.md', '@plantilla oficina', repeat('a', 64), 'otra persona', 'ayer')");
    const auto kept = rosa.exec("SELECT saved_by, saved_at <> 'ayer' FROM pacta.office_template WHERE file_name = 'oficina.md'");
    ASSERT_EQ(kept.rows(), 1);
    EXPECT_EQ(kept.text(0, 0), "ana");
    EXPECT_EQ(kept.text(0, 1), "t");
    EXPECT_THROW(admin.exec("INSERT INTO pacta.office_template (file_name, source, sha256) VALUES "
                            "('../fuera.md', 'x', repeat('a', 64))"),
                 pg::ServerError);
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

// A review checklist point is only ever retired, once, in the server's name: a reviewer with
// psql can neither reword one that contracts confirmed, nor sign its retirement as someone
// else, nor put it back.
TEST_F(OfficeServer, AChecklistPointIsOnlyRetiredOnceAndInTheReviewersName) {
    auto admin = server->as("ana");
    server->make_user(admin, "rebeca", "revisor_juridico", "");
    auto rebeca = server->as("rebeca");
    rebeca.exec("INSERT INTO pacta.review_checklist_item (template_code, position, text, created_by, created_at) "
                "VALUES ('lista-servidor', 1, 'Cita el fundamento', '', '')");
    const auto reworded = server->psql("rebeca", "UPDATE pacta.review_checklist_item SET text = 'otro' "
                                                 "WHERE template_code = 'lista-servidor';");
    EXPECT_NE(reworded.first, 0);
    EXPECT_NE(reworded.second.find("permission denied"), std::string::npos) << reworded.second;
    EXPECT_EQ(rebeca.exec("UPDATE pacta.review_checklist_item SET retired_by = 'ana', retired_at = 'ayer' "
                          "WHERE template_code = 'lista-servidor'").affected(), 1);
    const auto retired = admin.exec("SELECT retired_by, retired_at <> 'ayer' FROM pacta.review_checklist_item "
                                    "WHERE template_code = 'lista-servidor'");
    ASSERT_EQ(retired.rows(), 1);
    EXPECT_EQ(retired.text(0, 0), "rebeca");
    EXPECT_EQ(retired.text(0, 1), "t");
    const auto back = server->psql("rebeca", "UPDATE pacta.review_checklist_item SET retired_by = '' "
                                             "WHERE template_code = 'lista-servidor';");
    EXPECT_NE(back.first, 0);
    EXPECT_NE(back.second.find("only ever retired, once"), std::string::npos) << back.second;
}

}  // namespace
}  // namespace pacta::db
