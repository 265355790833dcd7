#include "pacta/db/instalment_repository.h"

#include <gtest/gtest.h>

#include "pacta/db/contract_repository.h"
#include "pacta/db/database.h"
#include "pacta/db/institution_repository.h"
#include "pacta/db/open.h"
#include "pacta/db/staff_repository.h"
#include "sample_office.h"

namespace pacta::db {
namespace {

namespace d = domain;

d::Date day(int y, unsigned m, unsigned dd) { return *d::Date::from_ymd(y, m, dd); }

class Instalments : public testing::Test {
protected:
    void SetUp() override {
        d::StaffMember m = testing_support::sample_rosa();
        m.unit_code = "UMM";
        testing_support::store_office_and_person(db_, "prueba", m);
        domain::NewContract c = testing_support::sample_draft(m.curp);
        c.total = domain::Money(10'000'000, domain::Currency::MXN);
        c.signing_date = testing_support::iso("2024-01-29");
        c.unit_code = "UMM";
        c.schedule = d::build_schedule(d::Money(10'000'000, d::Currency::MXN), 3, day(2024, 1, 1), day(2024, 3, 31),
                                       d::ScheduleRule::equal, {}, {});
        folio_ = SqliteContractRepository(db_).create(c, "prueba");
    }
    Database db_ = open_pacta_database(":memory:", "test");
    std::string folio_;
};

// The approver Pagos offers is the designated supervisor by name, not the signatory's code.
TEST(InstalmentSupervisor, IsThePersonsName) {
    Database db = open_pacta_database(":memory:", "test");
    d::Institution office;
    office.code = "imss-gro";
    office.name = "IMSS-Bienestar Guerrero";
    d::Signatory supervisor;
    supervisor.code = "prestaciones-medicas";
    supervisor.name = "María Teresa Díaz Martínez";
    supervisor.title = "Coordinadora de Prestaciones Médicas";
    supervisor.valid_from = day(2024, 1, 1);
    supervisor.roles = {"supervisor"};
    office.signatories = {supervisor};
    const d::StaffMember person = testing_support::sample_rosa();
    testing_support::store_office_and_person(db, "prueba", person, office);
    d::NewContract c = testing_support::sample_draft(person.curp);
    c.total = d::Money(10'000'000, d::Currency::MXN);
    c.signatories = {{"supervisor", "prestaciones-medicas"}};
    c.schedule = d::build_schedule(c.total, 1, day(2024, 1, 1), day(2024, 1, 31), d::ScheduleRule::equal, {}, {});
    const auto folio = SqliteContractRepository(db).create(c, "prueba");
    EXPECT_EQ(SqliteInstalmentRepository(db).for_contract(folio).at(0).supervisor, "María Teresa Díaz Martínez");
}

TEST_F(Instalments, StoredWithTheContractAndReadBack) {
    SqliteInstalmentRepository repo(db_);
    const auto all = repo.for_contract(folio_);
    ASSERT_EQ(all.size(), 3U);
    EXPECT_EQ(all[2].record.plan.amount.minor_units(), 3'333'334);
    EXPECT_EQ(all[0].unit_code, "UMM");
    EXPECT_EQ(all[0].record.state, d::InstalmentState::pending);
}

d::InstalmentQuery due_by(std::optional<d::Date> date, std::string unit = "") {
    d::InstalmentQuery q;
    q.due_by = date;
    q.unit = std::move(unit);
    return q;
}

TEST_F(Instalments, OpenListsOnlySignedContractsInTheUsersInstitutionsAPageAtATime) {
    SqliteInstalmentRepository repo(db_);
    // A draft owes nothing yet.
    EXPECT_EQ(repo.open(due_by(std::nullopt)).size(), 0U);
    db_.execute("UPDATE contract SET state = 'firmado'");
    EXPECT_EQ(repo.open(due_by(day(2024, 2, 29))).size(), 2U);
    EXPECT_EQ(repo.open(due_by(std::nullopt, "OTRA")).size(), 0U);
    EXPECT_EQ(repo.open_count(due_by(std::nullopt)), 3U);
    const auto second = repo.open_page(due_by(std::nullopt), 1, 1);
    ASSERT_EQ(second.size(), 1U);
    EXPECT_EQ(second[0].record.plan.number, 2);
    auto other = due_by(std::nullopt);
    other.institutions = {"otra"};
    EXPECT_EQ(repo.open(other).size(), 0U);
    EXPECT_EQ(repo.open_count(other), 0U);
    other.institutions = {"otra", "imss-gro"};
    EXPECT_EQ(repo.open(other).size(), 3U);
}

TEST_F(Instalments, AMoveOnAStaleReadIsRefusedAndNothingChanges) {
    SqliteInstalmentRepository repo(db_);
    const auto first = repo.for_contract(folio_)[0].record;
    d::InstalmentMove report;
    report.to = d::InstalmentState::report_delivered;
    report.on = day(2024, 2, 1);
    report.reference = "INF-1";
    const auto delivered = d::apply_move(first, report, {});
    repo.save_move(folio_, first, delivered, "prueba");
    // A second clerk still holding the pending copy.
    EXPECT_THROW(repo.save_move(folio_, first, delivered, "otra"), DatabaseError);
    const auto back = repo.for_contract(folio_)[0].record;
    EXPECT_EQ(back.state, d::InstalmentState::report_delivered);
    EXPECT_EQ(back.report_reference, "INF-1");
}

TEST_F(Instalments, PaidRowsAreFinalInTheFile) {
    SqliteInstalmentRepository repo(db_);
    auto r = repo.for_contract(folio_)[0].record;
    d::WithholdingRules rules;
    rules.add_tariff(d::parse_monthly_tariff(2024, "0.01,,0.00,10.00\n"));
    const d::PaymentContext ctx{d::Regime::honorarios, false, &rules};
    d::InstalmentMove m;
    m.on = day(2024, 2, 1);
    m.reference = "R";
    m.to = d::InstalmentState::report_delivered;
    auto next = d::apply_move(r, m, ctx);
    repo.save_move(folio_, r, next, "prueba");
    m.to = d::InstalmentState::approved;
    m.approved_by = "sup";
    r = next;
    next = d::apply_move(r, m, ctx);
    repo.save_move(folio_, r, next, "prueba");
    m.to = d::InstalmentState::paid;
    m.receipt_number = "1";
    r = next;
    next = d::apply_move(r, m, ctx);
    repo.save_move(folio_, r, next, "prueba");
    EXPECT_EQ(repo.for_contract(folio_)[0].record.paid->withheld.minor_units(), 333'333);
    EXPECT_THROW(db_.execute("UPDATE instalment SET amount_minor = 1 WHERE number = 1"), DatabaseError);
}

}  // namespace
}  // namespace pacta::db
