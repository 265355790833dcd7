#pragma once
// Cells of the workbooks Pacta writes: numbers and dates as typed values (so a negative amount
// stays a number and a date sorts as one), everything else as text, never as a formula.

#include <xlsxwriter.h>

#include <string>

namespace pacta::presentation::detail {

struct XlsxFormats {
    lxw_format* money = nullptr;  // "#,##0.00"
    lxw_format* date = nullptr;   // "dd/mm/yyyy"
};

[[nodiscard]] XlsxFormats add_xlsx_formats(lxw_workbook* book);

// `money_column`: the column holds amounts ("$13,771.66", "-1,234.50"), written as numbers.
// Dates ("2024-03-15", "15/03/2024") become date cells, plain counts ("12") numbers.
void write_typed_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& text, bool money_column,
                      const XlsxFormats& formats);

}  // namespace pacta::presentation::detail
