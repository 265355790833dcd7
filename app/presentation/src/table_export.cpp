#include "pacta/presentation/table_export.h"

#include <xlsxwriter.h>

#include <stdexcept>
#include <system_error>

#include "pacta/document/csv.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/atomic_file.h"

namespace pacta::presentation {

namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

namespace {

// "13,771.66" or "$13,771.66" -> 13771.66, for number cells in a workbook.
bool as_number(const std::string& text, double& out) {
    std::string digits;
    for (const char c : text) {
        if ((c >= '0' && c <= '9') || c == '.' || c == '-') {
            digits += c;
        } else if (c != ',' && c != '$' && c != ' ' && c != 'S' && c != '/') {
            return false;
        }
    }
    if (digits.empty()) return false;
    try {
        std::size_t used = 0;
        out = std::stod(digits, &used);
        return used == digits.size();
    } catch (const std::exception&) {
        return false;
    }
}

bool write_xlsx(const Table& table, const std::string& path) {
    lxw_workbook* book = workbook_new(path.c_str());
    if (book == nullptr) return false;
    lxw_worksheet* sheet = workbook_add_worksheet(book, table.sheet_name.c_str());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.columns[c].c_str(), bold);
    }
    lxw_row_t r = 1;
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            double value = 0;
            if (c < table.numeric.size() && table.numeric[c] && as_number(row[c], value)) {
                worksheet_write_number(sheet, r, col, value, money);
            } else if (!row[c].empty()) {
                worksheet_write_string(sheet, r, col, row[c].c_str(), nullptr);
            }
        }
        ++r;
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

}  // namespace

std::string table_csv(const Table& table) {
    std::string out = "\xEF\xBB\xBF";
    const auto line = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + document::csv_field(cells[i]);
        out += "\r\n";
    };
    line(table.columns);
    for (const auto& row : table.rows) line(row);
    return out;
}

void write_table(const Table& table, const fs::path& target) {
    const auto ext = target.extension();
    if (ext == ".csv") {
        platform::write_file_atomically(target, table_csv(table));
        return;
    }
    if (ext != ".xlsx") {
        throw std::runtime_error(fill(tr("cannot write «{file}»: the output must end in .csv or .xlsx"),
                                      {{"file", target.string()}}));
    }
    // libxlsxwriter writes the file itself: give it a temporary name, then rename.
    const fs::path temporary = target.string() + ".parcial.xlsx";
    if (!write_xlsx(table, temporary.string())) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw std::runtime_error(fill(tr("cannot write «{file}»"), {{"file", target.string()}}));
    }
    fs::rename(temporary, target);
}

}  // namespace pacta::presentation
