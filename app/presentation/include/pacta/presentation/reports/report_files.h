#pragma once
// A report saved as a file: PDF (the contracts' engine and fonts, with the chart and the
// filters), XLSX (numbers as numbers, dates as dates, a totals row, frozen header, autofilter)
// or CSV (UTF-8 with BOM, one table after another), the format following the extension.

#include <filesystem>
#include <string>

#include "pacta/pdf/report_pdf.h"
#include "pacta/presentation/reports/report.h"

namespace pacta::presentation {

// Written under a temporary name in the same folder, then renamed; private to its owner.
// Throws ServiceError naming the file or folder (and nothing is left behind) when it cannot.
void write_report(const Report& report, const std::filesystem::path& target);

[[nodiscard]] std::string report_csv(const Report& report);
[[nodiscard]] pdf::ReportPdf report_pdf_model(const Report& report);

}  // namespace pacta::presentation
