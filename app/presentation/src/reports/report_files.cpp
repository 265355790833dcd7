#include "pacta/presentation/reports/report_files.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <system_error>

#include "pacta/document/csv.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/private_files.h"
#include "pacta/presentation/contracts/contract_output.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

namespace fs = std::filesystem;
namespace d = domain;
using locale::fill;
using locale::tr;

namespace {

// What a spreadsheet reads as a number whatever its locale: "1234.50", "12.5", "-3".
std::string plain(const ReportCell& cell) {
    if (cell.empty) return {};
    switch (cell.kind) {
        case CellKind::count: return std::to_string(cell.number);
        case CellKind::money: {
            const auto whole = std::llabs(cell.number) / 100, cents = std::llabs(cell.number) % 100;
            return std::string(cell.number < 0 ? "-" : "") + std::to_string(whole) + "." + (cents < 10 ? "0" : "") +
                   std::to_string(cents);
        }
        case CellKind::percent: {
            const auto whole = std::llabs(cell.number) / 10, tenth = std::llabs(cell.number) % 10;
            return std::string(cell.number < 0 ? "-" : "") + std::to_string(whole) + "." + std::to_string(tenth);
        }
        case CellKind::text:
        case CellKind::date: return cell_text(cell);
    }
    return {};
}

void csv_line(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + document::csv_field(cells[i]);
    out += "\r\n";
}

// Numbers as numbers (a negative increment stays "-3", not a text "'-3"); text never a formula.
void csv_cells(std::string& out, const std::vector<ReportCell>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const auto& c = cells[i];
        const bool number = c.kind == CellKind::count || c.kind == CellKind::money || c.kind == CellKind::percent;
        out += (i ? "," : "") + (number ? document::csv_number_field(plain(c)) : document::csv_field(plain(c)));
    }
    out += "\r\n";
}

struct Formats {
    lxw_format* bold = nullptr;
    lxw_format* title = nullptr;
    lxw_format* header = nullptr;
    lxw_format* count = nullptr;
    lxw_format* count_bold = nullptr;
    lxw_format* money = nullptr;
    lxw_format* money_bold = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* date = nullptr;
};

Formats add_formats(lxw_workbook* book) {
    Formats f;
    const auto add = [&](const char* number, bool bold) {
        lxw_format* format = workbook_add_format(book);
        if (number != nullptr) format_set_num_format(format, number);
        if (bold) format_set_bold(format);
        return format;
    };
    f.bold = add(nullptr, true);
    f.title = add(nullptr, true);
    format_set_font_size(f.title, 14);
    f.header = add(nullptr, true);
    format_set_bg_color(f.header, 0xDDDDDD);
    format_set_text_wrap(f.header);
    f.count = add("#,##0", false);
    f.count_bold = add("#,##0", true);
    f.money = add("#,##0.00", false);
    f.money_bold = add("#,##0.00", true);
    f.percent = add("0.0%", false);
    f.date = add("dd/mm/yyyy", false);
    return f;
}

void write_cell(lxw_worksheet* sheet, lxw_row_t r, lxw_col_t c, const ReportCell& cell, const Formats& f, bool bold) {
    if (cell.empty) return;
    switch (cell.kind) {
        case CellKind::count: worksheet_write_number(sheet, r, c, static_cast<double>(cell.number), bold ? f.count_bold : f.count); return;
        case CellKind::money:
            worksheet_write_number(sheet, r, c, static_cast<double>(cell.number) / 100.0, bold ? f.money_bold : f.money);
            return;
        case CellKind::percent: worksheet_write_number(sheet, r, c, static_cast<double>(cell.number) / 1000.0, f.percent); return;
        case CellKind::date: {
            if (!cell.date) return;
            lxw_datetime when{cell.date->year(), static_cast<std::uint8_t>(cell.date->month()),
                              static_cast<std::uint8_t>(cell.date->day()), 0, 0, 0};
            worksheet_write_datetime(sheet, r, c, &when, f.date);
            return;
        }
        case CellKind::text:
            // Text is never a formula: libxlsxwriter's write_string stores it as a string.
            if (!cell.text.empty()) worksheet_write_string(sheet, r, c, cell.text.c_str(), bold ? f.bold : nullptr);
            return;
    }
}

bool write_xlsx(const Report& report, const std::string& path) {
    lxw_workbook* book = workbook_new(path.c_str());
    if (book == nullptr) return false;
    const Formats f = add_formats(book);
    int n = 0;
    for (const auto& s : report.sections) {
        std::string name = s.sheet.empty() ? "Hoja" + std::to_string(++n) : s.sheet;
        if (workbook_get_worksheet_by_name(book, name.c_str()) != nullptr) {
            std::size_t cut = std::min<std::size_t>(name.size(), 27);
            while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;  // a whole character
            name = name.substr(0, cut) + " " + std::to_string(++n);
        }
        lxw_worksheet* sheet = workbook_add_worksheet(book, name.c_str());
        if (sheet == nullptr) {
            workbook_close(book);
            return false;
        }
        lxw_row_t r = 0;
        if (!s.bare) {
            worksheet_write_string(sheet, r++, 0, s.title.c_str(), f.title);
            if (!report.institution.empty()) worksheet_write_string(sheet, r++, 0, report.institution.c_str(), nullptr);
            for (const auto& line : report.filters) worksheet_write_string(sheet, r++, 0, line.c_str(), nullptr);
            worksheet_write_string(sheet, r++, 0, report.produced.c_str(), nullptr);
            ++r;
        }
        const lxw_row_t header = r;
        std::vector<std::size_t> widths(s.columns.size(), 8);
        for (std::size_t c = 0; c < s.columns.size(); ++c) {
            worksheet_write_string(sheet, header, static_cast<lxw_col_t>(c), s.columns[c].title.c_str(), f.header);
            widths[c] = std::max(widths[c], s.columns[c].title.size() * 9 / 10);
        }
        r = header + 1;
        for (const auto& row : s.rows) {
            for (std::size_t c = 0; c < row.size(); ++c) {
                write_cell(sheet, r, static_cast<lxw_col_t>(c), row[c], f, false);
                widths[c] = std::max(widths[c], cell_text(row[c]).size());
            }
            ++r;
        }
        const lxw_row_t last_data = r == header + 1 ? header : r - 1;
        if (!s.totals.empty()) {
            for (std::size_t c = 0; c < s.totals.size(); ++c) write_cell(sheet, r, static_cast<lxw_col_t>(c), s.totals[c], f, true);
            ++r;
        }
        if (!s.note.empty() && !s.bare) worksheet_write_string(sheet, ++r, 0, s.note.c_str(), nullptr);
        if (!s.bare) {
            for (const auto& line : report.discrepancies) worksheet_write_string(sheet, ++r, 0, line.c_str(), nullptr);
        }
        for (std::size_t c = 0; c < widths.size(); ++c) {
            worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 static_cast<double>(std::min<std::size_t>(widths[c] + 2, 60)), nullptr);
        }
        worksheet_freeze_panes(sheet, header + 1, 0);
        if (!s.columns.empty()) {
            worksheet_autofilter(sheet, header, 0, last_data, static_cast<lxw_col_t>(s.columns.size() - 1));
        }
    }
    if (report.sections.empty()) workbook_add_worksheet(book, nullptr);
    return workbook_close(book) == LXW_NO_ERROR;
}

[[noreturn]] void cannot_write(const fs::path& target) {
    // The folder by its name alone: the desktop never shows a path.
    const auto folder = fs::absolute(target).parent_path().filename();
    throw ServiceError(fill(tr("the report could not be written to «{file}»: the folder «{folder}» does not exist or "
                               "cannot be written. Choose another folder; nothing was changed."),
                            {{"file", target.filename().string()}, {"folder", folder.string()}}));
}

}  // namespace

std::string report_csv(const Report& report) {
    std::string out = "\xEF\xBB\xBF";
    bool first = true;
    for (const auto& s : report.sections) {
        // Several tables: each after a blank line and its title.
        if (report.sections.size() > 1) {
            if (!first) out += "\r\n";
            csv_line(out, {s.title});
        }
        first = false;
        std::vector<std::string> cells;
        for (const auto& c : s.columns) cells.push_back(c.title);
        csv_line(out, cells);
        for (const auto& row : s.rows) csv_cells(out, row);
        if (!s.totals.empty()) csv_cells(out, s.totals);
        // A table without its totals, or without rows, says why (an upload format does not).
        if (!s.note.empty() && !s.bare) csv_line(out, {s.note});
    }
    for (const auto& line : report.discrepancies) csv_line(out, {line});
    return out;
}

pdf::ReportPdf report_pdf_model(const Report& report) {
    pdf::ReportPdf out;
    out.institution = report.institution;
    out.title = report.title;
    out.filters = report.filters;
    out.produced = report.produced;
    out.page_label = tr("Page");
    out.of_label = tr("of");
    out.creator = pdf_creator();
    for (const auto& s : report.sections) {
        pdf::ReportPdfSection section;
        section.title = s.title;
        for (const auto& c : s.columns) {
            const bool numeric = c.kind != CellKind::text;
            section.columns.push_back({c.title, numeric, numeric ? 1.0 : 1.6});
        }
        for (const auto& row : s.rows) {
            std::vector<std::string> cells;
            for (const auto& cell : row) cells.push_back(cell_text(cell));
            section.rows.push_back(std::move(cells));
        }
        for (const auto& cell : s.totals) section.totals.push_back(cell_text(cell));
        section.note = s.note;
        if (s.chart) {
            pdf::ReportPdfChart chart;
            chart.title = s.chart->title;
            chart.categories = s.chart->categories;
            chart.value_caption = s.chart->caption;
            chart.empty_note = tr("No values to show");
            for (const auto& series : s.chart->series) {
                pdf::ReportPdfChart::Series out_series{series.name, {}};
                for (const auto v : series.values) {
                    out_series.values.push_back(s.chart->money ? static_cast<double>(v) / 100.0 : static_cast<double>(v));
                }
                chart.series.push_back(std::move(out_series));
            }
            section.charts.push_back(std::move(chart));
        }
        out.sections.push_back(std::move(section));
    }
    if (!report.discrepancies.empty()) {
        pdf::ReportPdfSection problems;
        problems.title = tr("Totals that do not reconcile");
        problems.columns = {{tr("What"), false, 1.0}};
        for (const auto& line : report.discrepancies) problems.rows.push_back({line});
        out.sections.push_back(std::move(problems));
    }
    return out;
}

void write_report(const Report& report, const fs::path& target) {
    const auto ext = target.extension().string();
    const auto folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::error_code error;
    if (!fs::is_directory(folder, error)) cannot_write(target);
    try {
        if (ext == ".csv") {
            platform::write_file_atomically(target, report_csv(report));
        } else if (ext == ".pdf") {
            platform::write_file_atomically(target, pdf::render_report_pdf(report_pdf_model(report)));
        } else if (ext == ".xlsx") {
            // libxlsxwriter writes the file itself: under a temporary name beside it, created
            // first private (0600) and new (never an existing file or link), then renamed.
            const fs::path temporary =
                target.parent_path() / ("." + target.filename().string() + ".parcial-" + std::to_string(::getpid()) + ".xlsx");
            if (!platform::create_private_file(temporary)) cannot_write(target);
            try {
                if (!write_xlsx(report, temporary.string())) cannot_write(target);
                platform::commit_file(temporary, target);
            } catch (...) {
                fs::remove(temporary, error);
                throw;
            }
        } else {
            throw ServiceError(fill(tr("«{file}» must end in .pdf, .xlsx or .csv: the ending chooses the format."),
                                    {{"file", target.filename().string()}}));
        }
    } catch (const std::system_error&) {
        cannot_write(target);
    }
}

}  // namespace pacta::presentation
