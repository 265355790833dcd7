#pragma once
// What a list screen shows, for a virtual list control: columns, the rows in view, a search,
// one filter per column, a period, sorting and counts. RecordList holds every row in memory
// (short lists); PagedList asks the store for the rows in view (lists that grow with the
// office).

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace pacta::presentation {

class ListModel {
public:
    virtual ~ListModel() = default;
    [[nodiscard]] virtual const std::vector<std::string>& columns() const = 0;
    // Rows whose cells contain every word of `text`, accents and case aside.
    virtual void set_search(const std::string& text) = 0;
    // Only rows whose cell in `column` equals `value`; an empty value clears it.
    virtual void set_filter(std::size_t column, const std::string& value) = 0;
    // Only rows whose period (ISO dates in `start_column`..`end_column`) overlaps from..to; an
    // empty bound is open. Both empty clear it.
    virtual void set_period(std::size_t start_column, std::size_t end_column, const std::string& from,
                            const std::string& to) = 0;
    virtual void sort_by(std::size_t column, bool ascending) = 0;
    // Rows shown (after search and filters) and rows there are.
    [[nodiscard]] virtual std::size_t count() const = 0;
    [[nodiscard]] virtual std::size_t total() const = 0;
    [[nodiscard]] virtual const std::string& cell(std::size_t row, std::size_t column) const = 0;
    // The choices of a column's filter, sorted.
    [[nodiscard]] virtual std::vector<std::string> values_of(std::size_t column) const = 0;

    // What names a row whatever its position (a folio, a CURP): a screen keeps the selection
    // on it when the rows are read again. The first column unless set.
    void set_key_columns(std::vector<std::size_t> columns) { key_columns_ = std::move(columns); }
    [[nodiscard]] std::string row_key(std::size_t row) const {
        std::string key;
        for (const auto c : key_columns_) key += cell(row, c) + '\x1f';
        return key;
    }

private:
    std::vector<std::size_t> key_columns_{0};
};

}  // namespace pacta::presentation
