#pragma once
// Recording contracts from a spreadsheet the office already has: its columns are matched to
// what a contract needs (the person's CURP or DNI, and the template's fields), guessed from
// the headers and corrected by the user in a dialog, then renamed so the bulk import
// (contract_import.h) reads them.

#include <cstddef>
#include <string>
#include <vector>

#include "pacta/document/csv.h"
#include "pacta/document/template.h"

namespace pacta::presentation {

// Where one column's values go.
struct ColumnTarget {
    std::string path;   // "" (not used), person_column, or a template field's path
    std::string label;  // as the dialog offers it: «No usar», «Persona (CURP, DNI…)», «Honorarios totales»
};

class ColumnMappingViewModel {
public:
    ColumnMappingViewModel(const document::Template& tmpl, document::CsvTable table);

    // The spreadsheet's headers, in order.
    [[nodiscard]] const std::vector<std::string>& columns() const { return table_.header; }
    // What a column can be used for: «not used» first, then the person, then the fields.
    [[nodiscard]] const std::vector<ColumnTarget>& targets() const { return targets_; }
    // The target chosen for `column` (an index into targets()).
    [[nodiscard]] std::size_t chosen(std::size_t column) const { return chosen_.at(column); }
    void choose(std::size_t column, std::size_t target);
    // The first values of a column, so a header like «Col3» can be recognised: «68858.30; 55086.64».
    [[nodiscard]] std::string sample(std::size_t column, std::size_t values = 3) const;
    // What keeps the mapping from being used (no person column, a field given by two columns),
    // in Spanish; empty when it can be.
    [[nodiscard]] std::string problem() const;
    // The table as the import reads it: the used columns, renamed to their targets' paths.
    [[nodiscard]] document::CsvTable mapped() const;

private:
    document::CsvTable table_;
    std::vector<ColumnTarget> targets_;
    std::vector<std::size_t> chosen_;
};

}  // namespace pacta::presentation
