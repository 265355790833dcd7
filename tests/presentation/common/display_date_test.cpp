// Dates as the institution writes them on screen: ISO dates and timestamps from the stores
// become dd/mm/aaaa; anything else is shown as it is rather than guessed at.
#include <gtest/gtest.h>

#include "pacta/presentation/common/display_date.h"

namespace pacta::presentation {
namespace {

TEST(DisplayDate, IsoDatesAndTimestampsReadAsTheInstitutionWritesThem) {
    EXPECT_EQ(display_date("2024-03-15"), "15/03/2024");
    EXPECT_EQ(display_date("2024-03-15T10:20:30Z"), "15/03/2024");
    EXPECT_EQ(display_timestamp("2024-03-15T10:20:30Z"), "15/03/2024 10:20:30 UTC");
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
