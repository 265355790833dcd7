// Signatories kept by code when an institution is saved again (contracts keep pointing at
// them), and long work stopped half-way leaving nothing behind: a cancelled import stores
// nobody, a cancelled backup leaves no file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "pacta/db/backup.h"
#include "pacta/db/contract_repository.h"
#include "pacta/db/database.h"
#include "pacta/db/institution_repository.h"
#include "pacta/db/open.h"
#include "pacta/db/staff_repository.h"
#include "pacta/db/statement.h"
#include "pacta/domain/finding.h"
#include "sample_office.h"

namespace pacta::db {
namespace {

namespace d = domain;
namespace fs = std::filesystem;

using testing_support::count;

d::Signatory signatory(const std::string& code, const std::string& name) {
    d::Signatory s;
    s.code = code;
    s.name = name;
    s.title = "Titular";
    s.valid_from = *d::Date::from_ymd(2024, 1, 1);
    s.roles = {"representante"};
    return s;
}

d::Institution office() {
    d::Institution inst;
    inst.code = "imss-gro";
    inst.name = "IMSS-Bienestar Guerrero";
    inst.signatories = {signatory("rep", "Mauricio Roldán Parra"), signatory("sup", "Laura Díaz")};
    return inst;
}

d::StaffMember person(int n) {
    d::StaffMember m;
    m.given_names = "Persona";
    m.first_surname = "Prueba";
    m.dni = std::to_string(10000000 + n);
    m.birth_date = *d::Date::from_ymd(1990, 1, 1);
    return m;
}

TEST(Signatories, SavingAgainUpdatesThemInPlaceAndRefusesToDropOneAContractNames) {
    auto db = open_pacta_database(":memory:", "test");
    SqliteInstitutionRepository institutions(db);
    testing_support::store_office_and_person(db, "ana", person(1), office());
    domain::NewContract c = testing_support::sample_draft(person(1).key());
    c.signatories = {{"representante", "rep"}};
    const auto folio = SqliteContractRepository(db).create(c, "ana");
    const auto id_before = count(db, "SELECT id FROM signatory WHERE code = 'rep'");

    // New powers for the representative, a new supervisor, the old one dropped.
    auto changed = office();
    changed.signatories[0].powers.deed_number = "45,001";
    changed.signatories[0].roles = {"representante", "juridico"};
    changed.signatories[1] = signatory("sup-2025", "Elena Ruiz");
    institutions.save(changed, "ana");
    EXPECT_EQ(count(db, "SELECT id FROM signatory WHERE code = 'rep'"), id_before);
    const auto back = institutions.find("imss-gro");
    ASSERT_EQ(back->signatories.size(), 2U);
    EXPECT_EQ(back->signatories[0].powers.deed_number, "45,001");
    EXPECT_EQ(back->signatories[0].roles, (std::vector<std::string>{"representante", "juridico"}));
    EXPECT_EQ(back->signatories[1].code, "sup-2025");
    EXPECT_EQ(count(db, "SELECT count(*) FROM contract_signatory cs JOIN signatory s ON s.id = cs.signatory_id "
                        "WHERE s.code = 'rep'"),
              1);

    // Dropping the one the contract names is refused with a rule the user can act on;
    // nothing changes.
    auto dropped = changed;
    dropped.signatories.erase(dropped.signatories.begin());
    dropped.name = "Otro nombre";
    try {
        institutions.save(dropped, "ana");
        FAIL() << "the signatory of " << folio << " was dropped";
    } catch (const d::RuleError& e) {
        EXPECT_EQ(e.finding().code, "institution.signatory_in_use");
        EXPECT_EQ(e.finding().param("code"), "rep");
    }
    EXPECT_EQ(institutions.find("imss-gro")->name, "IMSS-Bienestar Guerrero");
    EXPECT_EQ(count(db, "SELECT count(*) FROM signatory"), 2);
}

TEST(LongWork, ACancelledImportStoresNobody) {
    auto db = open_pacta_database(":memory:", "test");
    SqliteInstitutionRepository(db).save(office(), "ana");
    std::vector<d::StaffMember> people;
    for (int n = 0; n < 1000; ++n) people.push_back(person(n));
    std::vector<std::size_t> heard;
    SqliteStaffRepository staff(db);
    EXPECT_THROW(staff.import(people, "imss-gro", false, "ana",
                              [&](std::size_t done) {
                                  heard.push_back(done);
                                  return done < 512;
                              }),
                 d::Cancelled);
    EXPECT_EQ(heard, (std::vector<std::size_t>{256, 512}));
    EXPECT_EQ(count(db, "SELECT count(*) FROM staff"), 0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'personal'"), 0);
    // Not cancelled: all of them, and the report ends at the total.
    heard.clear();
    staff.import(people, "imss-gro", false, "ana", [&](std::size_t done) {
        heard.push_back(done);
        return true;
    });
    EXPECT_EQ(heard.back(), 1000U);
    EXPECT_EQ(count(db, "SELECT count(*) FROM staff"), 1000);
}

TEST(LongWork, ACancelledBackupLeavesNoFile) {
    const fs::path dir = fs::temp_directory_path() / ("pacta-backup-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    {
        auto db = open_pacta_database(dir / "oficina.sqlite3", "test");
        SqliteInstitutionRepository(db).save(office(), "ana");
        std::vector<d::StaffMember> people;
        for (int n = 0; n < 3000; ++n) people.push_back(person(n));
        SqliteStaffRepository(db).import(people, "imss-gro", false, "ana");
        EXPECT_THROW(create_backup(db, dir / "respaldo.db", [](std::size_t) { return false; }), d::Cancelled);
        EXPECT_FALSE(fs::exists(dir / "respaldo.db"));
        EXPECT_FALSE(fs::exists(dir / "respaldo.db.parcial"));
        EXPECT_FALSE(fs::exists(dir / "respaldo.db.manifiesto"));
        std::size_t last = 0;
        const auto chain = create_backup(db, dir / "respaldo.db", [&](std::size_t percent) {
            last = percent;
            return true;
        });
        EXPECT_EQ(last, 100U);
        EXPECT_TRUE(chain.intact);
        auto copy = open_pacta_database(dir / "respaldo.db", "test");
        EXPECT_EQ(count(copy, "SELECT count(*) FROM staff"), 3000);
        EXPECT_TRUE(fs::exists(dir / "respaldo.db.manifiesto"));
    }
    fs::remove_all(dir);
}

}  // namespace
}  // namespace pacta::db
