#include "report_building.h"

#include "pacta/domain/utf8.h"
#include "pacta/locale/catalog.h"

namespace pacta::presentation::detail {

using locale::fill;
using locale::tr;

std::vector<ReportCell> column_totals(const ReportSection& section) {
    std::vector<ReportCell> totals(section.columns.size());
    for (std::size_t c = 0; c < section.columns.size(); ++c) {
        const auto& column = section.columns[c];
        if (!column.summed || (column.kind != CellKind::count && column.kind != CellKind::money)) continue;
        totals[c].kind = column.kind;
        for (const auto& row : section.rows) {
            totals[c].number += row[c].number;
            totals[c].currency = row[c].currency;
        }
    }
    if (!totals.empty()) totals[0] = ReportCell::of_text(tr("TOTAL"));
    return totals;
}

void reconcile(ReportSection& section, const std::map<std::size_t, std::int64_t>& expected,
               std::vector<std::string>& discrepancies) {
    bool agree = true;
    for (const auto& [column, figure] : expected) {
        if (column >= section.totals.size() || section.totals[column].number == figure) continue;
        agree = false;
        ReportCell stored = section.totals[column];
        stored.number = figure;
        discrepancies.push_back(fill(tr("{section}, column «{column}»: the rows add up to {sum} but the records give "
                                        "{figure}"),
                                     {{"section", section.title},
                                      {"column", section.columns[column].title},
                                      {"sum", cell_text(section.totals[column])},
                                      {"figure", cell_text(stored)}}));
    }
    if (agree) return;
    section.totals.clear();
    section.note = tr("The totals of this table do not reconcile with the records and are not shown; the records "
                      "changed while the report was made, or the database needs checking. Produce it again.");
}

void note_if_empty(ReportSection& section) {
    if (section.rows.empty() && section.note.empty()) {
        section.note = tr("No data for these filters: widen the dates or remove a filter.");
    }
}

std::string sheet_name(const std::string& title) {
    std::u32string out;
    for (const char32_t ch : domain::decode_utf8(title)) {
        if (out.size() >= 31) break;
        // Characters a sheet's name may not hold.
        if (std::u32string_view(U"[]:*?/\\").find(ch) != std::u32string_view::npos) continue;
        out += ch;
    }
    return domain::encode_utf8(out);
}

}  // namespace pacta::presentation::detail
