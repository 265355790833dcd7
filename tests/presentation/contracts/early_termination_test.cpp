// Ending a contract early: the settlement shown before anything is stored, its statement
// written first, and only finance or an administrator ends it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "pacta/presentation/contracts/early_termination.h"
#include "support/payments_fixture.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

TEST_F(Payments, AnEarlyEndingIsShownBeforeItIsStoredAndItsStatementWrittenFirst) {
    d::StoredContract source;
    source.institution_code = "imss-gro";
    source.person = "Rosa Ramírez Cruz";
    source.total = d::Money(300'000'00, d::Currency::MXN);
    source.start = d::Date::from_ymd(2024, 2, 1);
    source.end = d::Date::from_ymd(2024, 4, 30);
    catalog.sources["GRO-2024-0001"] = source;
    institutions.institution = d::Institution{};
    institutions.institution->code = "imss-gro";
    institutions.institution->name = "IMSS-Bienestar Guerrero";
    institutions.institution->notice_days = 15;
    const Session finance(limited("fer", {d::Role::finanzas}), audit);
    EarlyTerminationService service(finance, catalog, contracts, institutions, instalments);
    EarlyEnding ending{"GRO-2024-0001", d::TerminationCause::notice, *d::Date::from_ymd(2024, 3, 15),
                       *d::Date::from_ymd(2024, 3, 10), "Cambio de adscripción"};
    // Five days of notice where the office asks for fifteen.
    EXPECT_THROW((void)service.preview(ending), d::RuleError);
    ending.notice_given = *d::Date::from_ymd(2024, 2, 20);
    const auto settlement = service.preview(ending);
    const auto lines = settlement_lines(settlement);
    ASSERT_EQ(lines.size(), 4U);
    EXPECT_NE(lines[1].find("prorrateada: 15 de 31 días"), std::string::npos) << lines[1];
    EXPECT_NE(lines[2].find("cancelada"), std::string::npos) << lines[2];
    EXPECT_TRUE(instalments.terminations.empty());  // a preview stores nothing

    const auto statement = std::filesystem::temp_directory_path() / ("pacta-finiquito-" + std::to_string(::getpid()) + ".pdf");
    const auto ended = service.end(ending, statement);
    EXPECT_EQ(settlement_summary("GRO-2024-0001", ended).rfind("El contrato GRO-2024-0001 termina el 15/03/2024.", 0), 0U)
        << settlement_summary("GRO-2024-0001", ended);
    EXPECT_EQ(service.statement_bytes().rfind("%PDF-", 0), 0U);
    EXPECT_TRUE(std::filesystem::exists(statement));
    ASSERT_EQ(instalments.terminations.size(), 1U);
    EXPECT_EQ(instalments.terminations[0].second.earned, settlement.earned);
    std::filesystem::remove(statement);

    // Only finance or an administrator ends a contract.
    const Session clerk(limited("carlos", {d::Role::capturista}), audit);
    EXPECT_THROW((void)EarlyTerminationService(clerk, catalog, contracts, institutions, instalments).preview(ending),
                 AccessDenied);
}

}  // namespace
}  // namespace pacta::presentation
