#pragma once
// Any tabular view (a schedule, a payment summary) saved as CSV or as an Excel workbook.

#include <filesystem>
#include <string>
#include <vector>

namespace pacta::presentation {

struct Table {
    std::string sheet_name;                      // the workbook's sheet ("Calendario")
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;  // cells as the user reads them
    std::vector<bool> numeric;                   // per column: written as numbers in XLSX
};

// UTF-8 with BOM and CRLF, fields quoted when needed: Excel opens it with accents intact.
[[nodiscard]] std::string table_csv(const Table& table);

// Writes `table` to `target` (.csv or .xlsx, by extension) under a temporary name first, then
// renames it. Throws std::runtime_error with a translated message when it cannot.
void write_table(const Table& table, const std::filesystem::path& target);

}  // namespace pacta::presentation
