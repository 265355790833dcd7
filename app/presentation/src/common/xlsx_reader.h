#pragma once
// The first sheet of an Excel workbook (.xlsx: a zip of XML files) as rows of text cells,
// read with libzip and expat. Numbers come as Excel writes them; dates as serial numbers.

#include <optional>
#include <string>
#include <vector>

namespace pacta::presentation::detail {

struct Sheet {
    std::vector<std::vector<std::string>> rows;  // the first row is the header
    std::vector<std::size_t> row_numbers;        // Excel's row number of each row
};

// nullopt when the file is not a workbook this reader understands.
[[nodiscard]] std::optional<Sheet> read_first_sheet(const std::string& path);

// Excel's serial day (1900 date system) as an ISO date: 32945 -> "1990-03-12".
[[nodiscard]] std::optional<std::string> excel_serial_to_iso(const std::string& value);

}  // namespace pacta::presentation::detail
