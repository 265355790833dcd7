#pragma once
// CSV as spreadsheets export it (RFC 4180: "," between cells, quotes around cells that
// hold commas, quotes or line breaks, "" for a quote inside them).

#include <string>
#include <string_view>
#include <vector>

#include "pacta/document/data.h"
#include "pacta/document/template.h"
#include "pacta/domain/finding.h"

namespace pacta::document {

struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::size_t> row_numbers;  // as a spreadsheet numbers them: the header is row 1
    std::vector<std::size_t> line_numbers; // the line of the file where each row starts
    domain::Findings findings;             // csv.unterminated_quote, csv.cell_count (line, column)
};

[[nodiscard]] CsvTable parse_csv(std::string_view text, std::string_view name, char delimiter = ',');

// One CSV text cell: quoted when it holds a separator, a quote or a line break, and with a
// leading apostrophe when it begins with = + - @, a tab or a carriage return, so that no
// spreadsheet runs it as a formula (parse_csv takes the apostrophe off again).
[[nodiscard]] std::string csv_field(const std::string& value);
// A cell known to hold a number ("-1,234.50"): quoted when needed, never given an apostrophe.
[[nodiscard]] std::string csv_number_field(const std::string& value);
// True when a spreadsheet would read `value` as a formula.
[[nodiscard]] bool looks_like_formula(std::string_view value);

// "," or ";", whichever the header line (outside quotes) uses more: Excel in Spanish-speaking
// countries writes ";".
[[nodiscard]] char detect_delimiter(std::string_view text);

// Text as UTF-8: a UTF-8 BOM is dropped, valid UTF-8 kept, anything else read as
// Windows-1252 (what Excel writes on Windows) and converted.
[[nodiscard]] std::string to_utf8(std::string_view bytes);

// The data of one contract: `common` with the row's non-empty cells set on top. Columns are
// field paths ("prestador.nombre"); cells of `lista` fields hold their items separated by "|".
// Columns listed in `ignore` (the folio) are left out.
[[nodiscard]] DataValue apply_row(const DataValue& common, const Template& tmpl, const std::vector<std::string>& header,
                                  const std::vector<std::string>& row, const std::vector<std::string>& ignore = {});

}  // namespace pacta::document
