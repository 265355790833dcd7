// RecordList, the table behind every list screen: accent-blind search, filters, sorting,
// periods, and a search over a hundred thousand rows that keeps up with typing.
#include <gtest/gtest.h>

#include <chrono>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/common/record_list.h"

namespace pacta::presentation {
namespace {

RecordList people() {
    RecordList list({"Nombre", "Unidad", "Importe", "Inicio"});
    list.set_rows({{"María Luisa Martínez", "UMM-GRO", "$68,858.30", "2024-02-01"},
                   {"José Muñoz Pérez", "HG-ACA", "$9,500.00", "2024-01-01"},
                   {"Ana Núñez", "UMM-GRO", "$120,000.00", "2023-07-15"}});
    return list;
}

TEST(RecordList, SearchIgnoresAccentsAndCaseAndNeedsEveryWord) {
    auto list = people();
    EXPECT_EQ(list.count(), 3U);
    list.set_search("martinez");
    ASSERT_EQ(list.count(), 1U);
    EXPECT_EQ(list.cell(0, 0), "María Luisa Martínez");
    list.set_search("MUÑOZ aca");
    ASSERT_EQ(list.count(), 1U);
    EXPECT_EQ(list.source_index(0), 1U);
    list.set_search("nunez umm");
    EXPECT_EQ(list.count(), 1U);
    list.set_search("nadie");
    EXPECT_EQ(list.count(), 0U);
    EXPECT_EQ(list.total(), 3U);
    list.set_search("");
    EXPECT_EQ(list.count(), 3U);
}

TEST(RecordList, FiltersAndSortingByTextDatesAndAmounts) {
    auto list = people();
    list.set_filter(1, "UMM-GRO");
    EXPECT_EQ(list.count(), 2U);
    EXPECT_EQ(list.values_of(1), (std::vector<std::string>{"HG-ACA", "UMM-GRO"}));
    list.set_filter(1, "");
    list.sort_by(2, true);  // amounts by value, not as text ("$120,000.00" < "$9,500.00" as text)
    EXPECT_EQ(list.cell(0, 2), "$9,500.00");
    EXPECT_EQ(list.cell(2, 2), "$120,000.00");
    list.sort_by(3, false);
    EXPECT_EQ(list.cell(0, 3), "2024-02-01");
    // Dates as the screen shows them sort by day, not by text ("15/07/2023" > "01/01/2024" as text).
    RecordList shown({"Folio", "Inicio"});
    shown.set_rows({{"A", "01/01/2024"}, {"B", "15/07/2023"}, {"C", "29/02/2024"}});
    shown.sort_by(1, true);
    EXPECT_EQ(shown.cell(0, 0), "B");
    EXPECT_EQ(shown.cell(2, 0), "C");
    list.sort_by(0, true);  // names without accents first letter: Ana, José, María
    EXPECT_EQ(list.cell(0, 0), "Ana Núñez");
}

TEST(RecordList, APeriodKeepsTheRowsWhoseDatesOverlapIt) {
    RecordList list({"Folio", "Inicio", "Fin"});
    list.set_rows({{"A", "2024-01-01", "2024-03-31"},
                   {"B", "2024-04-01", "2024-06-30"},
                   {"C", "2024-06-15", ""},  // no end yet
                   {"D", "", ""}});          // no dates: outside any period
    list.set_period(1, 2, "2024-03-01", "2024-04-15");
    ASSERT_EQ(list.count(), 2U);
    EXPECT_EQ(list.cell(0, 0), "A");
    EXPECT_EQ(list.cell(1, 0), "B");
    list.set_period(1, 2, "2024-07-01", "");
    ASSERT_EQ(list.count(), 1U);
    EXPECT_EQ(list.cell(0, 0), "C");
    list.set_period(1, 2, "", "2024-03-31");
    ASSERT_EQ(list.count(), 1U);
    EXPECT_EQ(list.cell(0, 0), "A");
    list.set_search("b");  // with a search too
    EXPECT_EQ(list.count(), 0U);
    list.set_search("");
    list.set_period(1, 2, "", "");
    EXPECT_EQ(list.count(), 4U);
    // The same rows as the screen shows them: the period still compares days.
    RecordList shown({"Folio", "Inicio", "Fin"});
    shown.set_rows({{"A", "01/01/2024", "31/03/2024"}, {"B", "01/04/2024", "30/06/2024"}});
    shown.set_period(1, 2, "2024-03-01", "2024-03-15");
    ASSERT_EQ(shown.count(), 1U);
    EXPECT_EQ(shown.cell(0, 0), "A");
}

TEST(RecordList, ASearchOverOneHundredThousandRowsKeepsUpWithTyping) {
    RecordList list({"Nombre", "Clave"});
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 100'000; ++i) rows.push_back({"Persona Número " + std::to_string(i), "K" + std::to_string(i)});
    list.set_rows(std::move(rows));
    const auto start = std::chrono::steady_clock::now();
    list.set_search("numero 9999");
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(list.count(), 19U);  // 9999, x9999 and 99990..99999
    // Generous: incremental search must keep up with typing even in a sanitizer build.
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(took).count(), 2000);
}

}  // namespace
}  // namespace pacta::presentation
