#pragma once
// What the report builders share: the totals row of a section and its reconciliation with the
// figures computed straight from the records.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "pacta/presentation/reports/report.h"

namespace pacta::presentation::detail {

// The sums of a section's summed columns over its rows, the first column saying "TOTAL"
// (key columns stay empty, unsummed ones too).
[[nodiscard]] std::vector<ReportCell> column_totals(const ReportSection& section);

// Compares the totals row's columns with `expected` (column index -> the figure from the
// records). On any difference the section loses its totals row, its note says so, and one
// line per difference is added to `discrepancies`.
void reconcile(ReportSection& section, const std::map<std::size_t, std::int64_t>& expected,
               std::vector<std::string>& discrepancies);

// "Sin datos para estos filtros": the note of a section without rows.
void note_if_empty(ReportSection& section);

// At most 31 characters, as a workbook allows.
[[nodiscard]] std::string sheet_name(const std::string& title);

}  // namespace pacta::presentation::detail
