// Dates as the institution writes them on screen: ISO dates and timestamps from the stores
// become dd/mm/aaaa; anything else is shown as it is rather than guessed at.
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

#include "pacta/locale/catalog.h"

#include "pacta/presentation/common/display_date.h"

namespace pacta::presentation {
namespace {

TEST(DisplayDate, IsoDatesAndTimestampsReadAsTheInstitutionWritesThem) {
    EXPECT_EQ(display_date("2024-03-15"), "15/03/2024");
    EXPECT_EQ(display_date("2024-03-15T10:20:30Z"), "15/03/2024");
}

TEST(DisplayDate, ATimestampReadsInLocalTime) {
    const char* old = std::getenv("TZ");
    const std::string saved = old != nullptr ? old : "";
    ::setenv("TZ", "CST6", 1);  // central Mexico, UTC-6 all year (a POSIX rule: no tzdata needed)
    ::tzset();
    EXPECT_EQ(display_timestamp("2024-03-15T16:20:30Z"), "15/03/2024 10:20:30");
    EXPECT_EQ(display_timestamp("2024-03-15T03:00:00Z"), "14/03/2024 21:00:00");  // the day before, here
    ::setenv("TZ", "PET5", 1);  // Lima, UTC-5
    ::tzset();
    EXPECT_EQ(display_timestamp("2024-03-15T16:20:30Z"), "15/03/2024 11:20:30");
    if (old != nullptr) {
        ::setenv("TZ", saved.c_str(), 1);
    } else {
        ::unsetenv("TZ");
    }
    ::tzset();
}

TEST(DisplayDate, MonthsByNameInTheInterfacesLanguage) {
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    EXPECT_EQ(display_month("2026-07"), "julio de 2026");
    EXPECT_EQ(display_month("2024-12"), "diciembre de 2024");
    locale::set_language(PACTA_MESSAGES_DIR, "en");
    EXPECT_EQ(display_month("2026-07"), "July 2026");
    locale::set_language(PACTA_MESSAGES_DIR, "es");
    for (const char* text : {"2026-13", "2026-7", "julio", "TOTAL"}) EXPECT_EQ(display_month(text), text);
}

TEST(DisplayDate, AShownDateSortsAsItsDay) {
    EXPECT_EQ(display_sort_key("15/03/2024"), "2024-03-15");
    EXPECT_EQ(display_sort_key("15/03/2024 10:20:30"), "2024-03-15 10:20:30");
    EXPECT_EQ(display_sort_key("Rosa"), "Rosa");
}

TEST(DisplayDate, AnythingElseIsShownAsItIs) {
    for (const char* text : {"", "—", "15/03/2024", "2024-13-01", "2024-02-30", "mañana", "2024-03"}) {
        EXPECT_EQ(display_date(text), text) << text;
    }
    EXPECT_EQ(display_timestamp("2024-03-15"), "2024-03-15");
    EXPECT_EQ(display_timestamp("ayer a las diez"), "ayer a las diez");
}

}  // namespace
}  // namespace pacta::presentation
