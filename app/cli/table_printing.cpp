#include "table_printing.h"

#include <algorithm>

namespace pacta::cli {

// The last column is not padded: it is often long (an amount in words, a name).
void print_table(const presentation::Table& table, std::ostream& out) {
    std::vector<std::size_t> widths(table.columns.size(), 0);
    const auto width = [](const std::string& s) {
        return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
    };
    const auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], width(row[c]));
    };
    measure(table.columns);
    for (const auto& row : table.rows) measure(row);
    const auto line = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            const bool last = c + 1 == row.size();
            const bool right = c < table.numeric.size() && table.numeric[c];
            const std::string pad(last ? 0 : widths[c] - width(row[c]), ' ');
            out << (right ? pad + row[c] : row[c] + pad) << (last ? "\n" : "  ");
        }
    };
    line(table.columns);
    for (const auto& row : table.rows) line(row);
}

}  // namespace pacta::cli
