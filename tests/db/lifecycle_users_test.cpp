// Accounts and the contract lifecycle in SQLite: the first-administrator rule in one
// transaction, lockout counting, moves with their history and audit rows, stale moves,
// frozen content enforced by the file itself, and the upgrade of a version-4 database.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pacta/db/audit.h"
#include "pacta/db/contract_lifecycle_repository.h"
#include "pacta/db/contract_repository.h"
#include "pacta/db/database.h"
#include "pacta/db/institution_repository.h"
#include "pacta/db/open.h"
#include "pacta/db/review_repository.h"
#include "pacta/db/schema.h"
#include "pacta/db/staff_repository.h"
#include "pacta/db/statement.h"
#include "pacta/db/user_repository.h"
#include "sample_office.h"

namespace pacta::db {
namespace {

namespace d = domain;

using testing_support::count;

d::UserAccount user(const std::string& name, std::set<d::Role> roles) {
    d::UserAccount u;
    u.username = name;
    u.roles = std::move(roles);
    return u;
}

const std::string password = "clave-de-prueba-1";

// An institution, a person and a draft contract.
std::string seed(Database& db) {
    testing_support::store_office_and_person(db, "prueba");
    d::NewContract c = testing_support::sample_draft(testing_support::sample_rosa().curp);
    c.data_json = R"({"a":1})";
    c.signing_date = testing_support::iso("2024-01-29");
    c.start = testing_support::iso("2024-02-01");
    c.end = testing_support::iso("2024-06-30");
    c.schedule = d::build_schedule(d::Money(300'00, d::Currency::MXN), 3, *d::Date::from_ymd(2024, 2, 1),
                                   *d::Date::from_ymd(2024, 4, 30), d::ScheduleRule::equal, {}, {});
    return SqliteContractRepository(db).create(c, "ana");
}

TEST(Users, TheFirstAdministratorOnlyWhileThereAreNoUsers) {
    auto db = open_pacta_database(":memory:", "test");
    SqliteUserRepository users(db);
    EXPECT_EQ(users.count(), 0U);
    EXPECT_TRUE(users.create(user("ana", {d::Role::administrador}), password, true, "ana"));
    EXPECT_FALSE(users.create(user("eva", {d::Role::administrador}), password, true, "eva"));
    EXPECT_EQ(users.count(), 1U);
    EXPECT_TRUE(users.create(user("rita", {d::Role::revisor_juridico}), password, false, "ana"));
    EXPECT_THROW(users.create(user("rita", {d::Role::finanzas}), password, false, "ana"), DatabaseError);
    const auto rita = users.find("rita");
    ASSERT_TRUE(rita);
    EXPECT_EQ(rita->roles, std::set<d::Role>{d::Role::revisor_juridico});
    // The audit trail names who created each account, never the password hash.
    EXPECT_EQ(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'usuario' AND action = 'crear'"), 2);
    EXPECT_EQ(count(db, "SELECT count(*) FROM audit_log WHERE after_json LIKE '%argon2%'"), 0);
}

// Credentials are the engine's business: SQLite keeps an Argon2id hash, never the password,
// and only answers whether a password matches.
TEST(Users, TheEngineKeepsAnArgon2idHashAndOnlyAnswersWhetherAPasswordMatches) {
    auto db = open_pacta_database(":memory:", "test");
    SqliteUserRepository users(db);
    ASSERT_TRUE(users.create(user("ana", {d::Role::administrador}), "clave-de-ana-1", true, "ana"));
    Statement hash(db, "SELECT password_hash FROM app_user WHERE username = 'ana'");
    ASSERT_TRUE(hash.step());
    EXPECT_EQ(hash.column_text(0).rfind("$argon2id$", 0), 0U);
    EXPECT_EQ(hash.column_text(0).find("clave-de-ana-1"), std::string::npos);
    EXPECT_TRUE(users.password_matches("ana", "clave-de-ana-1"));
    EXPECT_FALSE(users.password_matches("ana", "clave-de-ana-2"));
    EXPECT_FALSE(users.password_matches("nadie", "clave-de-ana-1"));
    ASSERT_TRUE(users.reset_password("ana", "clave-nueva-de-ana", "ana"));
    EXPECT_FALSE(users.password_matches("ana", "clave-de-ana-1"));
    EXPECT_TRUE(users.password_matches("ana", "clave-nueva-de-ana"));
    EXPECT_EQ(count(db, "SELECT count(*) FROM audit_log WHERE coalesce(after_json, '') || coalesce(before_json, '') "
                        "LIKE '%clave-%de-ana%'"),
              0);
}

TEST(Users, FiveFailuresInARowLockAndAResetUnlocks) {
    auto db = open_pacta_database(":memory:", "test");
    SqliteUserRepository users(db);
    users.create(user("ana", {d::Role::administrador}), password, true, "ana");
    users.create(user("carlos", {d::Role::capturista}), password, false, "ana");
    // An attempt as presentation::log_in makes it: admitted (and counted) first, then finished.
    const auto attempt = [&users](const std::string& name, bool success) {
        EXPECT_EQ(users.admit_login(name), d::LoginAdmission::admitted) << name;
        return users.finish_login(name, success);
    };
    for (int i = 1; i <= 4; ++i) EXPECT_FALSE(attempt("carlos", false)->locked);
    EXPECT_EQ(attempt("carlos", true)->failed_logins, 0);  // a success in between starts over
    for (int i = 1; i <= 4; ++i) (void)attempt("carlos", false);
    EXPECT_TRUE(attempt("carlos", false)->locked);
    EXPECT_TRUE(users.find("carlos")->locked);
    // Locked: the next attempt is not admitted, so its password is never checked.
    EXPECT_EQ(users.admit_login("carlos"), d::LoginAdmission::locked);
    EXPECT_TRUE(users.reset_password("carlos", "otra-clave-nueva", "ana"));
    EXPECT_FALSE(users.find("carlos")->locked);
    EXPECT_EQ(users.find("carlos")->failed_logins, 0);
    EXPECT_EQ(users.admit_login("nadie"), d::LoginAdmission::unknown);
    EXPECT_EQ(users.finish_login("nadie", false), std::nullopt);
    // Nine failures and the success that cleared four of them; a plain success writes nothing.
    EXPECT_EQ(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'sesion'"), 10);
    (void)attempt("carlos", true);
    EXPECT_EQ(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'sesion'"), 10);
    // The attempt is counted before the check: one that dies before finishing stays counted.
    for (int i = 1; i <= 5; ++i) EXPECT_EQ(users.admit_login("carlos"), d::LoginAdmission::admitted);
    EXPECT_EQ(users.admit_login("carlos"), d::LoginAdmission::locked);
    ASSERT_TRUE(users.set_active("carlos", false, "ana"));
    EXPECT_EQ(users.admit_login("carlos"), d::LoginAdmission::inactive);
    EXPECT_TRUE(SqliteAuditTrail(db).verify().intact);
}

TEST(Lifecycle, MovesAreStoredWithHistoryAuditAndSignedDocument) {
    auto db = open_pacta_database(":memory:", "test");
    const auto folio = seed(db);
    SqliteContractLifecycleRepository repo(db);
    auto status = repo.status(folio);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->state, d::ContractState::borrador);
    EXPECT_EQ(status->drafted_by, "ana");
    repo.save_move({folio, d::ContractState::borrador, d::ContractState::en_revision, "", std::nullopt}, "ana");
    repo.save_move({folio, d::ContractState::en_revision, d::ContractState::aprobado, "", std::nullopt}, "rita");
    d::SignedDocument doc{"/tmp/firmado.pdf", std::string(64, 'a'), true, true, {{"Rosa", "CN=Rosa", "2024-01-29T10:00:00", true}}};
    repo.save_move({folio, d::ContractState::aprobado, d::ContractState::firmado, "", doc}, "ana");
    // A move checked against a state that is no longer the stored one changes nothing.
    EXPECT_THROW(repo.save_move({folio, d::ContractState::aprobado, d::ContractState::cancelado, "x", std::nullopt}, "ana"),
                 d::StaleContractState);
    EXPECT_EQ(repo.status(folio)->state, d::ContractState::firmado);
    const auto history = repo.history(folio);
    ASSERT_EQ(history.size(), 3U);
    EXPECT_EQ(history[1].actor, "rita");
    EXPECT_EQ(history[1].to, d::ContractState::aprobado);
    const auto docs = repo.signed_documents(folio);
    ASSERT_EQ(docs.size(), 1U);
    EXPECT_EQ(docs[0].signers.at(0).name, "Rosa");
    EXPECT_TRUE(docs[0].matches_generated);
    Statement last(db, "SELECT actor, after_json FROM audit_log WHERE entity = 'contrato' ORDER BY id DESC LIMIT 1");
    ASSERT_TRUE(last.step());
    EXPECT_EQ(last.column_text(0), "ana");
    const auto after = nlohmann::json::parse(last.column_text(1));
    EXPECT_EQ(after["estado"], "firmado");
    EXPECT_EQ(after["documento_firmado"]["firmantes"][0]["nombre"], "Rosa");
    EXPECT_TRUE(SqliteAuditTrail(db).verify().intact);
    EXPECT_EQ(repo.due_for_date_moves(*d::Date::from_ymd(2100, 1, 1)).size(), 1U);
}

TEST(Lifecycle, TheFileItselfRefusesChangesToApprovedOrSignedContracts) {
    auto db = open_pacta_database(":memory:", "test");
    const auto folio = seed(db);
    SqliteContractLifecycleRepository repo(db);
    SqliteContractRepository contracts(db);
    // A draft changes.
    auto changed = testing_support::sample_draft(testing_support::sample_rosa().curp);
    changed.data_json = R"({"a":2})";
    changed.signing_date = testing_support::iso("2024-01-29");
    changed.schedule = d::build_schedule(d::Money(300'00, d::Currency::MXN), 3, *d::Date::from_ymd(2024, 2, 1),
                                         *d::Date::from_ymd(2024, 4, 30), d::ScheduleRule::equal, {}, {});
    contracts.revise(folio, changed, "ana");
    EXPECT_EQ(contracts.find(folio)->data_json, R"({"a":2})");
    repo.save_move({folio, d::ContractState::borrador, d::ContractState::en_revision, "", std::nullopt}, "ana");
    repo.save_move({folio, d::ContractState::en_revision, d::ContractState::aprobado, "", std::nullopt}, "rita");
    changed.data_json = R"({"a":3})";
    EXPECT_THROW(contracts.revise(folio, changed, "ana"), DatabaseError);
    EXPECT_THROW(db.execute("UPDATE contract SET data_json = '{}'"), DatabaseError);
    EXPECT_THROW(db.execute("INSERT INTO contract_signatory VALUES (1, 'testigo', 1)"), DatabaseError);
    EXPECT_THROW(db.execute("DELETE FROM instalment"), DatabaseError);
    EXPECT_THROW(db.execute("UPDATE contract_move SET actor = 'otro'"), DatabaseError);
    EXPECT_EQ(contracts.find(folio)->data_json, R"({"a":2})");
    // An ended contract's state is final in the file too.
    repo.save_move({folio, d::ContractState::aprobado, d::ContractState::cancelado, "sin presupuesto", std::nullopt}, "ana");
    EXPECT_THROW(db.execute("UPDATE contract SET state = 'borrador'"), DatabaseError);
}

// A draft is revised in one transaction (data, dates, signatories, schedule, audit row);
// not once an instalment has moved, and not after approval. A refusal changes nothing.
TEST(Lifecycle, ADraftIsRevisedWholeOrNotAtAll) {
    auto db = open_pacta_database(":memory:", "test");
    const auto folio = seed(db);
    SqliteContractRepository contracts(db);
    d::NewContract c = testing_support::sample_draft(testing_support::sample_rosa().curp);
    c.data_json = R"({"a":2})";
    c.total = domain::Money(400'00, domain::Currency::MXN);
    c.signing_date = testing_support::iso("2024-01-30");
    c.start = testing_support::iso("2024-02-01");
    c.end = testing_support::iso("2024-05-31");
    c.schedule = d::build_schedule(d::Money(400'00, d::Currency::MXN), 4, *d::Date::from_ymd(2024, 2, 1),
                                   *d::Date::from_ymd(2024, 5, 31), d::ScheduleRule::equal, {}, {});
    const auto audit_before = SqliteAuditTrail(db).verify().rows;
    contracts.revise(folio, c, "carlos");
    const auto revised = contracts.find(folio);
    EXPECT_EQ(revised->data_json, R"({"a":2})");
    EXPECT_EQ(revised->total.minor_units(), 400'00);
    EXPECT_EQ(revised->end, testing_support::iso("2024-05-31"));
    std::int64_t instalments = 0;
    {
        Statement count(db, "SELECT count(*) FROM instalment");
        count.step();
        instalments = count.column_int(0);
    }
    EXPECT_EQ(instalments, 4);
    // The contract's row and the schedule's, as «pagos calendario» writes it.
    EXPECT_EQ(SqliteAuditTrail(db).verify().rows, audit_before + 2);
    EXPECT_EQ(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'calendario' AND actor = 'carlos'"), 1);
    EXPECT_TRUE(SqliteAuditTrail(db).verify().intact);

    // An instalment that moved keeps the schedule, and the whole revision is refused.
    db.execute("UPDATE instalment SET state = 'suspendido', reason = 'licencia' WHERE number = 1");
    c.data_json = R"({"a":3})";
    EXPECT_THROW(contracts.revise(folio, c, "carlos"), DatabaseError);
    EXPECT_EQ(contracts.find(folio)->data_json, R"({"a":2})");
    db.execute("UPDATE instalment SET state = 'pendiente', reason = '' WHERE number = 1");

    SqliteContractLifecycleRepository repo(db);
    repo.save_move({folio, d::ContractState::borrador, d::ContractState::en_revision, "", std::nullopt}, "ana");
    repo.save_move({folio, d::ContractState::en_revision, d::ContractState::aprobado, "", std::nullopt}, "rita");
    EXPECT_THROW(contracts.revise(folio, c, "carlos"), DatabaseError);
    EXPECT_EQ(contracts.find(folio)->data_json, R"({"a":2})");
}

TEST(Lifecycle, AmendmentsAreNumberedUnderTheOriginalAndKeepTheNumberingOfContracts) {
    auto db = open_pacta_database(":memory:", "test");
    const auto folio = seed(db);
    SqliteContractRepository contracts(db);
    d::NewContract amendment;
    amendment.institution_code = "imss-gro";
    amendment.template_code = "convenio";
    amendment.template_source = "@plantilla convenio";
    amendment.staff_key = "RACR920514MDFMRS05";
    amendment.data_json = "{}";
    amendment.signing_date = testing_support::iso("2024-04-01");
    amendment.amends = folio;
    EXPECT_EQ(contracts.create(amendment, "ana"), folio + "-CM1");
    EXPECT_EQ(contracts.create(amendment, "ana"), folio + "-CM2");
    const auto original = contracts.find(folio);
    EXPECT_EQ(original->amendments, (std::vector<std::string>{folio + "-CM1", folio + "-CM2"}));
    EXPECT_EQ(contracts.find(folio + "-CM2")->amends, folio);
    // The next contract of the year is 0002, whatever amendments exist.
    d::NewContract next = amendment;
    next.amends.clear();
    EXPECT_EQ(contracts.create(next, "ana"), "IMSS-GRO-2024-0002");
}

// A database left at schema 4 with data (contracts, audit rows) upgrades to the current
// schema: the rows stay, every hash in the audit chain still verifies, contracts are drafts
// drafted by nobody known, and the new audit actions are accepted.
TEST(Lifecycle, AVersionFourDatabaseWithDataUpgrades) {
    Database db(":memory:");
    db.execute("PRAGMA foreign_keys = ON");
    migrate(db, "0.4.0", 4);
    ASSERT_EQ(db.user_version(), 4);
    std::string folio;
    {
        domain::Institution office;
        office.code = "imss-gro";
        office.name = "IMSS-Bienestar Guerrero";
        SqliteInstitutionRepository(db).save(office, "antes");
        // As Pacta wrote staff at schema 4: a row, indexed for search by its trigger.
        db.execute("INSERT INTO staff (given_names, first_surname, second_surname, sex, birth_date, nationality, "
                   "civil_status, curp, domicile, phone, email, bank_account, profession, category, regime) VALUES "
                   "('Rosa', 'Ramírez', '', 'mujer', '1992-05-14', '', '', 'RACR920514MDFMRS05', '', '', '', '', '', "
                   "'administrativo', 'honorarios')");
        db.execute("INSERT INTO template (code, version, title, source, sha256, created_at) VALUES ('t', 1, 't', 'x', "
                   "'" + std::string(64, 'b') + "', '2024-01-01T00:00:00Z')");
        db.execute("INSERT INTO contract (institution_id, year, folio, template_id, staff_id, data_json, total_minor, "
                   "currency, created_at) VALUES (1, 2024, 'IMSS-GRO-2024-0001', 1, 1, '{}', 100, 'MXN', '2024-01-01')");
    }
    const auto before = SqliteAuditTrail(db).verify();
    ASSERT_TRUE(before.intact);
    ASSERT_GT(before.rows, 0U);
    migrate(db, "0.5.0");
    EXPECT_EQ(db.user_version(), current_schema_version());
    const auto after = SqliteAuditTrail(db).verify();
    EXPECT_TRUE(after.intact);
    EXPECT_EQ(after.rows, before.rows);
    EXPECT_EQ(after.latest_hash, before.latest_hash);
    EXPECT_EQ(db.integrity_check(), "ok");
    const auto status = SqliteContractLifecycleRepository(db).status("IMSS-GRO-2024-0001");
    ASSERT_TRUE(status);
    EXPECT_EQ(status->state, d::ContractState::borrador);
    EXPECT_EQ(status->drafted_by, "");
    SqliteAuditLog(db).record({"ana", "consultar", "persona", "RACR920514MDFMRS05", std::nullopt, "{}"});
    EXPECT_TRUE(SqliteAuditTrail(db).verify().intact);
    EXPECT_THROW(db.execute("DELETE FROM audit_log"), DatabaseError);
}

}  // namespace
}  // namespace pacta::db

namespace pacta::db {
namespace {

// The clause library and review comments: wording never changes, status only moves
// forward, comments are never rewritten, and every change is audited.
TEST(Review, ClauseVersionsAreImmutableAndTheirStatusMovesForward) {
    auto db = open_pacta_database(":memory:", "test");
    SqliteClauseLibrary library(db);
    domain::LibraryClause c;
    c.key = "confidencialidad";
    c.title = "Confidencialidad";
    c.text = "No divulgar.";
    EXPECT_EQ(library.add(c, "rita"), 1);
    c.text = "No divulgar nada.";
    EXPECT_EQ(library.add(c, "rita"), 2);
    EXPECT_THROW(db.execute("UPDATE clause SET text = 'otra' WHERE version = 1"), DatabaseError);
    EXPECT_TRUE(library.approved().empty());
    EXPECT_TRUE(library.set_status("confidencialidad", 1, domain::ClauseStatus::borrador, domain::ClauseStatus::aprobada, "dual"));
    EXPECT_TRUE(library.set_status("confidencialidad", 2, domain::ClauseStatus::borrador, domain::ClauseStatus::aprobada, "dual"));
    // A stale "from" changes nothing; the file refuses going back.
    EXPECT_FALSE(library.set_status("confidencialidad", 1, domain::ClauseStatus::borrador, domain::ClauseStatus::retirada, "x"));
    EXPECT_THROW(db.execute("UPDATE clause SET status = 'borrador' WHERE version = 1"), DatabaseError);
    ASSERT_EQ(library.approved().size(), 1U);
    EXPECT_EQ(library.approved()[0].version, 2);
    EXPECT_EQ(library.find("confidencialidad", std::nullopt)->version, 2);
    EXPECT_EQ(library.find("confidencialidad", 1)->decided_by, "dual");
    EXPECT_EQ(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'clausula'"), 4);
}

TEST(Review, CommentsAndChecklistsBelongToAContract) {
    auto db = open_pacta_database(":memory:", "test");
    const auto folio = seed(db);
    SqliteReviewComments comments(db);
    const auto id = comments.add(folio, "objeto", "Precisar", "rita");
    EXPECT_THROW(comments.add("NO-EXISTE", "objeto", "x", "rita"), DatabaseError);
    EXPECT_THROW(db.execute("UPDATE review_comment SET text = 'otro'"), DatabaseError);
    EXPECT_TRUE(comments.resolve(id, "Hecho", "ana"));
    EXPECT_FALSE(comments.resolve(id, "Otra vez", "ana"));
    const auto listed = comments.for_contract(folio);
    ASSERT_EQ(listed.size(), 1U);
    EXPECT_TRUE(listed[0].resolved);
    EXPECT_EQ(listed[0].resolution, "Hecho");
    SqliteReviewChecklist checklist(db);
    EXPECT_EQ(checklist.add_item("t", "Poderes vigentes", "rita"), 1);
    EXPECT_EQ(checklist.add_item("t", "Cuenta presupuestal", "rita"), 2);
    auto items = checklist.items("t", folio);
    ASSERT_EQ(items.size(), 2U);
    EXPECT_FALSE(items[0].checked);
    EXPECT_TRUE(checklist.check(folio, items[0].id, "rita"));
    EXPECT_FALSE(checklist.check(folio, items[0].id, "rita"));
    items = checklist.items("t", folio);
    EXPECT_TRUE(items[0].checked);
    EXPECT_EQ(items[0].checked_by, "rita");
    EXPECT_FALSE(items[1].checked);
    // A point is only ever retired, once: never reworded, renumbered or put back.
    EXPECT_THROW(db.execute("UPDATE review_checklist_item SET text = 'otro'"), DatabaseError);
    EXPECT_TRUE(checklist.retire_item("t", items[1].id, "rita"));
    EXPECT_THROW(db.execute("UPDATE review_checklist_item SET retired_by = '' WHERE position = 2"), DatabaseError);
    EXPECT_THROW(db.execute("UPDATE review_checklist_item SET retired_by = 'otra' WHERE position = 2"), DatabaseError);
    EXPECT_TRUE(SqliteAuditTrail(db).verify().intact);
}

}  // namespace
}  // namespace pacta::db
