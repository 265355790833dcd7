#include "pacta/presentation/reports/report.h"

#include <cstdlib>

#include "pacta/presentation/common/display_date.h"

namespace pacta::presentation {

namespace d = domain;

ReportCell ReportCell::of_text(std::string text) {
    ReportCell c;
    c.text = std::move(text);
    return c;
}

ReportCell ReportCell::of_count(std::int64_t count) {
    ReportCell c;
    c.kind = CellKind::count;
    c.number = count;
    return c;
}

ReportCell ReportCell::of_money(std::int64_t minor, d::Currency currency) {
    ReportCell c;
    c.kind = CellKind::money;
    c.number = minor;
    c.currency = currency;
    return c;
}

// Rounded half away from zero to a tenth of a percent.
ReportCell ReportCell::of_percent(std::int64_t part, std::int64_t whole) {
    ReportCell c;
    c.kind = CellKind::percent;
    if (whole == 0) {
        c.empty = true;
        return c;
    }
    const std::int64_t scaled = part * 2000 / whole;  // twentieths of a tenth
    c.number = (scaled + (scaled >= 0 ? 1 : -1)) / 2;
    return c;
}

ReportCell ReportCell::of_date(std::optional<d::Date> date) {
    ReportCell c;
    c.kind = CellKind::date;
    c.date = date;
    c.empty = !date;
    return c;
}

namespace {

// "1234567" -> "1,234,567": the institutions' thousands separator.
std::string grouped(std::int64_t value) {
    const bool negative = value < 0;
    std::string digits = std::to_string(negative ? -value : value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return (negative ? "-" : "") + digits;
}

}  // namespace

std::string cell_text(const ReportCell& cell) {
    if (cell.empty) return cell.kind == CellKind::percent ? "—" : "";
    switch (cell.kind) {
        case CellKind::text: return cell.text;
        case CellKind::count: return grouped(cell.number);
        case CellKind::money: return d::format_money(d::Money(cell.number, cell.currency));
        case CellKind::percent: {
            const std::int64_t whole = std::llabs(cell.number) / 10;
            const std::int64_t tenth = std::llabs(cell.number) % 10;
            return std::string(cell.number < 0 ? "-" : "") + grouped(whole) + "." + std::to_string(tenth) + " %";
        }
        case CellKind::date: return cell.date ? display_date(cell.date->iso()) : "";
    }
    return {};
}

bool Report::empty() const {
    for (const auto& s : sections) {
        if (!s.rows.empty()) return false;
    }
    return true;
}

}  // namespace pacta::presentation
