#pragma once
// A list screen over rows that stay in the store: it keeps the search, filters, period and
// sort as a request, asks the store how many rows match and reads a window of them around
// the row the control asks for. Opening it, scrolling or filtering costs the same at 1,000
// and 1,000,000 rows.

#include <functional>
#include <map>
#include <optional>

#include "pacta/presentation/common/list_model.h"

namespace pacta::presentation {

// What the screen asks the store for.
struct ListRequest {
    std::string search;
    std::map<std::size_t, std::string> filters;  // column -> value shown in it
    std::string period_from, period_to;          // ISO dates, empty when open
    std::optional<std::size_t> sort_column;      // nullopt: the store's natural order
    bool ascending = true;
    // The value filtering `column`, or null when it is not filtered.
    [[nodiscard]] const std::string* filter(std::size_t column) const {
        const auto it = filters.find(column);
        return it == filters.end() ? nullptr : &it->second;
    }
};

// The store's side: rows as the screen shows them, one string per column.
class ListSource {
public:
    virtual ~ListSource() = default;
    [[nodiscard]] virtual std::size_t count(const ListRequest& request) = 0;
    [[nodiscard]] virtual std::vector<std::vector<std::string>> rows(const ListRequest& request, std::size_t offset,
                                                                     std::size_t limit) = 0;
    [[nodiscard]] virtual std::size_t total() = 0;
    [[nodiscard]] virtual std::vector<std::string> values_of(std::size_t column) = 0;
};

class PagedList : public ListModel {
public:
    // Rows read per visit to the store.
    static constexpr std::size_t window_size = 200;

    PagedList(std::vector<std::string> columns, ListSource& source) : columns_(std::move(columns)), source_(source) {}

    // Reads the counts again and forgets the rows read (after a change in the store).
    void reload();

    [[nodiscard]] const std::vector<std::string>& columns() const override { return columns_; }
    void set_search(const std::string& text) override;
    void set_filter(std::size_t column, const std::string& value) override;
    void set_period(std::size_t start_column, std::size_t end_column, const std::string& from,
                    const std::string& to) override;
    void sort_by(std::size_t column, bool ascending) override;
    [[nodiscard]] std::size_t count() const override { return count_; }
    [[nodiscard]] std::size_t total() const override { return total_; }
    [[nodiscard]] const std::string& cell(std::size_t row, std::size_t column) const override;
    [[nodiscard]] std::vector<std::string> values_of(std::size_t column) const override {
        return source_.values_of(column);
    }
    [[nodiscard]] const ListRequest& request() const { return request_; }
    // How many times the store was asked for rows (tests: scrolling reads windows, not rows).
    [[nodiscard]] std::size_t reads() const { return reads_; }

private:
    void requery();

    std::vector<std::string> columns_;
    ListSource& source_;
    ListRequest request_;
    std::size_t count_ = 0;
    std::size_t total_ = 0;
    // The window read last: rows first_..first_+window_.size().
    mutable std::size_t first_ = 0;
    mutable std::vector<std::vector<std::string>> window_;
    mutable std::size_t reads_ = 0;
};

}  // namespace pacta::presentation
