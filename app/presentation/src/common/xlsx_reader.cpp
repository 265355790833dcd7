#include "xlsx_reader.h"

#include "zip_xml.h"

#include <zip.h>

#include <charconv>
#include <chrono>
#include <filesystem>
#include <memory>

#include "pacta/domain/date.h"
#include "pacta/locale/catalog.h"

namespace pacta::presentation::detail {

namespace {

struct SharedStrings {
    std::vector<std::string> strings;
    bool in_text = false;
    void start(const XML_Char* name, const XML_Char**) {
        const auto n = local(name);
        if (n == "si") strings.emplace_back();
        in_text = n == "t" && !strings.empty();
    }
    void end(const XML_Char* name) {
        if (local(name) == "t") in_text = false;
    }
    void text(std::string_view s) {
        if (in_text) strings.back().append(s);
    }
};

// Excel's own bounds: column XFD, row 1,048,576. Past them a sheet is not Excel's.
constexpr std::size_t last_column = 16384;
constexpr std::size_t last_row = 1048576;
// Cells held at once (each row as wide as its widest cell): far above a roster of 100,000
// people, far below what exhausts memory.
constexpr std::size_t max_cells = 8'000'000;

// "BC12" -> column 54 (0-based); nullopt past column XFD (the letters stop counting there,
// so "ZZZZZZZZZZZZZ1" cannot overflow).
std::optional<std::size_t> column_of(const char* ref) {
    std::size_t col = 0;
    for (const char* p = ref; p != nullptr && *p >= 'A' && *p <= 'Z'; ++p) {
        col = col * 26 + static_cast<std::size_t>(*p - 'A' + 1);
        if (col > last_column) return std::nullopt;
    }
    return col == 0 ? 0 : col - 1;
}

std::string beyond_xfd() { return locale::tr("cell {cell} is beyond column XFD, the last column of an Excel sheet."); }

struct SheetHandler {
    const std::vector<std::string>& shared;
    Sheet sheet;
    std::string type;
    std::string value;
    std::size_t column = 0;
    bool in_value = false;
    bool in_cell = false;
    std::size_t cells = 0;  // cells held so far, empty padding included
    std::string problem;    // set to stop the parse: the sheet breaks Excel's bounds or ours

    // `message` is translated at the call, where xgettext sees its English text.
    void refuse(const std::string& message, const std::string& ref) {
        problem = locale::fill(message, {{"cell", ref}, {"cells", std::to_string(max_cells)}});
    }

    void start(const XML_Char* name, const XML_Char** attrs) {
        const auto n = local(name);
        if (n == "row") {
            const char* r = attribute(attrs, "r");
            std::size_t number = sheet.rows.size() + 1;
            if (r != nullptr) {
                const std::string_view text(r);
                const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
                if (ec != std::errc() || p != text.data() + text.size() || number == 0 || number > last_row) {
                    return refuse(locale::tr("row {cell} is not a row of an Excel sheet (they go from 1 to 1,048,576)."),
                                  r);
                }
            }
            sheet.rows.emplace_back();
            sheet.row_numbers.push_back(number);
        } else if (n == "c") {
            in_cell = true;
            const char* t = attribute(attrs, "t");
            type = t != nullptr ? t : "";
            const char* r = attribute(attrs, "r");
            if (r != nullptr) {
                const auto col = column_of(r);
                if (!col) return refuse(beyond_xfd(), r);
                column = *col;
            } else {
                column = sheet.rows.empty() ? 0 : sheet.rows.back().size();
            }
            if (column >= last_column) return refuse(beyond_xfd(), "");
            const std::size_t width = sheet.rows.empty() ? 0 : sheet.rows.back().size();
            if (column + 1 > width) cells += column + 1 - width;
            if (cells > max_cells) {
                return refuse(locale::tr("the sheet holds more than {cells} cells; split it into smaller files."),
                              r != nullptr ? r : "");
            }
            value.clear();
        } else if (n == "v" || (n == "t" && in_cell)) {
            in_value = true;
        }
    }
    void end(const XML_Char* name) {
        const auto n = local(name);
        if (n == "v" || n == "t") in_value = false;
        if (n == "c" && !sheet.rows.empty()) {
            in_cell = false;
            std::string cell = value;
            if (type == "s") {
                std::size_t index = 0;
                const auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
                cell = ec == std::errc() && p == value.data() + value.size() && index < shared.size() ? shared[index] : "";
            }
            auto& row = sheet.rows.back();
            if (row.size() <= column) row.resize(column + 1);
            row[column] = std::move(cell);
        }
    }
    void text(std::string_view s) {
        if (in_value) value.append(s);
    }
};

}  // namespace

std::optional<Sheet> read_first_sheet(const std::string& path) {
    const std::string shown = std::filesystem::path(path).filename().string();
    const auto archive = open_zip(path, shown);
    if (!archive) return std::nullopt;
    SharedStrings shared;
    if (const auto xml = entry(archive.get(), "xl/sharedStrings.xml", shown)) {
        if (!parse(*xml, shared)) return std::nullopt;
    }
    auto xml = entry(archive.get(), "xl/worksheets/sheet1.xml", shown);
    if (!xml) return std::nullopt;
    SheetHandler handler{shared.strings, {}, {}, {}, 0, false, false, 0, {}};
    const bool parsed = parse(*xml, handler);
    if (!handler.problem.empty()) throw HostileFile(shown + ": " + handler.problem);
    if (!parsed) return std::nullopt;
    // Every row as wide as the header, like a CSV: no wider, so a stray far cell costs nothing.
    if (!handler.sheet.rows.empty()) {
        const std::size_t width = handler.sheet.rows.front().size();
        for (auto& r : handler.sheet.rows) r.resize(width);
    }
    return std::move(handler.sheet);
}

std::optional<std::string> excel_serial_to_iso(const std::string& value) {
    long serial = 0;
    const auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), serial);
    // Whole days only (a date cell without time), in a plausible range (1900..2200).
    if (ec != std::errc() || (p != value.data() + value.size() && *p != '.') || serial < 1 || serial > 109574) {
        return std::nullopt;
    }
    // Day 0 is 1899-12-30 once Excel's fictitious 1900-02-29 is accounted for.
    const auto base = domain::Date::from_ymd(1899, 12, 30)->days();
    return domain::Date::from_days(base + std::chrono::days{serial}).iso();
}

}  // namespace pacta::presentation::detail
