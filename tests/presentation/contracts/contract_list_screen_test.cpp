// Contratos pages through the store: the screen reads the rows in view in windows, and
// passes search, filters, period and sorting to the store, which counts.
#include <gtest/gtest.h>

#include "support/memory_repositories.h"
#include "pacta/presentation/contracts/contract_list_screen.h"
#include "pacta/locale/labels.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

d::ContractSummary contract(int n, const std::string& institution, d::ContractState state, const std::string& unit) {
    d::ContractSummary c;
    c.folio = "GRO-2024-" + std::to_string(1000 + n);
    c.institution_code = institution;
    c.person = n % 2 ? "Rosa Ramírez Cruz" : "Juan Pérez López";
    c.staff_key = "KEY" + std::to_string(n);
    c.template_code = "imss-bienestar-honorarios";
    c.template_version = 1;
    c.state = state;
    c.total = d::Money(1'000'000 + n, d::Currency::MXN);
    c.start = d::Date::from_ymd(2024, static_cast<unsigned>(1 + n % 12), 1);
    c.end = d::Date::from_ymd(2024, static_cast<unsigned>(1 + n % 12), 28);
    c.unit_code = unit;
    return c;
}

// Counts how often the store is asked for rows and counts.
class CountingCatalog : public MemoryCatalog {
public:
    std::vector<d::ContractSummary> page(const d::ContractQuery& q, std::size_t offset, std::size_t limit) override {
        ++pages;
        last_query = q;
        return MemoryCatalog::page(q, offset, limit);
    }
    std::size_t pages = 0;
    d::ContractQuery last_query;
};

TEST(ContractList, ReadsWindowsOfRowsNotEveryRow) {
    CountingCatalog catalog;
    for (int n = 0; n < 1000; ++n) catalog.contracts.push_back(contract(n, "imss-gro", d::ContractState::borrador, "UMM-GRO"));
    MemoryAudit audit;
    const Session session(account_with("ana", {d::Role::administrador}), audit);
    ContractListViewModel model(session, catalog);
    model.reload();
    EXPECT_EQ(model.list.count(), 1000U);
    EXPECT_EQ(model.list.total(), 1000U);
    EXPECT_EQ(catalog.pages, 0U);  // nothing read until a row is shown
    // Drawing the first screenful reads one window; scrolling through it reads no more.
    for (std::size_t row = 0; row < 40; ++row) (void)model.list.cell(row, ContractListViewModel::folio);
    EXPECT_EQ(catalog.pages, 1U);
    EXPECT_EQ(model.folio_at(0), "GRO-2024-1000");
    // Jumping to the end reads the window there.
    EXPECT_EQ(model.list.cell(999, ContractListViewModel::folio), "GRO-2024-1999");
    EXPECT_EQ(catalog.pages, 2U);
    EXPECT_EQ(model.list.cell(1000, ContractListViewModel::folio), "");  // past the end: nothing
}

TEST(ContractList, TheStoreFiltersSortsAndKeepsToTheUsersInstitutions) {
    CountingCatalog catalog;
    for (int n = 0; n < 30; ++n) {
        catalog.contracts.push_back(contract(n, n < 20 ? "imss-gro" : "sunass",
                                             n % 3 ? d::ContractState::borrador : d::ContractState::vigente,
                                             n % 2 ? "UMM-GRO" : "UMM-ACA"));
    }
    MemoryAudit audit;
    auto limited = account_with("carlos", {d::Role::capturista});
    limited.institutions = {"imss-gro"};
    const Session session(limited, audit);
    ContractListViewModel model(session, catalog);
    model.reload();
    EXPECT_EQ(model.list.total(), 20U);  // the other institution's contracts are not counted

    model.list.set_filter(ContractListViewModel::state, pacta::locale::contract_state_label(d::ContractState::vigente));
    EXPECT_EQ(model.list.count(), 7U);  // 0, 3, 6 … 18
    model.list.set_filter(ContractListViewModel::unit, "UMM-ACA");
    EXPECT_EQ(model.list.count(), 4U);  // 0, 6, 12, 18
    (void)model.list.cell(0, 0);
    EXPECT_EQ(catalog.last_query.institutions, std::vector<std::string>{"imss-gro"});
    EXPECT_EQ(catalog.last_query.state, d::ContractState::vigente);
    EXPECT_EQ(catalog.last_query.unit_code, "UMM-ACA");
    model.list.set_filter(ContractListViewModel::unit, "");
    model.list.set_filter(ContractListViewModel::state, "");
    model.list.set_period(ContractListViewModel::start, ContractListViewModel::end, "2024-03-01", "2024-04-30");
    EXPECT_EQ(model.list.count(), 4U);  // months 3 and 4: n = 2, 3, 14, 15
    model.list.set_period(ContractListViewModel::start, ContractListViewModel::end, "", "");
    model.list.set_search("GRO-2024-101");
    EXPECT_EQ(model.list.count(), 10U);
    model.list.sort_by(ContractListViewModel::amount, false);
    (void)model.list.cell(0, 0);
    EXPECT_EQ(catalog.last_query.order, d::ContractQuery::Order::total);
    EXPECT_TRUE(catalog.last_query.descending);
    EXPECT_EQ(catalog.last_query.text, "GRO-2024-101");
    // The filter's choices come from the store, not from rows read.
    const auto states = model.list.values_of(ContractListViewModel::state);
    EXPECT_EQ(states.size(), d::all_contract_states().size());
    EXPECT_EQ(model.list.values_of(ContractListViewModel::unit), (std::vector<std::string>{"UMM-ACA", "UMM-GRO"}));
}

}  // namespace
}  // namespace pacta::presentation
