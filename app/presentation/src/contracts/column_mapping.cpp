#include "pacta/presentation/contracts/column_mapping.h"

#include <algorithm>
#include <cctype>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/common/record_list.h"
#include "pacta/presentation/contracts/contract_import.h"

namespace pacta::presentation {

namespace {

using locale::fill;
using locale::tr;

// Headers are compared as people type them: case, accents, spaces and punctuation aside
// («Honorarios totales», «HONORARIOS_TOTALES» and «honorarios.total» are all found).
std::string folded(const std::string& text) {
    std::string out;
    for (const char c : search_fold(text)) {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0) out += c;
    }
    return out;
}

bool names_the_person(const std::string& header) {
    const auto h = folded(header);
    return h == "persona" || h == "curp" || h == "dni" || h == "carnedeextranjeria" || h == "carnetdeextranjeria" ||
           h == "ce" || h == "clave";
}

}  // namespace

ColumnMappingViewModel::ColumnMappingViewModel(const document::Template& tmpl, document::CsvTable table)
    : table_(std::move(table)) {
    targets_.push_back({"", tr("Not used")});
    targets_.push_back({person_column, tr("Person (CURP, DNI or foreign card)")});
    std::vector<std::string> lists;
    for (const auto& f : tmpl.fields) {
        if (f.type == document::FieldType::registros) lists.push_back(f.path + ".");
    }
    for (const auto& f : tmpl.fields) {
        // The signature block follows the signatories chosen; it is not read from a cell.
        if (f.type == document::FieldType::registros) continue;
        if (std::any_of(lists.begin(), lists.end(), [&f](const std::string& l) { return f.path.starts_with(l); })) continue;
        targets_.push_back({f.path, f.label.empty() ? f.path : f.label});
    }
    chosen_.assign(table_.header.size(), 0);
    for (std::size_t column = 0; column < table_.header.size(); ++column) {
        const auto& header = table_.header[column];
        if (names_the_person(header)) {
            chosen_[column] = 1;
            continue;
        }
        for (std::size_t t = 2; t < targets_.size(); ++t) {
            if (folded(header) == folded(targets_[t].path) || folded(header) == folded(targets_[t].label)) {
                chosen_[column] = t;
                break;
            }
        }
    }
    // A target guessed for two columns is left to the user on the second.
    for (std::size_t column = 0; column < chosen_.size(); ++column) {
        for (std::size_t earlier = 0; earlier < column; ++earlier) {
            if (chosen_[column] != 0 && chosen_[earlier] == chosen_[column]) chosen_[column] = 0;
        }
    }
}

void ColumnMappingViewModel::choose(std::size_t column, std::size_t target) {
    if (column < chosen_.size() && target < targets_.size()) chosen_[column] = target;
}

std::string ColumnMappingViewModel::sample(std::size_t column, std::size_t values) const {
    std::string out;
    std::size_t shown = 0;
    for (const auto& row : table_.rows) {
        if (column >= row.size() || row[column].empty()) continue;
        if (shown++ == values) return out + "; …";
        out += (out.empty() ? "" : "; ") + row[column];
    }
    return out;
}

std::string ColumnMappingViewModel::problem() const {
    if (std::find(chosen_.begin(), chosen_.end(), 1U) == chosen_.end()) {
        return tr("choose the column that holds each person's CURP, DNI or foreign card.");
    }
    for (std::size_t column = 0; column < chosen_.size(); ++column) {
        for (std::size_t earlier = 0; earlier < column; ++earlier) {
            if (chosen_[column] == 0 || chosen_[earlier] != chosen_[column]) continue;
            return fill(tr("the columns «{first}» and «{second}» both hold «{target}»; leave one of them unused."),
                        {{"first", table_.header[earlier]},
                         {"second", table_.header[column]},
                         {"target", targets_[chosen_[column]].label}});
        }
    }
    return {};
}

document::CsvTable ColumnMappingViewModel::mapped() const {
    document::CsvTable out;
    out.row_numbers = table_.row_numbers;
    out.line_numbers = table_.line_numbers;
    out.findings = table_.findings;
    std::vector<std::size_t> used;
    for (std::size_t column = 0; column < chosen_.size(); ++column) {
        if (chosen_[column] == 0) continue;
        used.push_back(column);
        out.header.push_back(targets_[chosen_[column]].path);
    }
    for (const auto& row : table_.rows) {
        std::vector<std::string> cells;
        for (const auto column : used) cells.push_back(column < row.size() ? row[column] : std::string());
        out.rows.push_back(std::move(cells));
    }
    return out;
}

}  // namespace pacta::presentation
