// A window of a long list: the rows around the one asked for, read again only outside them;
// nothing past the end, even when the list shrank in the store after it was counted.
#include <gtest/gtest.h>

#include "pacta/presentation/common/row_window.h"

namespace pacta::presentation {
namespace {

TEST(RowWindow, ReadsAWindowAroundTheRowAskedForAndKeepsIt) {
    RowWindow<int> window(100);
    std::size_t asked_offset = 0;
    std::size_t stored = 400'000;
    window.reset(stored, [&](std::size_t offset, std::size_t limit) {
        asked_offset = offset;
        std::vector<int> rows;
        for (std::size_t i = offset; i < offset + limit && i < stored; ++i) rows.push_back(static_cast<int>(i));
        return rows;
    });
    EXPECT_EQ(window.count(), 400'000U);
    EXPECT_EQ(window.fetches(), 0U);
    for (std::size_t i = 0; i < 60; ++i) ASSERT_EQ(*window.find(i), static_cast<int>(i));
    EXPECT_EQ(window.fetches(), 1U);
    EXPECT_EQ(*window.find(200'000), 200'000);
    EXPECT_EQ(asked_offset, 200'000U - 25U);  // a quarter before, the rest after
    EXPECT_EQ(*window.find(199'990), 199'990);
    EXPECT_EQ(window.fetches(), 2U);
    EXPECT_EQ(window.kept(), 100U);
    EXPECT_EQ(window.find(400'000), nullptr);

    stored = 10;  // the store lost rows after they were counted
    EXPECT_EQ(window.find(399'999), nullptr);
    window.reset(0, {});
    EXPECT_EQ(window.find(0), nullptr);
    EXPECT_EQ(window.kept(), 0U);
}

}  // namespace
}  // namespace pacta::presentation
