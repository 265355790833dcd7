#pragma once
// What a virtual list control asks of a list whose rows stay in the store: how many there
// are, the text of a cell, and a word before it paints a stretch of rows, so that they come
// in one query. (RecordList holds its rows in memory and needs none of this.)

#include <cstddef>
#include <string>
#include <vector>

namespace pacta::presentation {

class RowsProvider {
public:
    virtual ~RowsProvider() = default;
    [[nodiscard]] virtual const std::vector<std::string>& columns() const = 0;
    // The rows the list has now.
    [[nodiscard]] virtual std::size_t size() const = 0;
    // "" for a row that is not there or may not be fetched now.
    [[nodiscard]] virtual std::string cell(std::size_t row, std::size_t column) = 0;
    // Rows `first`..`last` are about to be shown. True when size() changed meanwhile (a
    // count that stopped at its limit went on): the control then asks for the size again.
    virtual bool showing(std::size_t first, std::size_t last) = 0;
};

}  // namespace pacta::presentation
