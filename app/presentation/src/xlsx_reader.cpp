#include "xlsx_reader.h"

#include "zip_xml.h"

#include <zip.h>

#include <charconv>
#include <chrono>
#include <memory>

#include "pacta/domain/date.h"

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

// "BC12" -> column 54 (0-based), row 12.
std::size_t column_of(const char* ref) {
    std::size_t col = 0;
    for (const char* p = ref; p != nullptr && *p >= 'A' && *p <= 'Z'; ++p) col = col * 26 + static_cast<std::size_t>(*p - 'A' + 1);
    return col == 0 ? 0 : col - 1;
}

struct SheetHandler {
    const std::vector<std::string>& shared;
    Sheet sheet;
    std::string type;
    std::string value;
    std::size_t column = 0;
    bool in_value = false;
    bool in_cell = false;

    void start(const XML_Char* name, const XML_Char** attrs) {
        const auto n = local(name);
        if (n == "row") {
            sheet.rows.emplace_back();
            const char* r = attribute(attrs, "r");
            sheet.row_numbers.push_back(r != nullptr ? static_cast<std::size_t>(std::atol(r)) : sheet.rows.size());
        } else if (n == "c") {
            in_cell = true;
            const char* t = attribute(attrs, "t");
            type = t != nullptr ? t : "";
            const char* r = attribute(attrs, "r");
            column = r != nullptr ? column_of(r) : (sheet.rows.empty() ? 0 : sheet.rows.back().size());
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
    int error = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open(path.c_str(), ZIP_RDONLY, &error));
    if (!archive) return std::nullopt;
    SharedStrings shared;
    if (const auto xml = entry(archive.get(), "xl/sharedStrings.xml")) {
        if (!parse(*xml, shared)) return std::nullopt;
    }
    auto xml = entry(archive.get(), "xl/worksheets/sheet1.xml");
    if (!xml) return std::nullopt;
    SheetHandler handler{shared.strings, {}, {}, {}, 0, false, false};
    if (!parse(*xml, handler)) return std::nullopt;
    // Every row as wide as the header, like a CSV.
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
