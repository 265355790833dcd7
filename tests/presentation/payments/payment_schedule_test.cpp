#include "pacta/presentation/payments/payment_schedule.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pacta/presentation/common/table_export.h"

namespace pacta::presentation {
namespace {

namespace fs = std::filesystem;
namespace d = domain;

d::Date day(int y, unsigned m, unsigned dd) { return *d::Date::from_ymd(y, m, dd); }

RuleData shipped(const std::string& country) { return load_rule_data({PACTA_SOURCE_DIR "/domain/datos"}, country); }

TEST(PaymentScheduleView, ReferenceContractRowsAndTotal) {
    ScheduleRequest r;
    r.total = d::Money(6'885'830, d::Currency::MXN);
    r.count = 5;
    r.start = day(2024, 2, 1);
    r.end = day(2024, 6, 30);
    const auto view = build_schedule_view(r, shipped("MX"));
    ASSERT_EQ(view.rows.size(), 6U);
    EXPECT_EQ(view.rows[0].withheld.minor_units(), 133'266);
    EXPECT_EQ(view.rows[0].net.minor_units(), 1'243'900);
    EXPECT_EQ(view.rows[0].words, "TRECE MIL SETECIENTOS SETENTA Y UN PESOS 66/100 M.N.");
    const auto& total = view.rows.back();
    EXPECT_EQ(total.number, "TOTAL");
    EXPECT_EQ(total.amount.minor_units(), 6'885'830);
    EXPECT_EQ(total.withheld.minor_units(), 5 * 133'266);
    EXPECT_EQ(total.withheld.minor_units() + total.net.minor_units(), total.amount.minor_units());
}

TEST(PaymentScheduleView, PeruDefaultsAndThreshold) {
    EXPECT_EQ(default_regime(d::Currency::PEN), d::Regime::locacion);
    EXPECT_EQ(default_regime(d::Currency::MXN), d::Regime::honorarios);
    ScheduleRequest r;
    r.total = d::Money(300'001, d::Currency::PEN);  // 1,500.00 and 1,500.01
    r.count = 2;
    r.start = day(2025, 1, 1);
    r.end = day(2025, 2, 28);
    r.regime = d::Regime::locacion;
    const auto view = build_schedule_view(r, shipped("PE"));
    EXPECT_EQ(view.rows[0].withheld.minor_units(), 0);
    EXPECT_EQ(view.rows[1].withheld.minor_units(), 12'000);  // 8 % of 1,500.01, to the cent
    r.suspension_certificate = true;
    EXPECT_EQ(build_schedule_view(r, shipped("PE")).rows[1].withheld.minor_units(), 0);
}

TEST(PaymentScheduleView, AdministratorTariffOverridesTheShippedOne) {
    const fs::path dir = fs::temp_directory_path() / ("pacta-datos-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "isr-mensual-2024.csv") << "0.01,,0.00,10.00\n";
    const auto data = load_rule_data({PACTA_SOURCE_DIR "/domain/datos", dir}, "MX");
    EXPECT_EQ(data.withholding.compute(d::Money(100'000, d::Currency::MXN), d::Regime::honorarios, day(2024, 3, 1), false)
                  .withheld.minor_units(),
              10'000);
    fs::remove_all(dir);
}

TEST(PaymentScheduleView, TableCsvHasOneLinePerInstalmentAndTotal) {
    ScheduleRequest r;
    r.total = d::Money(10'000'000, d::Currency::MXN);
    r.count = 3;
    r.start = day(2024, 1, 1);
    r.end = day(2024, 12, 31);
    r.regime = d::Regime::cas;
    const auto csv = table_csv(schedule_table(build_schedule_view(r, shipped("MX"))));
    EXPECT_NE(csv.find("3,2024-09-01 a 2024-12-31,31/12/2024,33333.34,0.00,33333.34,"), std::string::npos)
        << csv;
    EXPECT_NE(csv.find("TOTAL,"), std::string::npos);
}

}  // namespace
}  // namespace pacta::presentation

namespace pacta::presentation {
namespace {

TEST(ManualSchedule, ReadsAndChecksEveryRow) {
    ScheduleRequest r;
    r.total = domain::Money(6'885'830, domain::Currency::MXN);
    r.start = *domain::Date::from_ymd(2024, 2, 1);
    r.end = *domain::Date::from_ymd(2024, 6, 30);
    const auto good = read_manual_schedule("inicio;fin;importe;vence\n2024-02-01;2024-02-29;10000;2024-03-05\n"
                                           "2024-03-01;2024-06-30;58858.30;\n",
                                           "cal.csv", r);
    ASSERT_TRUE(good.findings.empty());
    ASSERT_EQ(good.instalments.size(), 2U);
    EXPECT_EQ(good.instalments[0].due.iso(), "2024-03-05");
    EXPECT_EQ(good.instalments[1].due.iso(), "2024-06-30");

    const auto bad_cell = read_manual_schedule("inicio,fin,importe\n2024-02-01,2024-02-30,10000\n", "cal.csv", r);
    ASSERT_EQ(bad_cell.findings.size(), 1U);
    EXPECT_EQ(bad_cell.findings[0].field, "cal.csv, fila 2, fin");

    const auto bad_sum = read_manual_schedule("inicio,fin,importe\n2024-02-01,2024-07-30,10000\n", "cal.csv", r);
    ASSERT_EQ(bad_sum.findings.size(), 2U);
    EXPECT_EQ(bad_sum.findings[0].code, "schedule.period_outside");
    EXPECT_EQ(bad_sum.findings[1].code, "schedule.sum");

    const auto no_column = read_manual_schedule("inicio,importe\n", "cal.csv", r);
    ASSERT_EQ(no_column.findings.size(), 1U);
    EXPECT_EQ(no_column.findings[0].param("column"), "fin");
}

}  // namespace
}  // namespace pacta::presentation
