// The store's lists behind Inicio and Pagos: a window of every instalment with the screen's
// filters and orders, its length, sums per month, unit or account, contracts ending soon and
// active staff per regime and category.
#include <gtest/gtest.h>

#include "pacta/db/contract_repository.h"
#include "pacta/db/database.h"
#include "pacta/db/instalment_repository.h"
#include "pacta/db/open.h"
#include "pacta/db/staff_repository.h"
#include "pacta/db/statement.h"
#include "sample_office.h"

namespace pacta::db {
namespace {

namespace d = domain;
using testing_support::iso;

class Lists : public testing::Test {
protected:
    void SetUp() override {
        auto rosa = testing_support::sample_rosa();
        rosa.unit_code = "UMM";
        rosa.category = d::Category::asistencial;
        testing_support::store_office_and_person(db_, "prueba", rosa);
        auto jose = rosa;
        jose.given_names = "José";
        jose.first_surname = "Muñoz";
        jose.curp = "MUPJ560427HVZRRL04";
        jose.category = d::Category::administrativo;
        jose.regime = d::Regime::cas;
        auto gone = jose;
        gone.curp = "GONE560427HVZRRL04";
        gone.active = false;
        (void)SqliteStaffRepository(db_).import({jose, gone}, "imss-gro", false, "prueba");
        // Rosa: January to March, unit UMM, account 12101; José: April to June, no unit.
        const auto draft = [](const std::string& key, const char* start, const char* end) {
            auto c = testing_support::sample_draft(key);
            c.total = d::Money(300'000, d::Currency::MXN);
            c.signing_date = iso("2024-01-02");
            c.start = iso(start);
            c.end = iso(end);
            c.schedule = d::build_schedule(c.total, 3, *c.start, *c.end, d::ScheduleRule::equal, {}, {});
            return c;
        };
        auto first = draft(rosa.curp, "2024-01-01", "2024-03-31");
        first.unit_code = "UMM";
        first.budget_account = "12101";
        rosa_ = SqliteContractRepository(db_).create(first, "prueba");
        jose_ = SqliteContractRepository(db_).create(draft(jose.curp, "2024-04-01", "2024-06-30"), "prueba");
    }
    std::vector<std::string> folios(const d::InstalmentQuery& q) {
        std::vector<std::string> out;
        for (const auto& i : SqliteInstalmentRepository(db_).page(q, 0, 100)) {
            out.push_back(i.folio.substr(i.folio.size() - 1) + "/" + std::to_string(i.record.plan.number));
        }
        return out;
    }
    Database db_ = open_pacta_database(":memory:", "test");
    std::string rosa_, jose_;
};

TEST_F(Lists, EveryInstalmentWithTheScreensFiltersAWindowAtATime) {
    SqliteInstalmentRepository repo(db_);
    d::InstalmentQuery all;
    EXPECT_EQ(repo.count(all), 6U);  // drafts too: Pagos shows every instalment
    EXPECT_EQ(folios(all), (std::vector<std::string>{"1/1", "1/2", "1/3", "2/1", "2/2", "2/3"}));
    ASSERT_EQ(repo.page(all, 4, 10).size(), 2U);
    auto q = all;
    q.unit = "UMM";
    EXPECT_EQ(repo.count(q), 3U);
    q = all;
    q.account = "12101";
    EXPECT_EQ(repo.count(q), 3U);
    q = all;
    q.text = "muñoz";
    EXPECT_EQ(folios(q), (std::vector<std::string>{"2/1", "2/2", "2/3"}));
    q.text = rosa_.substr(0, rosa_.size() - 1);  // a folio's start, in lower case too
    for (auto& c : q.text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_EQ(repo.count(q), 6U);
    q.text = "2024-03";
    EXPECT_EQ(folios(q), (std::vector<std::string>{"1/3"}));
    q = all;
    q.period_from = iso("2024-03-15");
    q.period_to = iso("2024-04-15");
    EXPECT_EQ(folios(q), (std::vector<std::string>{"1/3", "2/1"}));
    q = all;
    q.institutions = {"otra"};
    EXPECT_EQ(repo.count(q), 0U);

    // A state, and the open list: signed contracts' instalments still to pay.
    db_.execute("UPDATE contract SET state = 'vigente' WHERE folio = '" + jose_ + "'");
    const auto first = repo.for_contract(jose_)[0].record;
    d::InstalmentMove report;
    report.to = d::InstalmentState::report_delivered;
    report.on = *iso("2024-04-30");
    report.reference = "INF-1";
    repo.save_move(jose_, first, d::apply_move(first, report, {}), "prueba");
    q = all;
    q.state = d::InstalmentState::report_delivered;
    EXPECT_EQ(folios(q), (std::vector<std::string>{"2/1"}));
    q = all;
    q.open_only = true;
    q.due_by = iso("2024-05-31");
    EXPECT_EQ(repo.count(q), 2U);
    EXPECT_EQ(repo.open_count(q), 2U);
    q.contract_states = {d::ContractState::firmado};
    EXPECT_EQ(repo.open_count(q), 0U);
}

TEST_F(Lists, EachOrderBothWays) {
    d::InstalmentQuery q;
    q.order = d::InstalmentQuery::Order::due;
    q.descending = true;
    EXPECT_EQ(folios(q).front(), "2/3");
    q.order = d::InstalmentQuery::Order::person;
    q.descending = false;
    EXPECT_EQ(folios(q).front(), "2/1");  // Muñoz before Ramírez
    q.order = d::InstalmentQuery::Order::number;
    EXPECT_EQ(folios(q), (std::vector<std::string>{"1/1", "2/1", "1/2", "2/2", "1/3", "2/3"}));
    q.order = d::InstalmentQuery::Order::amount;
    q.descending = true;
    EXPECT_EQ(folios(q).front(), "2/3");  // equal amounts: the newest instalment first
    for (const auto order : {d::InstalmentQuery::Order::folio, d::InstalmentQuery::Order::unit,
                             d::InstalmentQuery::Order::account, d::InstalmentQuery::Order::period_start,
                             d::InstalmentQuery::Order::state}) {
        q.order = order;
        EXPECT_EQ(folios(q).size(), 6U);
    }
}

TEST_F(Lists, TotalsPerMonthUnitAndAccountAddUpAndLeaveCancelledOut) {
    SqliteInstalmentRepository repo(db_);
    const auto months = repo.totals({}, "2024-02", "2024-05", d::TotalsKey::month);
    ASSERT_EQ(months.size(), 4U);
    EXPECT_EQ(months[0].key, "2024-02");
    EXPECT_EQ(months[0].planned, 100'000);
    EXPECT_EQ(months[0].paid, 0);
    const auto units = repo.totals({}, "2024-01", "2024-12", d::TotalsKey::unit);
    ASSERT_EQ(units.size(), 2U);
    EXPECT_EQ(units[0].key, "-");  // José's contract names no unit
    EXPECT_EQ(units[1].key, "UMM");
    EXPECT_EQ(units[0].planned + units[1].planned, 600'000);
    EXPECT_TRUE(repo.totals({"otra"}, "2024-01", "2024-12", d::TotalsKey::account).empty());
    db_.execute("UPDATE instalment SET state = 'cancelado' WHERE number = 1");
    EXPECT_EQ(repo.totals({}, "2024-01", "2024-12", d::TotalsKey::account).size(), 2U);
    EXPECT_EQ(repo.totals({}, "2024-01", "2024-01", d::TotalsKey::month).size(), 0U);
}

TEST_F(Lists, ContractsEndingSoonAndActiveStaffAreCountedByTheStore) {
    SqliteContractRepository contracts(db_);
    d::ContractQuery ending;
    ending.states = {d::ContractState::firmado, d::ContractState::vigente};
    ending.ending_from = iso("2024-03-20");
    ending.ending_to = iso("2024-04-19");
    EXPECT_EQ(contracts.count(ending), 0U);  // both drafts
    db_.execute("UPDATE contract SET state = 'firmado'");
    EXPECT_EQ(contracts.count(ending), 1U);
    ASSERT_EQ(contracts.page(ending, 0, 10).size(), 1U);
    EXPECT_EQ(contracts.page(ending, 0, 10)[0].folio, rosa_);
    ending.ending_to = iso("2024-06-30");
    ending.order = d::ContractQuery::Order::end;
    ending.descending = true;
    EXPECT_EQ(contracts.page(ending, 0, 10).front().folio, jose_);

    const auto staff = SqliteStaffRepository(db_).active_breakdown();
    ASSERT_EQ(staff.size(), 2U);  // the inactive one left out
    for (const auto& row : staff) {
        EXPECT_EQ(row.count, 1U);
        EXPECT_EQ(row.category == d::Category::administrativo, row.regime == d::Regime::cas);
    }
}


// What the store keeps for Inicio (sums per month, the open instalments of contracts in
// force) must say what the rows say after any change: recomputed here from the rows.
std::string kept_and_recomputed(Database& db) {
    const auto rows = [&](const std::string& sql, int columns) {
        std::string out;
        Statement st(db, sql);
        while (st.step()) {
            for (int c = 0; c < columns; ++c) out += st.column_text(c) + (c + 1 < columns ? "|" : "\n");
        }
        return out;
    };
    const std::string kept = rows("SELECT institution_id, month, currency, planned_minor, approved_minor, paid_minor, "
                                  "withheld_minor FROM instalment_month_total WHERE planned_minor <> 0 OR "
                                  "paid_minor <> 0 OR withheld_minor <> 0 ORDER BY 1, 2, 3", 7) +
                             rows("SELECT due_date, instalment_id, contract_id FROM due_in_force ORDER BY 1, 2", 3);
    const std::string recomputed =
        rows("SELECT c.institution_id, substr(n.due_date, 1, 7), c.currency, sum(n.amount_minor), "
             "sum(CASE WHEN n.state IN ('aprobado', 'pagado') THEN n.amount_minor ELSE 0 END), "
             "sum(coalesce(n.gross_minor, 0)), sum(coalesce(n.withheld_minor, 0)) FROM instalment n "
             "JOIN contract c ON c.id = n.contract_id WHERE n.state <> 'cancelado' GROUP BY 1, 2, 3 "
             "HAVING sum(n.amount_minor) <> 0 OR sum(coalesce(n.gross_minor, 0)) <> 0 ORDER BY 1, 2, 3", 7) +
        rows("SELECT n.due_date, n.id, n.contract_id FROM instalment n JOIN contract c ON c.id = n.contract_id "
             "WHERE n.state NOT IN ('pagado', 'cancelado') AND c.state IN ('firmado', 'vigente') ORDER BY 1, 2", 3);
    return kept == recomputed ? std::string("igual") : "guardado:\n" + kept + "calculado:\n" + recomputed;
}

TEST_F(Lists, WhatTheStoreKeepsForInicioFollowsEveryChange) {
    EXPECT_EQ(kept_and_recomputed(db_), "igual");
    SqliteInstalmentRepository repo(db_);
    d::InstalmentQuery due;
    due.due_by = iso("2024-12-31");
    due.contract_states = {d::ContractState::firmado, d::ContractState::vigente};
    EXPECT_EQ(repo.open_count(due), 0U);  // drafts owe nothing
    db_.execute("UPDATE contract SET state = 'firmado'");
    EXPECT_EQ(kept_and_recomputed(db_), "igual");
    EXPECT_EQ(repo.open_count(due), 6U);
    db_.execute("UPDATE contract SET state = 'vigente'");
    db_.execute("UPDATE instalment SET state = 'aprobado' WHERE number = 1");
    db_.execute("UPDATE instalment SET state = 'pagado', payment_date = '2024-02-10', gross_minor = amount_minor, "
                "withheld_minor = 1000, "
                "net_minor = amount_minor - 1000 WHERE number = 1");
    db_.execute("UPDATE instalment SET state = 'cancelado' WHERE number = 3");
    EXPECT_EQ(kept_and_recomputed(db_), "igual");
    EXPECT_EQ(repo.open_count(due), 2U);
    auto mine = due;
    mine.institutions = {"imss-gro"};
    EXPECT_EQ(repo.open_count(mine), 2U);
    mine.institutions = {"otra"};
    EXPECT_EQ(repo.open_count(mine), 0U);
    EXPECT_TRUE(repo.open_page(mine, 0, 10).empty());
    ASSERT_EQ(repo.open_page(due, 0, 10).size(), 2U);
    EXPECT_EQ(repo.open_page(due, 0, 10)[0].folio, rosa_);  // Rosa's second instalment is due first
    const auto months = repo.totals({}, "2024-01", "2024-12", d::TotalsKey::month);
    ASSERT_FALSE(months.empty());
    EXPECT_EQ(months[0].paid, 100'000);
    EXPECT_EQ(months[0].withheld, 1'000);
    db_.execute("UPDATE contract SET state = 'concluido'");
    EXPECT_EQ(kept_and_recomputed(db_), "igual");
    EXPECT_EQ(repo.open_count(due), 0U);
    // A draft's schedule replaced, its currency changed: the sums follow.
    auto other = testing_support::sample_draft("MUPJ560427HVZRRL04");
    other.signing_date = iso("2024-01-02");
    const auto folio = SqliteContractRepository(db_).create(other, "prueba");
    EXPECT_EQ(kept_and_recomputed(db_), "igual");
    db_.execute("UPDATE instalment SET due_date = '2025-01-10' WHERE contract_id = (SELECT id FROM contract "
                "WHERE folio = '" + folio + "') AND number = 1");
    db_.execute("UPDATE contract SET currency = 'USD' WHERE folio = '" + folio + "'");
    EXPECT_EQ(kept_and_recomputed(db_), "igual");
    db_.execute("DELETE FROM instalment WHERE contract_id = (SELECT id FROM contract WHERE folio = '" + folio + "')");
    EXPECT_EQ(kept_and_recomputed(db_), "igual");
}

}  // namespace
}  // namespace pacta::db
