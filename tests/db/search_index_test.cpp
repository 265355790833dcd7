// The staff search index: filled row by row by triggers for single changes, once per
// import for bulk ones (schema version 7), and the same either way.
#include <gtest/gtest.h>

#include <string>

#include "pacta/db/audit.h"
#include "pacta/db/database.h"
#include "pacta/db/open.h"
#include "pacta/db/schema.h"
#include "pacta/db/staff_repository.h"
#include "pacta/db/statement.h"
#include "pacta/domain/progress.h"
#include "sample_office.h"

namespace pacta::db {
namespace {

namespace d = domain;

using testing_support::count;

d::StaffMember peruvian(int n, const std::string& surname) {
    d::StaffMember m;
    m.given_names = "Lucía";
    m.first_surname = surname;
    m.dni = std::to_string(40000000 + n);
    m.birth_date = *d::Date::from_ymd(1985, 3, 2);
    return m;
}

std::vector<std::string> found_keys(SqliteStaffRepository& staff, const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : staff.search(text, 50)) out.push_back(m.key());
    return out;
}

// What the index holds for every row, as the triggers would write it: the import's bulk
// fill must give exactly this.
std::string index_contents(Database& db) {
    Statement st(db, "SELECT group_concat(rowid || ':' || names || '|' || ids || '|' || unit, ';') FROM "
                     "(SELECT rowid, names, ids, unit FROM staff_search ORDER BY rowid)");
    st.step();
    return st.column_text(0);
}

TEST(SearchIndex, AnImportIndexesItsRowsOnceAndLeavesTheTriggersOn) {
    auto db = open_pacta_database(":memory:", "test");
    testing_support::store_office_and_person(db, "ana");
    SqliteStaffRepository staff(db);
    std::vector<d::StaffMember> batch;
    for (int n = 0; n < 300; ++n) batch.push_back(peruvian(n, n % 2 ? "Núñez" : "Peña"));
    EXPECT_EQ(staff.import(batch, "imss-gro", false, "ana").created, 300U);
    EXPECT_EQ(count(db, "SELECT count(*) FROM staff_search"), 301);
    EXPECT_EQ(count(db, "SELECT deferred FROM search_index_state"), 0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM staff_search WHERE staff_search MATCH 'nunez AND lucia'"), 150);
    EXPECT_EQ(found_keys(staff, "40000007"), std::vector<std::string>{"40000007"});

    // An update through the import replaces the old terms.
    auto renamed = peruvian(7, "Castañeda");
    EXPECT_EQ(staff.import({renamed}, "imss-gro", true, "ana").updated, 1U);
    // Its audit row keeps the changed values before and after, and nothing else.
    const auto last = SqliteAuditTrail(db).latest(1).at(0);
    EXPECT_EQ(last.action, "actualizar");
    EXPECT_NE(last.before_json.value_or("").find("\"/primer_apellido\":\"Núñez\""), std::string::npos);
    EXPECT_NE(last.after_json.value_or("").find("\"/primer_apellido\":\"Castañeda\""), std::string::npos);
    EXPECT_EQ(last.after_json.value_or("").find("curp"), std::string::npos);
    EXPECT_EQ(found_keys(staff, "castaneda"), std::vector<std::string>{"40000007"});
    EXPECT_EQ(count(db, "SELECT count(*) FROM staff_search WHERE staff_search MATCH 'nunez AND lucia'"), 149);

    // A single change outside an import is still indexed by the triggers.
    db.execute("UPDATE staff SET first_surname = 'Ibáñez' WHERE dni = '40000008'");
    EXPECT_EQ(found_keys(staff, "ibanez"), std::vector<std::string>{"40000008"});

    // The bulk fill wrote what the triggers write.
    const auto bulk = index_contents(db);
    db.execute("DELETE FROM staff_search");
    db.execute("INSERT INTO staff_search (rowid, names, ids, unit) SELECT id, names, ids, unit FROM staff_search_source");
    EXPECT_EQ(index_contents(db), bulk);
}

TEST(SearchIndex, ARefusedOrCancelledImportLeavesNeitherRowsNorTermsNorTheFlag) {
    auto db = open_pacta_database(":memory:", "test");
    testing_support::store_office_and_person(db, "ana");
    SqliteStaffRepository staff(db);
    // The second row repeats Rosa's CURP: the whole import is refused.
    auto twin = testing_support::sample_rosa();
    EXPECT_THROW((void)staff.import({peruvian(1, "Peña"), twin}, "imss-gro", false, "ana"), DatabaseError);
    std::vector<d::StaffMember> batch;
    for (int n = 0; n < 600; ++n) batch.push_back(peruvian(n, "Peña"));
    EXPECT_THROW((void)staff.import(batch, "imss-gro", false, "ana", [](std::size_t done) { return done < 512; }),
                 d::Cancelled);
    EXPECT_EQ(count(db, "SELECT count(*) FROM staff"), 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM staff_search"), 1);
    EXPECT_EQ(count(db, "SELECT deferred FROM search_index_state"), 0);
    EXPECT_TRUE(found_keys(staff, "pena").empty());
}

// A database at schema 6 with staff upgrades: the people indexed before stay searchable and
// later imports and edits are indexed.
TEST(SearchIndex, AVersionSixDatabaseWithStaffUpgrades) {
    Database db(":memory:");
    db.execute("PRAGMA foreign_keys = ON");
    migrate(db, "0.6.0", 6);
    ASSERT_EQ(db.user_version(), 6);
    db.execute("INSERT INTO institution (code, name, country, profile, public_legend, legal_basis, notice_days) VALUES ('imss-gro', 'IMSS-Bienestar Guerrero', 'MX', 'es_MX', '', '', 15)");
    db.execute("INSERT INTO staff (given_names, first_surname, second_surname, sex, birth_date, nationality, "
               "civil_status, curp, domicile, phone, email, bank_account, profession, category, regime) VALUES "
               "('Rosa', 'Ramírez', 'Núñez', 'mujer', '1992-05-14', '', '', 'RACR920514MDFMRS05', '', '', '', '', '', "
               "'administrativo', 'honorarios')");
    migrate(db, "0.7.0");
    EXPECT_EQ(db.user_version(), current_schema_version());
    EXPECT_EQ(db.integrity_check(), "ok");
    SqliteStaffRepository staff(db);
    EXPECT_EQ(found_keys(staff, "ramirez nunez"), std::vector<std::string>{"RACR920514MDFMRS05"});
    EXPECT_EQ(staff.import({peruvian(1, "Peña")}, "imss-gro", false, "ana").created, 1U);
    EXPECT_EQ(found_keys(staff, "pena"), std::vector<std::string>{"40000001"});
    db.execute("UPDATE staff SET first_surname = 'Ruiz' WHERE curp = 'RACR920514MDFMRS05'");
    EXPECT_EQ(found_keys(staff, "ruiz"), std::vector<std::string>{"RACR920514MDFMRS05"});
    EXPECT_TRUE(found_keys(staff, "ramirez").empty());
}

}  // namespace
}  // namespace pacta::db
