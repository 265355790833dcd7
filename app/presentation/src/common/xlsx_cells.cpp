#include "xlsx_cells.h"

#include <charconv>
#include <optional>

#include "pacta/domain/date.h"

namespace pacta::presentation::detail {

namespace {

// "13,771.66", "$13,771.66", "S/ 1,234.50", "-1,234.50" -> the number.
std::optional<double> as_amount(const std::string& text) {
    std::string digits;
    for (const char c : text) {
        if ((c >= '0' && c <= '9') || c == '.' || c == '-') {
            digits += c;
        } else if (c != ',' && c != '$' && c != ' ' && c != 'S' && c != '/') {
            return std::nullopt;
        }
    }
    double value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    return value;
}

std::optional<int> number_at(const std::string& text, std::size_t at, std::size_t length) {
    int value = 0;
    const char* begin = text.data() + at;
    const auto [end, error] = std::from_chars(begin, begin + length, value);
    if (error != std::errc() || end != begin + length) return std::nullopt;
    return value;
}

// "2024-03-15" or "15/03/2024", a real day; anything else is not a date.
std::optional<domain::Date> as_date(const std::string& text) {
    if (text.size() != 10) return std::nullopt;
    std::optional<int> y, m, d;
    if (text[4] == '-' && text[7] == '-') {
        y = number_at(text, 0, 4), m = number_at(text, 5, 2), d = number_at(text, 8, 2);
    } else if (text[2] == '/' && text[5] == '/') {
        d = number_at(text, 0, 2), m = number_at(text, 3, 2), y = number_at(text, 6, 4);
    }
    if (!y || !m || !d || *m < 1 || *d < 1) return std::nullopt;
    return domain::Date::from_ymd(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d));
}

// "12" but not "0012" (a code whose zeros matter) nor a CLABE's 18 digits.
bool is_count(const std::string& text) {
    if (text.empty() || text.size() > 9 || text.front() == '0') return text == "0";
    for (const char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

}  // namespace

XlsxFormats add_xlsx_formats(lxw_workbook* book) {
    XlsxFormats f;
    f.money = workbook_add_format(book);
    format_set_num_format(f.money, "#,##0.00");
    f.date = workbook_add_format(book);
    format_set_num_format(f.date, "dd/mm/yyyy");
    return f;
}

void write_typed_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& text, bool money_column,
                      const XlsxFormats& formats) {
    if (text.empty()) return;
    if (money_column) {
        if (const auto amount = as_amount(text)) {
            worksheet_write_number(sheet, row, col, *amount, formats.money);
            return;
        }
    }
    if (const auto date = as_date(text)) {
        lxw_datetime when{date->year(), static_cast<uint8_t>(date->month()), static_cast<uint8_t>(date->day()), 0, 0, 0};
        worksheet_write_datetime(sheet, row, col, &when, formats.date);
        return;
    }
    if (is_count(text)) {
        worksheet_write_number(sheet, row, col, std::stod(text), nullptr);
        return;
    }
    // A shared string: "=HYPERLINK(...)" stays the text it is, never a formula.
    worksheet_write_string(sheet, row, col, text.c_str(), nullptr);
}

}  // namespace pacta::presentation::detail
