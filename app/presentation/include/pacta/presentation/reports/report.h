#pragma once
// A report as every front end shows it and every file format writes it: sections of typed
// cells (counts, amounts, percentages, dates stay numbers until drawn), each with its totals
// row, what it was filtered by, and whether its totals reconcile with the records.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/date.h"
#include "pacta/domain/money.h"

namespace pacta::presentation {

enum class CellKind { text, count, money, percent, date };

struct ReportCell {
    CellKind kind = CellKind::text;
    std::string text;            // text cells
    std::int64_t number = 0;     // count; money in minor units; percent in tenths of a percent
    domain::Currency currency = domain::Currency::MXN;
    std::optional<domain::Date> date;
    bool empty = false;          // a number that does not exist (a percentage of zero)

    static ReportCell of_text(std::string text);
    static ReportCell of_count(std::int64_t count);
    static ReportCell of_money(std::int64_t minor, domain::Currency currency);
    static ReportCell of_percent(std::int64_t part, std::int64_t whole);  // empty when whole is 0
    static ReportCell of_date(std::optional<domain::Date> date);
};

// "1,234", "$68,858.30", "S/ 1,234.50", "12.5 %", "15/03/2024": what a person reads.
[[nodiscard]] std::string cell_text(const ReportCell& cell);

struct ReportColumn {
    std::string title;
    CellKind kind = CellKind::text;
    bool summed = true;  // counts and amounts add up in the totals row; percentages do not
};

// Bars by category, stacked by series (months by regime).
struct ReportChart {
    std::string title;
    std::vector<std::string> categories;
    struct Series {
        std::string name;
        std::vector<std::int64_t> values;  // one per category: counts, or minor units
    };
    std::vector<Series> series;
    bool money = false;
    std::string caption;  // what the bars measure
};

struct ReportSection {
    std::string title;
    std::string sheet;  // a workbook sheet's name (31 characters at most)
    std::vector<ReportColumn> columns;
    std::vector<std::vector<ReportCell>> rows;
    std::vector<ReportCell> totals;  // empty: no totals row (lists, or totals that do not reconcile)
    std::string note;                // says so when the table is empty or does not reconcile
    std::optional<ReportChart> chart;
    // A format to upload somewhere (a transparency portal): the header in the sheet's first
    // row, nothing above it.
    bool bare = false;
    // The contract each row is about, when rows are contracts (the transparency formats): its
    // public version is written under that folio.
    std::vector<std::string> row_folios;
};

struct Report {
    std::string kind;         // "personal", "pagos", "contratos", "vencimientos"
    std::string title;
    std::string institution;  // the institution's name, or the institutions covered
    std::vector<std::string> filters;
    std::string produced;     // "Elaborado el 07/12/2026 a las 15:30 por ana"
    std::vector<ReportSection> sections;
    // What did not reconcile, one line each: when not empty the totals concerned are not shown.
    std::vector<std::string> discrepancies;
    [[nodiscard]] bool reconciled() const { return discrepancies.empty(); }
    [[nodiscard]] bool empty() const;  // no section has a row
};

}  // namespace pacta::presentation
