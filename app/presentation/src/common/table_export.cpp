#include "pacta/presentation/common/table_export.h"

#include <xlsxwriter.h>

#include <stdexcept>
#include <system_error>

#include "pacta/document/csv.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/presentation/common/display_date.h"
#include "xlsx_cells.h"

namespace pacta::presentation {

namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

namespace {

// "-1,234.50", "$13,771.66", "-S/ 12.00": an amount as format_money writes it, and nothing
// else ("-2-3" would be a formula to a spreadsheet).
bool is_amount(std::string_view text) {
    if (!text.empty() && text.front() == '-') text.remove_prefix(1);
    if (text.rfind("$", 0) == 0) text.remove_prefix(1);
    else if (text.rfind("S/ ", 0) == 0) text.remove_prefix(3);
    if (text.empty() || text.front() < '0' || text.front() > '9') return false;
    bool point = false;
    for (const char c : text) {
        if (c == '.' && !point) {
            point = true;
        } else if (!((c >= '0' && c <= '9') || (c == ',' && !point))) {
            return false;
        }
    }
    return text.back() != '.' && text.back() != ',';
}

// "-$1,234.50" -> "-1234.50": what a spreadsheet reads as a number whatever its locale's
// thousands separator.
std::string plain_number(std::string_view amount) {
    std::string out;
    for (const char c : amount) {
        if ((c >= '0' && c <= '9') || c == '.' || c == '-') out += c;
    }
    return out;
}

bool write_xlsx(const Table& table, const std::string& path) {
    lxw_workbook* book = workbook_new(path.c_str());
    if (book == nullptr) return false;
    lxw_worksheet* sheet = workbook_add_worksheet(book, table.sheet_name.c_str());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    const auto formats = detail::add_xlsx_formats(book);
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.columns[c].c_str(), bold);
    }
    lxw_row_t r = 1;
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            const bool money = c < table.numeric.size() && table.numeric[c];
            detail::write_typed_cell(sheet, r, static_cast<lxw_col_t>(c), row[c], money, formats);
        }
        ++r;
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

}  // namespace

std::string table_csv(const Table& table) {
    std::string out = "\xEF\xBB\xBF";
    bool numeric = false;
    const auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            // An amount ("-$1,234.50") is written as a plain number ("-1234.50"), a date as
            // dd/mm/aaaa; any other text that starts like a formula is neutralised.
            const bool amount = numeric && i < table.numeric.size() && table.numeric[i] && is_amount(cells[i]);
            const std::string cell = numeric && !amount ? display_date(cells[i]) : cells[i];
            out += (i ? "," : "") + (amount ? plain_number(cell) : document::csv_field(cell));
        }
        out += "\r\n";
    };
    numeric = false;
    line(table.columns);
    numeric = true;
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
