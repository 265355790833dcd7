// Growth without timing: the same operations on offices of two sizes (ten times apart),
// counting the statements run and the rows SQLite stepped through. A keyed operation (one
// contract, one person, one page of a list) costs the same at either size and never scans
// a table; a listing of everything grows at most with the office. Every statement a keyed
// operation runs is also checked with EXPLAIN QUERY PLAN.
#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <map>
#include <string>

#include "pacta/db/audit.h"
#include "pacta/db/contract_lifecycle_repository.h"
#include "pacta/db/instalment_repository.h"
#include "pacta/db/open.h"
#include "pacta/db/report_queries.h"
#include "pacta/domain/schedule.h"
#include "sample_office.h"

namespace pacta::db {
namespace {

namespace d = domain;
using testing_support::iso;

constexpr std::size_t small_office = 400;
constexpr std::size_t large_office = 4000;

std::string key_of(std::size_t i) {
    char key[32];
    std::snprintf(key, sizeof key, "PERS%014zu", i);
    return key;
}

std::string folio_of(std::size_t i) {
    char folio[48];
    std::snprintf(folio, sizeof folio, "IMSS-GRO-2024-%04zu", i);
    return folio;
}

// An office of `people` people with one contract each (a third of them in force), through
// the bulk paths: one staff import, one create_all.
void seed(Database& db, std::size_t people) {
    d::Institution office;
    office.code = "imss-gro";
    office.name = "IMSS-Bienestar Guerrero";
    SqliteInstitutionRepository(db).save(office, "prueba");
    std::vector<d::StaffMember> staff;
    for (std::size_t i = 1; i <= people; ++i) {
        auto m = testing_support::sample_rosa();
        m.given_names = "Persona " + std::to_string(i);
        m.curp = key_of(i);
        staff.push_back(m);
    }
    (void)SqliteStaffRepository(db).import(staff, office.code, false, "prueba");
    std::vector<d::NewContract> drafts;
    const d::Money total(10'000'000, d::Currency::MXN);
    const auto schedule = d::build_schedule(total, 5, *iso("2024-02-01"), *iso("2024-06-30"), d::ScheduleRule::equal, {}, {});
    for (std::size_t i = 1; i <= people; ++i) {
        auto c = testing_support::sample_draft(key_of(i));
        c.total = total;
        c.signing_date = iso("2024-01-29");
        c.start = iso("2024-02-01");
        c.end = iso("2024-06-30");
        c.schedule = schedule;
        c.data_json = R"({"prestador":{"actividades":["Integrar cronogramas de actividades y visitas"]},"honorarios":{"total":"100000.00"}})";
        drafts.push_back(std::move(c));
    }
    (void)SqliteContractRepository(db).create_all(drafts, "prueba");
    db.execute("UPDATE contract SET state = 'vigente' WHERE id % 3 = 0");
    db.execute("UPDATE contract SET state = 'en_revision' WHERE id % 6 = 2");  // never one "move" takes
}

struct Office {
    explicit Office(std::size_t people) : size(people) { seed(db, people); }
    std::size_t size;
    Database db = open_pacta_database(":memory:", "test");
};

// What `operation` cost on `db`.
StatementStats measure(Database& db, const std::function<void(Database&)>& operation) {
    StatementStats stats;
    db.measure(&stats);
    operation(db);
    db.measure(nullptr);
    return stats;
}

d::ContractQuery in_force() {
    d::ContractQuery q;
    q.state = d::ContractState::vigente;
    return q;
}

// Inicio's and Pagos's queries, as the screens ask them (tests/presentation has the screens).
d::ContractQuery in_review() {
    d::ContractQuery q;
    q.institutions = {"imss-gro"};
    q.state = d::ContractState::en_revision;
    return q;
}

// Contracts signed or in force ending in the 30 days from `from`.
d::ContractQuery ending_from(const char* from, const char* to) {
    d::ContractQuery q;
    q.institutions = {"imss-gro"};
    q.states = {d::ContractState::firmado, d::ContractState::vigente};
    q.ending_from = iso(from);
    q.ending_to = iso(to);
    q.order = d::ContractQuery::Order::end;
    return q;
}

d::InstalmentQuery due_by(const char* day) {
    d::InstalmentQuery q;
    q.institutions = {"imss-gro"};
    q.due_by = iso(day);
    q.contract_states = {d::ContractState::firmado, d::ContractState::vigente};
    return q;
}

d::InstalmentQuery payments(d::InstalmentQuery::Order order = d::InstalmentQuery::Order::folio, bool descending = false) {
    d::InstalmentQuery q;
    q.institutions = {"imss-gro"};
    q.order = order;
    q.descending = descending;
    return q;
}

// Operations that name one thing (or one page): their cost must not depend on the office.
const std::map<std::string, std::function<void(Database&, std::size_t)>>& keyed_operations() {
    static const std::map<std::string, std::function<void(Database&, std::size_t)>> operations{
        {"find", [](Database& db, std::size_t n) { (void)SqliteContractRepository(db).find(folio_of(n / 2)); }},
        {"of_person", [](Database& db, std::size_t n) { (void)SqliteContractRepository(db).of_person(key_of(n / 2)); }},
        {"first_page", [](Database& db, std::size_t) { (void)SqliteContractRepository(db).page({}, 0, 50); }},
        {"page_in_force", [](Database& db, std::size_t) { (void)SqliteContractRepository(db).page(in_force(), 0, 50); }},
        {"status", [](Database& db, std::size_t n) { (void)SqliteContractLifecycleRepository(db).status(folio_of(n / 2)); }},
        {"history", [](Database& db, std::size_t n) { (void)SqliteContractLifecycleRepository(db).history(folio_of(n / 2)); }},
        {"audit_history",
         [](Database& db, std::size_t n) { (void)SqliteContractLifecycleRepository(db).audit_history(folio_of(n / 2)); }},
        {"date_moves",
         [](Database& db, std::size_t) { (void)SqliteContractLifecycleRepository(db).due_for_date_moves(*iso("2024-01-15")); }},
        {"instalments", [](Database& db, std::size_t n) { (void)SqliteInstalmentRepository(db).for_contract(folio_of(n / 2)); }},
        {"open_page", [](Database& db, std::size_t) { (void)SqliteInstalmentRepository(db).open_page({}, 0, 50); }},
        {"person", [](Database& db, std::size_t n) { (void)SqliteStaffRepository(db).find(key_of(n / 2)); }},
        {"staff_first_page", [](Database& db, std::size_t) { (void)SqliteStaffRepository(db).page({}, 0, 50); }},
        {"staff_units", [](Database& db, std::size_t) { (void)SqliteStaffRepository(db).units_in_use(); }},
        {"contract_units", [](Database& db, std::size_t) { (void)SqliteContractRepository(db).units_in_use(); }},
        {"page_by_folio", [](Database& db, std::size_t) {
             d::ContractQuery q;
             q.order = d::ContractQuery::Order::folio;
             (void)SqliteContractRepository(db).page(q, 0, 50);
         }},
        {"home_review_items", [](Database& db, std::size_t) { (void)SqliteContractRepository(db).page(in_review(), 0, 20); }},
        {"home_ending_none",
         [](Database& db, std::size_t) {
             (void)SqliteContractRepository(db).page(ending_from("2024-01-15", "2024-02-14"), 0, 20);
             (void)SqliteContractRepository(db).count(ending_from("2024-01-15", "2024-02-14"));
         }},
        {"home_due_items",
         [](Database& db, std::size_t) { (void)SqliteInstalmentRepository(db).open_page(due_by("2024-03-07"), 0, 20); }},
        {"pagos_window", [](Database& db, std::size_t) { (void)SqliteInstalmentRepository(db).page(payments(), 0, 200); }},
        {"pagos_window_by_due",
         [](Database& db, std::size_t) {
             (void)SqliteInstalmentRepository(db).page(payments(d::InstalmentQuery::Order::due), 0, 200);
         }},
        {"pagos_search_person",
         [](Database& db, std::size_t n) {
             auto q = payments();
             q.text = key_of(n / 2);
             (void)SqliteInstalmentRepository(db).page(q, 0, 200);
         }},
        {"pagos_due_span",
         [](Database& db, std::size_t) {
             (void)SqliteInstalmentRepository(db).page(payments(d::InstalmentQuery::Order::due), 0, 1);
             (void)SqliteInstalmentRepository(db).page(payments(d::InstalmentQuery::Order::due, true), 0, 1);
         }},
        {"home_month_totals",
         [](Database& db, std::size_t) {
             (void)SqliteInstalmentRepository(db).totals({"imss-gro"}, "2023-07", "2024-06", d::TotalsKey::month);
         }},
        {"latest_audit", [](Database& db, std::size_t) { (void)SqliteAuditTrail(db).latest(50); }},
        {"audit_page", [](Database& db, std::size_t) { (void)SqliteAuditTrail(db).page({}, 0, 50); }},
        {"audit_count", [](Database& db, std::size_t) { (void)SqliteAuditTrail(db).count({}, 0); }},
        {"audit_page_by_action", [](Database& db, std::size_t) {
             d::AuditQuery q;
             q.action = "crear";
             (void)SqliteAuditTrail(db).page(q, 0, 50);
         }},
        {"audit_row", [](Database& db, std::size_t n) { (void)SqliteAuditTrail(db).find(static_cast<std::int64_t>(n / 2)); }},
        {"draft", [](Database& db, std::size_t n) {
             auto c = testing_support::sample_draft(key_of(n / 2));
             c.signing_date = iso("2024-01-29");
             (void)SqliteContractRepository(db).create(c, "prueba");
         }},
        {"move", [](Database& db, std::size_t n) {
             // A different draft each time (ids divisible by 3 are in force).
             static std::size_t moved = 0;
             SqliteContractLifecycleRepository(db).save_move({folio_of(n / 2 + 2 + 3 * moved++), d::ContractState::borrador,
                                                              d::ContractState::en_revision, "", std::nullopt},
                                                             "prueba");
         }},
    };
    return operations;
}

// Listings of everything: at most linear in the office.
const std::map<std::string, std::function<void(Database&)>>& listings() {
    static const std::map<std::string, std::function<void(Database&)>> operations{
        {"count_by_template", [](Database& db) { (void)SqliteContractRepository(db).count_by_template({}); }},
        {"count", [](Database& db) { (void)SqliteContractRepository(db).count({}); }},
        {"staff_count", [](Database& db) { (void)SqliteStaffRepository(db).count({}); }},
        {"in_force_in_march", [](Database& db) {
             d::ContractQuery q;
             q.in_force_from = iso("2024-03-01");
             q.in_force_to = iso("2024-03-31");
             (void)SqliteContractRepository(db).count(q);
         }},
        {"count_by_state", [](Database& db) { (void)SqliteContractRepository(db).count_by_state({}); }},
        {"open_count", [](Database& db) { (void)SqliteInstalmentRepository(db).open_count({}); }},
        {"verify", [](Database& db) { (void)SqliteAuditTrail(db).verify(); }},
        {"home_review_count", [](Database& db) { (void)SqliteContractRepository(db).count(in_review()); }},
        {"home_ending",
         [](Database& db) {
             (void)SqliteContractRepository(db).page(ending_from("2024-06-10", "2024-07-10"), 0, 20);
             (void)SqliteContractRepository(db).count(ending_from("2024-06-10", "2024-07-10"));
         }},
        {"home_due_count", [](Database& db) { (void)SqliteInstalmentRepository(db).open_count(due_by("2024-03-07")); }},
        {"home_staff", [](Database& db) { (void)SqliteStaffRepository(db).active_breakdown(); }},
        {"pagos_count", [](Database& db) { (void)SqliteInstalmentRepository(db).count(payments()); }},
        {"pagos_totals_by_unit",
         [](Database& db) { (void)SqliteInstalmentRepository(db).totals({"imss-gro"}, "2024-01", "2024-12", d::TotalsKey::unit); }},
    };
    return operations;
}

class Growth : public testing::Test {
protected:
    static void SetUpTestSuite() {
        small_ = new Office(small_office);
        large_ = new Office(large_office);
    }
    static void TearDownTestSuite() {
        delete small_;
        delete large_;
    }
    static Office* small_;
    static Office* large_;
};
Office* Growth::small_ = nullptr;
Office* Growth::large_ = nullptr;

TEST_F(Growth, KeyedOperationsCostTheSameInAnOfficeTenTimesLarger) {
    for (const auto& [name, operation] : keyed_operations()) {
        const auto small = measure(small_->db, [&](Database& db) { operation(db, small_->size); });
        const auto large = measure(large_->db, [&](Database& db) { operation(db, large_->size); });
        EXPECT_EQ(large.prepared, small.prepared) << name;
        // A few more b-tree levels are the only allowance.
        EXPECT_LE(large.vm_steps, small.vm_steps + small.vm_steps / 4 + 20) << name << ": " << small.vm_steps << " -> "
                                                                           << large.vm_steps;
        // A bounded read in rowid order (the newest rows) counts as a scan; it must not grow.
        EXPECT_LE(large.fullscan_steps, small.fullscan_steps + 5) << name;
    }
}

TEST_F(Growth, ListingsOfEverythingGrowAtMostLinearly) {
    const auto ratio = static_cast<std::int64_t>(large_office / small_office);
    for (const auto& [name, operation] : listings()) {
        const auto small = measure(small_->db, operation);
        const auto large = measure(large_->db, operation);
        EXPECT_LE(large.vm_steps, small.vm_steps * ratio + small.vm_steps / 4 + 20)
            << name << ": " << small.vm_steps << " -> " << large.vm_steps;
    }
}

// The tables an office grows; scanning one of them is never a keyed lookup.
bool scans_a_growing_table(const std::string& detail) {
    if (detail.rfind("SCAN ", 0) != 0 || detail.find(" USING ") != std::string::npos) return false;
    if (detail.rfind("SCAN json_each VIRTUAL TABLE", 0) == 0) return false;  // a list of institutions
    if (detail.rfind("SCAN staff_search VIRTUAL TABLE INDEX 0:M", 0) == 0) return false;  // a full-text MATCH
    // The rows a subquery found (the people a search matched): its own lines are checked too.
    if (detail.rfind("SCAN (subquery-", 0) == 0) return false;
    static const char* small_tables[] = {"SCAN i", "SCAN institution", "SCAN json_each", "SCAN j", "SCAN t",
                                         "SCAN template", "SCAN CONSTANT ROW", "SCAN u",
                                         "SCAN due"};
    for (const char* table : small_tables) {
        if (detail == table) return false;
    }
    return true;
}

TEST_F(Growth, EveryStatementOfAKeyedOperationUsesAnIndex) {
    for (const auto& [name, operation] : keyed_operations()) {
        const auto stats = measure(large_->db, [&](Database& db) { operation(db, large_->size); });
        for (const auto& sql : stats.sql) {
            // A bounded read (the newest rows, a page) stops at its LIMIT; the steps test
            // above shows it does not grow.
            if (sql.find(" LIMIT ") != std::string::npos) continue;
            Statement plan(large_->db, "EXPLAIN QUERY PLAN " + sql);
            while (plan.step()) {
                const std::string detail = plan.column_text(3);
                EXPECT_FALSE(scans_a_growing_table(detail)) << name << ": " << detail << "\n  in: " << sql;
            }
        }
    }
}

// The plan of every statement `operation` runs, one detail a line.
std::vector<std::string> plans(Database& db, const std::function<void(Database&)>& operation) {
    std::vector<std::string> out;
    for (const auto& sql : measure(db, operation).sql) {
        Statement plan(db, "EXPLAIN QUERY PLAN " + sql);
        while (plan.step()) out.push_back(plan.column_text(3) + "\n  in: " + sql);
    }
    return out;
}

// Inicio's counts and sums and Pagos's length read an index, never a table from end to end
// (what they add up is the group's or the months', not the office's).
TEST_F(Growth, InicioAndPagosCountAndSumOnIndexes) {
    for (const auto& [name, operation] : listings()) {
        if (name.rfind("home_", 0) != 0 && name.rfind("pagos_", 0) != 0) continue;
        for (const auto& detail : plans(large_->db, operation)) {
            EXPECT_FALSE(scans_a_growing_table(detail)) << name << ": " << detail;
        }
    }
}

// The windows Inicio and Pagos read walk an index in the list's order and stop at their
// LIMIT: no sorting of the whole list first. (Contracts ending soon are sorted: only those
// the 30 days' range of contract_state_end finds; so are a search's: only the rows found.)
TEST_F(Growth, InicioAndPagosWindowsWalkAnIndexInTheirOrder) {
    for (const auto& [name, operation] : keyed_operations()) {
        if (name.rfind("home_", 0) != 0 && name.rfind("pagos_", 0) != 0) continue;
        for (const auto& detail : plans(large_->db, [&](Database& db) { operation(db, large_->size); })) {
            EXPECT_FALSE(scans_a_growing_table(detail)) << name << ": " << detail;
            if (name == "home_ending_none" || name == "pagos_search_person") continue;
            EXPECT_EQ(detail.find("TEMP B-TREE FOR ORDER BY"), std::string::npos) << name << ": " << detail;
        }
    }
}

}  // namespace
}  // namespace pacta::db

namespace pacta::db {
namespace {

// The reports of both generated offices: the headcount and the payments by account come out
// of them and reconcile with their independent totals, and their cost grows at most with the
// office (ten times the people: at most about ten times the steps).
TEST_F(Growth, ReportsOfTheGeneratedOfficesReconcileAndGrowAtMostLinearly) {
    std::map<std::size_t, std::int64_t> steps;
    for (auto* office : {small_, large_}) {
        SqliteReportQueries reports(office->db);
        // In force on 30 June 2024: the contracts the seed made «vigente» (every third).
        const d::HeadcountQuery people{{"imss-gro"}, 2024, 2024, 6, 30, ""};
        d::PaymentsQuery money;
        money.institutions = {"imss-gro"};
        money.from_month = "2024-01";
        money.to_month = "2024-12";
        const auto stats = measure(office->db, [&](Database&) {
            std::int64_t counted = 0;
            for (const auto& c : reports.headcount(people)) counted += c.persons;
            const auto in_force = static_cast<std::int64_t>(office->size / 3);
            EXPECT_EQ(counted, in_force) << office->size;
            EXPECT_EQ(reports.headcount_total(people, 2024), counted) << office->size;
            std::int64_t planned = 0, instalments = 0;
            for (const auto& c : reports.payments(money)) {
                planned += c.planned;
                instalments += c.instalments;
            }
            const auto totals = reports.payment_totals(money, d::Currency::MXN);
            EXPECT_EQ(planned, in_force * 10'000'000) << office->size;
            EXPECT_EQ(totals.planned, planned) << office->size;
            EXPECT_EQ(totals.instalments, instalments) << office->size;
        });
        steps[office->size] = static_cast<std::int64_t>(stats.vm_steps);
    }
    EXPECT_LE(steps[large_office], 12 * steps[small_office]) << steps[small_office] << " -> " << steps[large_office];
}

}  // namespace
}  // namespace pacta::db
