#include "pacta/document/csv.h"

#include <algorithm>

#include "pacta/domain/utf8.h"

namespace pacta::document {

bool looks_like_formula(std::string_view value) {
    return !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
}

CsvTable parse_csv(std::string_view text, std::string_view name, char delimiter) {
    CsvTable table;
    std::vector<std::string> record;
    std::string cell;
    bool quoted = false;
    bool cell_started = false;
    std::size_t line = 1;
    std::size_t record_line = 1;
    std::size_t quote_line = 0, quote_column = 0, column = 0;
    std::size_t record_count = 0;

    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM from spreadsheets

    // "'=SUMA(1)" is how csv_field wrote "=SUMA(1)" (and how Excel users type it): the
    // apostrophe only kept it from running, it is not part of the value.
    auto finish_cell = [&]() {
        if (cell.size() > 1 && cell.front() == '\'' && looks_like_formula(std::string_view(cell).substr(1))) {
            cell.erase(0, 1);
        }
        record.push_back(std::move(cell));
    };

    auto end_record = [&]() {
        finish_cell();
        cell.clear();
        cell_started = false;
        const bool blank = record.size() == 1 && record[0].empty();
        if (!blank) {
            ++record_count;
            if (table.header.empty()) {
                table.header = std::move(record);
            } else {
                if (record.size() != table.header.size()) {
                    table.findings.emplace_back("csv.cell_count", domain::Severity::error, std::string(name));
                    table.findings.back()
                        .with("line", std::to_string(record_line))
                        .with("row", std::to_string(record_count))
                        .with("found", std::to_string(record.size()))
                        .with("expected", std::to_string(table.header.size()));
                }
                record.resize(table.header.size());
                table.rows.push_back(std::move(record));
                table.row_numbers.push_back(record_count);
                table.line_numbers.push_back(record_line);
            }
        }
        record.clear();
        record.reserve(table.header.size());
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        ++column;
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell.push_back('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') {
                    ++line;
                    column = 0;
                }
                cell.push_back(c);
            }
            continue;
        }
        if (c == '"' && !cell_started) {
            quoted = true;
            cell_started = true;
            quote_line = line;
            quote_column = column;
        } else if (c == delimiter) {
            finish_cell();
            cell.clear();
            cell_started = false;
        } else if (c == '\n') {
            end_record();
            ++line;
            column = 0;
            record_line = line;
        } else if (c != '\r') {
            // An ordinary run is copied at once, up to the next character that means something.
            std::size_t end = i + 1;
            while (end < text.size()) {
                const char next = text[end];
                if (next == delimiter || next == '\n' || next == '\r' || next == '"') break;
                ++end;
            }
            cell.append(text.data() + i, end - i);
            column += end - i - 1;
            i = end - 1;
            cell_started = true;
        }
    }
    if (quoted) {
        table.findings.emplace_back("csv.unterminated_quote", domain::Severity::error, std::string(name));
        table.findings.back().with("line", std::to_string(quote_line)).with("column", std::to_string(quote_column));
    }
    if (!cell.empty() || !record.empty()) end_record();
    return table;
}

std::string csv_field(const std::string& value) {
    // A spreadsheet runs a cell that begins with = + - @ (or a tab or CR before them) as a
    // formula: "=HYPERLINK(...)" from an imported name would run in the reader's Excel.
    if (looks_like_formula(value)) return csv_number_field("'" + value);
    return csv_number_field(value);
}

std::string csv_number_field(const std::string& value) {
    if (value.find_first_of(",\";\n\r") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

char detect_delimiter(std::string_view text) {
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n') break;
        commas += c == ',';
        semicolons += c == ';';
    }
    return semicolons > commas ? ';' : ',';
}

namespace {

bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 9;
        if (extra == 9 || (extra == 1 && c < 0xC2)) return false;
        for (std::size_t k = 1; k <= extra; ++k) {
            if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        }
        i += extra + 1;
    }
    return true;
}

// Windows-1252 0x80..0x9F; the rest of the upper half is Latin-1.
constexpr char32_t cp1252_high[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

}  // namespace

std::string to_utf8(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (valid_utf8(bytes)) return std::string(bytes);
    std::u32string cps;
    cps.reserve(bytes.size());
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        cps.push_back(c >= 0x80 && c < 0xA0 ? cp1252_high[c - 0x80] : static_cast<char32_t>(c));
    }
    return domain::encode_utf8(cps);
}

DataValue apply_row(const DataValue& common, const Template& tmpl, const std::vector<std::string>& header,
                    const std::vector<std::string>& row, const std::vector<std::string>& ignore) {
    DataValue data = common;
    for (std::size_t c = 0; c < header.size() && c < row.size(); ++c) {
        const std::string& path = header[c];
        if (row[c].empty() || std::find(ignore.begin(), ignore.end(), path) != ignore.end()) continue;
        const FieldSpec* spec = tmpl.field(path);
        if (spec != nullptr && spec->type == FieldType::lista) {
            DataValue::List items;
            std::size_t start = 0;
            while (start <= row[c].size()) {
                const auto bar = std::min(row[c].find('|', start), row[c].size());
                std::string item = row[c].substr(start, bar - start);
                while (!item.empty() && item.front() == ' ') item.erase(0, 1);
                while (!item.empty() && item.back() == ' ') item.pop_back();
                if (!item.empty()) items.emplace_back(std::move(item));
                start = bar + 1;
            }
            data.set(path, DataValue(std::move(items)));
        } else {
            data.set(path, DataValue(row[c]));
        }
    }
    return data;
}

}  // namespace pacta::document
