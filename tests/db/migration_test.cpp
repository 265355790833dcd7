// Every earlier schema version holding data upgrades to the current one: rows kept, keys
// intact, the audit chain still verifying, and the data usable through today's repositories.
#include <gtest/gtest.h>

#include <string>

#include "pacta/db/audit.h"
#include "pacta/db/contract_repository.h"
#include "pacta/db/database.h"
#include "pacta/db/institution_repository.h"
#include "pacta/db/schema.h"
#include "pacta/db/staff_repository.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"
#include "sample_office.h"

namespace pacta::db {
namespace {

using testing_support::count;

// An office, a unit, a signatory with a role, a person, a template, a contract naming
// both, its generated file and the audit rows, written as Pacta wrote them at version 2
// (every later version accepts the same rows, but for where version 8 keeps a contract's data).
void store_version_two_data(Database& db, int version) {
    db.execute(R"sql(
        INSERT INTO institution (id, code, name, country, profile, public_legend, legal_basis, notice_days)
            VALUES (1, 'imss-gro', 'IMSS-Bienestar Guerrero', 'MX', 'es_MX', 'Versión pública', 'LGTAIP', 15);
        INSERT INTO institution_setting VALUES (1, 'jurisdiccion', 'Acapulco');
        INSERT INTO unit (id, institution_id, code, name, region, cost_centre)
            VALUES (1, 1, 'UMM', 'Unidades móviles', 'Guerrero', '073204');
        INSERT INTO signatory (id, institution_id, code, name, sex, title, deed_number, notary, notary_number,
            registry_folio, valid_from) VALUES (1, 1, 'rep', 'Mauricio Roldán Parra', 'hombre', 'Encargado',
            '44,852', 'Lic. Ruiz', '12', 'F-1', '2024-01-10');
        INSERT INTO signatory_role VALUES (1, 'representante');
        INSERT INTO staff (id, institution_id, given_names, first_surname, second_surname, sex, birth_date,
            nationality, civil_status, curp, domicile, phone, email, bank_account, profession, category, regime,
            unit_id) VALUES (1, 1, 'Rosa', 'Ramírez', 'Núñez', 'mujer', '1992-05-14', 'mexicana', 'soltera',
            'RACR920514MDFMRS05', '', '', '', '', 'Médica', 'asistencial', 'honorarios', 1);
        INSERT INTO template (id, code, version, title, source, sha256, created_at)
            VALUES (1, 'imss-bienestar-honorarios', 1, 'Contrato', '@plantilla imss-bienestar-honorarios',
            'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2024-01-02T10:00:00Z');
    )sql");
    // From version 8 the data a contract is generated from is in a table of its own.
    if (version >= 8) {
        db.execute(R"sql(
        INSERT INTO contract (id, institution_id, year, folio, template_id, staff_id, total_minor, currency,
            signing_date, start_date, end_date, created_at) VALUES (1, 1, 2024, 'IMSS-GRO-2024-0001', 1, 1, 8400000,
            'MXN', '2024-01-15', '2024-01-16', '2024-12-31', '2024-01-15T09:00:00Z');
        INSERT INTO contract_data VALUES (1, '{"contrato":{"importe":"84000.00"}}');
        )sql");
    } else {
        db.execute(R"sql(
        INSERT INTO contract (id, institution_id, year, folio, template_id, staff_id, data_json, total_minor,
            currency, signing_date, start_date, end_date, created_at) VALUES (1, 1, 2024, 'IMSS-GRO-2024-0001', 1,
            1, '{"contrato":{"importe":"84000.00"}}', 8400000, 'MXN', '2024-01-15', '2024-01-16', '2024-12-31',
            '2024-01-15T09:00:00Z');
        )sql");
    }
    db.execute(R"sql(
        INSERT INTO contract_signatory VALUES (1, 'representante', 1);
        INSERT INTO contract_file (contract_id, kind, path, sha256, created_at) VALUES (1, 'completo',
            'contrato.pdf', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', '2024-01-15T09:01:00Z');
    )sql");
    Transaction tx(db);
    AuditWriter audit(db);
    audit.record("antes", "crear", "institucion", "imss-gro", std::nullopt, R"({"nombre":"IMSS-Bienestar Guerrero"})");
    audit.record("antes", "crear", "personal", "RACR920514MDFMRS05", std::nullopt, R"({"nombre":"Rosa"})");
    audit.record("antes", "crear", "contrato", "IMSS-GRO-2024-0001", std::nullopt, "{}");
    audit.record("julia", "actualizar", "contrato", "IMSS-GRO-2024-0001", R"({"importe":"$80,000.00"})",
                 R"({"importe":"$84,000.00"})");
    tx.commit();
}

class EveryEarlierVersion : public testing::TestWithParam<int> {};

TEST_P(EveryEarlierVersion, UpgradesWithItsDataIntact) {
    const int version = GetParam();
    Database db(":memory:");
    db.execute("PRAGMA foreign_keys = ON");
    migrate(db, "antes", version);
    ASSERT_EQ(db.user_version(), version);
    store_version_two_data(db, version);
    if (version >= 3) {
        db.execute("INSERT INTO instalment (contract_id, number, amount_minor, period_start, period_end, due_date) "
                   "VALUES (1, 1, 700000, '2024-01-16', '2024-01-31', '2024-02-05')");
    }
    const auto before = SqliteAuditTrail(db).verify();
    ASSERT_TRUE(before.intact);

    migrate(db, "ahora");
    EXPECT_EQ(db.user_version(), current_schema_version());
    EXPECT_EQ(db.integrity_check(), "ok");
    EXPECT_EQ(count(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    const auto after = SqliteAuditTrail(db).verify();
    EXPECT_TRUE(after.intact);
    EXPECT_EQ(after.rows, before.rows);
    EXPECT_EQ(after.latest_hash, before.latest_hash);
    EXPECT_EQ(count(db, "SELECT count(*) FROM instalment"), version >= 3 ? 1 : 0);
    // The month's sum kept since version 9 holds what was there.
    EXPECT_EQ(count(db, "SELECT coalesce(sum(planned_minor), 0) FROM instalment_month_total WHERE month = '2024-02'"),
              version >= 3 ? 700000 : 0);

    // Version 10 names whoever the trail shows editing a contract: she may not approve it.
    if (version < 10) {
        EXPECT_EQ(count(db, "SELECT count(*) FROM contract_editor WHERE username = 'julia' AND contract_id = 1"), 1);
    }

    // Today's repositories read and extend what was there.
    const auto office = SqliteInstitutionRepository(db).find("imss-gro");
    ASSERT_TRUE(office);
    ASSERT_EQ(office->signatories.size(), 1U);
    EXPECT_EQ(office->signatories[0].roles, std::vector<std::string>{"representante"});
    SqliteStaffRepository staff(db);
    const auto rosa = staff.find("RACR920514MDFMRS05");
    ASSERT_TRUE(rosa);
    EXPECT_EQ(rosa->unit_code, "UMM");
    ASSERT_EQ(staff.search("nunez", 5).size(), 1U);
    const auto contract = SqliteContractRepository(db).find("IMSS-GRO-2024-0001");
    ASSERT_TRUE(contract);
    EXPECT_EQ(contract->total.minor_units(), 8400000);
    domain::StaffMember luis;
    luis.given_names = "Luis";
    luis.first_surname = "Peña";
    luis.dni = "40000001";
    luis.birth_date = *domain::Date::from_ymd(1985, 3, 2);
    EXPECT_EQ(staff.import({luis}, "imss-gro", false, "ahora").created, 1U);
    EXPECT_EQ(staff.search("pena", 5).size(), 1U);
    EXPECT_TRUE(SqliteAuditTrail(db).verify().intact);
}

INSTANTIATE_TEST_SUITE_P(Schema, EveryEarlierVersion, testing::Range(2, current_schema_version()),
                         [](const testing::TestParamInfo<int>& version) { return "v" + std::to_string(version.param); });

}  // namespace
}  // namespace pacta::db
