// A list over rows that stay in the store: it asks for counts and reads windows around the
// row in view; search, filters, period and sort become the request the store answers.
#include <gtest/gtest.h>

#include "pacta/presentation/common/paged_list.h"

namespace pacta::presentation {
namespace {

// A million numbered rows; "even" in column 1 filters them. Remembers what it was asked.
class Numbers : public ListSource {
public:
    std::size_t count(const ListRequest& request) override {
        ++counts;
        last = request;
        return request.filter(1) ? size / 2 : size;
    }
    std::vector<std::vector<std::string>> rows(const ListRequest& request, std::size_t offset,
                                               std::size_t limit) override {
        ++reads;
        const std::size_t step = request.filter(1) ? 2 : 1;
        std::vector<std::vector<std::string>> out;
        for (std::size_t i = offset; i < offset + limit && i * step < size; ++i) {
            out.push_back({std::to_string(i * step), step == 2 ? "even" : "any"});
        }
        return out;
    }
    std::size_t total() override { return size; }
    std::vector<std::string> values_of(std::size_t) override { return {"even"}; }
    std::size_t size = 1'000'000;
    std::size_t counts = 0, reads = 0;
    ListRequest last;
};

TEST(PagedList, ScrollingReadsWindowsNotRows) {
    Numbers store;
    PagedList list({"Número", "Clase"}, store);
    list.reload();
    EXPECT_EQ(list.count(), 1'000'000U);
    EXPECT_EQ(list.total(), 1'000'000U);
    EXPECT_EQ(store.reads, 0U);  // counting reads no rows
    for (std::size_t row = 0; row < 40; ++row) EXPECT_EQ(list.cell(row, 0), std::to_string(row));
    EXPECT_EQ(list.reads(), 1U);
    EXPECT_EQ(list.cell(999'999, 0), "999999");
    EXPECT_EQ(list.cell(999'990, 0), "999990");  // the window reaches back a little
    EXPECT_EQ(list.reads(), 2U);
    EXPECT_EQ(list.cell(1'000'000, 0), "");  // past the end
    EXPECT_EQ(list.cell(0, 7), "");          // no such column
}

TEST(PagedList, SearchFiltersPeriodAndSortAreTheStoresRequest) {
    Numbers store;
    PagedList list({"Número", "Clase"}, store);
    list.reload();
    list.set_search("12");
    list.set_filter(1, "even");
    list.set_period(0, 0, "2024-01-01", "2024-12-31");
    list.sort_by(0, false);
    EXPECT_EQ(store.last.search, "12");
    ASSERT_NE(store.last.filter(1), nullptr);
    EXPECT_EQ(*store.last.filter(1), "even");
    EXPECT_EQ(store.last.period_from, "2024-01-01");
    EXPECT_EQ(store.last.sort_column, 0U);
    EXPECT_FALSE(store.last.ascending);
    EXPECT_EQ(list.count(), 500'000U);
    EXPECT_EQ(list.cell(1, 0), "2");  // rows read again under the new request
    EXPECT_EQ(list.values_of(1), std::vector<std::string>{"even"});
    list.set_filter(1, "");
    EXPECT_EQ(store.last.filter(1), nullptr);  // an empty value clears the filter
    EXPECT_EQ(list.count(), 1'000'000U);
}

TEST(PagedList, AReloadForgetsTheRowsRead) {
    Numbers store;
    PagedList list({"Número", "Clase"}, store);
    list.reload();
    (void)list.cell(5, 0);
    store.size = 3;
    list.reload();
    EXPECT_EQ(list.count(), 3U);
    EXPECT_EQ(list.cell(2, 0), "2");
    EXPECT_EQ(list.cell(5, 0), "");
}

}  // namespace
}  // namespace pacta::presentation
