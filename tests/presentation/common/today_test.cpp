// "Today" in a test build: $PACTA_FECHA_HOY fixes the day when it is a date; otherwise, and
// always in a Release build, the clock's date.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>

#include "pacta/presentation/common/today.h"

namespace pacta::presentation {
namespace {

domain::Date clock_date() {
    return domain::Date::from_days(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

TEST(Today, ATestBuildTakesTheDayFromTheEnvironmentOnlyWhenItIsADate) {
    ::setenv("PACTA_FECHA_HOY", "2024-03-15", 1);
#if PACTA_DATE_OVERRIDE
    EXPECT_EQ(today(), *domain::Date::from_ymd(2024, 3, 15));
#else
    EXPECT_EQ(today(), clock_date());
#endif
    ::setenv("PACTA_FECHA_HOY", "15/03/2024", 1);
    EXPECT_EQ(today(), clock_date());
    ::unsetenv("PACTA_FECHA_HOY");
    EXPECT_EQ(today(), clock_date());
}

}  // namespace
}  // namespace pacta::presentation
