#pragma once
// Staff spreadsheets as offices keep them: CSV (UTF-8 or Windows-1252, "," or ";") with the
// columns of docs/datos.md, read into validated records; and the same columns written back.

#include <string>
#include <string_view>
#include <vector>

#include "pacta/domain/finding.h"
#include "pacta/domain/staff.h"

namespace pacta::presentation {

struct StaffRow {
    std::size_t line = 0;              // line of the file where the row starts
    std::vector<std::string> cells;    // as read, for the rejected-rows file
    domain::StaffMember member;
    domain::Findings findings;         // field = column name; errors reject the row
};

struct StaffFileRead {
    std::vector<std::string> header;
    std::vector<StaffRow> rows;
    domain::Findings file_findings;    // unreadable file, unknown columns, CSV syntax
};

// `units`: the codes the institution knows; a row naming another unit is rejected.
[[nodiscard]] StaffFileRead read_staff_csv(std::string_view bytes, std::string_view file_name,
                                           const std::vector<std::string>& units);

// The first sheet of an Excel workbook with the same columns; rows are numbered as Excel
// numbers them, and date cells (day numbers) are read as dates.
[[nodiscard]] StaffFileRead read_staff_xlsx(const std::string& path, std::string_view file_name,
                                            const std::vector<std::string>& units);

// CSV in UTF-8 with a BOM (so Excel shows the accents), the import's columns.
[[nodiscard]] std::string write_staff_csv(const std::vector<domain::StaffMember>& staff);

// The same columns as an Excel workbook (libxlsxwriter) at `path`; false when it cannot be written.
[[nodiscard]] bool write_staff_xlsx(const std::vector<domain::StaffMember>& staff, const std::string& path);

// The column names the import understands, in export order.
[[nodiscard]] const std::vector<std::string>& staff_columns();

}  // namespace pacta::presentation
