// The finance use cases over a store: a contract's instalments, what is open in the user's
// institutions, a move with the report's fingerprint kept, and a schedule entered by hand
// replacing the planned one only while nothing has moved.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pacta/platform/sha256.h"
#include "pacta/presentation/payments/payments_service.h"
#include "support/memory_store.h"
#include "support/payments_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
namespace fs = std::filesystem;
using namespace testing_support;

class PaymentsOverAStore : public Payments {
protected:
    void SetUp() override {
        Payments::SetUp();
        store.lifecycle_ = contracts;
        store.instalments_ = instalments;
        for (auto& i : store.instalments_.rows) i.contract_state = d::ContractState::vigente;
        d::StoredContract stored;
        stored.institution_code = "imss-gro";
        stored.total = d::Money(300'000'00, d::Currency::MXN);
        stored.start = d::Date::from_ymd(2024, 2, 1);
        stored.end = d::Date::from_ymd(2024, 4, 30);
        store.catalog_.sources["GRO-2024-0001"] = stored;
    }
    MemoryStore store;
};

TEST_F(PaymentsOverAStore, AContractsInstalmentsAndWhatIsOpenInTheUsersInstitutions) {
    const Session finance(limited("fer", {d::Role::finanzas}), audit);
    PaymentsService payments(finance, store);
    EXPECT_EQ(payments.contract_instalments("GRO-2024-0001").rows.size(), 3U);
    EXPECT_THROW((void)payments.contract_instalments("GRO-2099-0001"), ServiceError);
    const auto open = payments.pending(std::nullopt, "");
    ASSERT_EQ(open.rows.size(), 3U);  // Oaxaca's instalment is not hers to see
    for (const auto& row : open.rows) EXPECT_EQ(row[1], "GRO-2024-0001");
    EXPECT_EQ(payments.pending(*d::Date::from_ymd(2024, 2, 29), "").rows.size(), 1U);
    EXPECT_TRUE(payments.pending(std::nullopt, "HG-ACA").rows.empty());
}

TEST_F(PaymentsOverAStore, AMoveKeepsTheReportsFingerprintAndAnUnreadableReportStopsIt) {
    const Session finance(limited("fer", {d::Role::finanzas}), audit);
    PaymentsService payments(finance, store);
    const fs::path report = fs::temp_directory_path() / ("pacta-informe-" + std::to_string(::getpid()) + ".pdf");
    std::ofstream(report) << "%PDF-1.7 informe de febrero";
    d::InstalmentMove move;
    move.to = d::InstalmentState::report_delivered;
    move.on = *d::Date::from_ymd(2024, 3, 1);
    move.reference = "INF-02";
    move.report_file = report.string();
    const auto after = payments.record("GRO-2024-0001", 1, move, false);
    EXPECT_EQ(after.state, d::InstalmentState::report_delivered);
    EXPECT_EQ(after.report_sha256, platform::sha256_hex("%PDF-1.7 informe de febrero"));
    EXPECT_TRUE(fs::path(after.report_file).is_absolute());
    fs::remove(report);

    move.report_file = report.string();  // gone now
    EXPECT_THROW((void)payments.record("GRO-2024-0001", 2, move, false), ServiceError);
    EXPECT_EQ(store.instalments_.rows[1].record.state, d::InstalmentState::pending);
}

TEST_F(PaymentsOverAStore, AScheduleByHandReplacesThePlannedOneOnlyWhileNothingHasMoved) {
    const Session admin(limited("ana", {d::Role::administrador}), audit);
    store.lifecycle_.contracts["GRO-2024-0001"].state = d::ContractState::borrador;
    PaymentsService payments(admin, store);
    const std::string csv = "inicio,fin,importe\n2024-02-01,2024-03-31,100000\n2024-04-01,2024-04-30,200000\n";
    EXPECT_THROW((void)payments.replace_schedule("GRO-2024-0001", csv, "cal.csv"), ServiceError);  // one has moved
    store.instalments_.schedule_replaceable = true;
    const auto replaced = payments.replace_schedule("GRO-2024-0001", csv, "cal.csv");
    EXPECT_EQ(replaced.instalments, 2U);
    ASSERT_EQ(store.instalments_.replaced.size(), 2U);
    EXPECT_EQ(store.instalments_.replaced[1].amount, d::Money(200'000'00, d::Currency::MXN));
    // Rows that do not add up to the contract's total are refused with their findings.
    EXPECT_THROW((void)payments.replace_schedule("GRO-2024-0001", "inicio,fin,importe\n2024-02-01,2024-04-30,1\n",
                                                 "cal.csv"),
                 InvalidInput);
    // Once approved, the content (the schedule with it) is frozen.
    store.lifecycle_.contracts["GRO-2024-0001"].state = d::ContractState::aprobado;
    EXPECT_THROW((void)payments.replace_schedule("GRO-2024-0001", csv, "cal.csv"), ServiceError);
}

}  // namespace
}  // namespace pacta::presentation
