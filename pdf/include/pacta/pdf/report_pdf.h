#pragma once
// A report (headcount, payments, contracts, due dates) as a PDF: A4 landscape, Liberation Sans
// embedded as subsets with Unicode maps (the contracts' engine and font families), each table
// with its header repeated on every page it runs onto, an optional stacked bar chart, the
// filters, the institution's name and the date produced on every page. Everything arrives
// already formatted and translated: this layer only lays out and draws. Characters the fonts
// lack (CJK, emoji) print as '?'; cells may hold '\n' and wrap when too long for their column.

#include <string>
#include <vector>

namespace pacta::pdf {

struct ReportPdfColumn {
    std::string title;
    bool numeric = false;  // right-aligned
    double weight = 1.0;   // share of the table's width, before fitting to content (> 0)
};

// Bars by category (months), each bar stacked by series (regimes).
struct ReportPdfChart {
    std::string title;
    std::vector<std::string> categories;
    struct Series {
        std::string name;
        std::vector<double> values;  // one per category, >= 0 (missing, negative, NaN: 0)
    };
    std::vector<Series> series;
    std::string value_caption;  // what the bars measure ("Programado, $"), above the value axis
    // Shown in place of the bars when every value is zero (added after the first API; the
    // default keeps callers that do not set it compiling).
    std::string empty_note = "Sin valores que mostrar";
};

struct ReportPdfSection {
    std::string title;
    std::vector<ReportPdfColumn> columns;
    std::vector<std::vector<std::string>> rows;  // one cell per column; missing cells: empty
    std::vector<std::string> totals;  // the bold last row; empty: none
    std::string note;                 // below the table (an empty table says so here)
    std::vector<ReportPdfChart> charts;  // drawn before the table
};

struct ReportPdf {
    std::string institution;             // on every page's head
    std::string title;
    std::vector<std::string> filters;    // "Años: 2024 a 2026", one line each
    std::string produced;                // "Elaborado el 07/12/2026 a las 15:30 por ana"
    std::string page_label = "Página";   // "Página 2 de 5"
    std::string of_label = "de";
    std::vector<ReportPdfSection> sections;
    std::string creator;                 // "Pacta 0.2.0"
};

// The bytes of the PDF file. Throws std::runtime_error when the Liberation fonts are missing.
// Each call finds and loads the fonts again (milliseconds): nothing is kept between reports.
[[nodiscard]] std::string render_report_pdf(const ReportPdf& report);

}  // namespace pacta::pdf
