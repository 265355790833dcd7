#include "pacta/document/csv.h"

#include <algorithm>

namespace pacta::document {

CsvTable parse_csv(std::string_view text, std::string_view name) {
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

    auto end_record = [&]() {
        record.push_back(std::move(cell));
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
            }
        }
        record.clear();
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
        } else if (c == ',') {
            record.push_back(std::move(cell));
            cell.clear();
            cell_started = false;
        } else if (c == '\n') {
            end_record();
            ++line;
            column = 0;
            record_line = line;
        } else if (c != '\r') {
            cell.push_back(c);
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
