#include "wizard_rules.h"

#include "pacta/domain/date.h"
#include "pacta/domain/money.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/common/display_date.h"

namespace pacta::presentation::detail {

namespace d = domain;
using locale::fill;
using locale::tr;

namespace {

std::string text_at(const document::DataValue& data, const std::string& path) {
    const auto* v = data.find(path);
    return v != nullptr && v->is_text() ? v->text() : std::string();
}

std::optional<d::Date> date_at(const document::DataValue& data, const std::string& path) {
    const auto text = text_at(data, path);
    return text.empty() ? std::nullopt : d::parse_iso_date(text).value;
}

}  // namespace

std::map<std::string, std::string> wizard_rule_errors(const document::Template& tmpl, const document::DataValue& data) {
    std::map<std::string, std::string> out;
    for (const auto& f : tmpl.fields) {
        if (f.type != document::FieldType::importe) continue;
        const auto text = text_at(data, f.path);
        if (text.empty()) continue;
        const auto amount = d::parse_money(text, tmpl.info.currency, f.path);
        if (amount.value && amount.value->minor_units() <= 0) {
            out[f.path] = tr("the amount must be greater than zero; write what the contract pays.");
        }
    }
    const auto start_path = tmpl.info.term_start.empty() ? std::string("vigencia.inicio") : tmpl.info.term_start;
    const auto end_path = tmpl.info.term_end.empty() ? std::string("vigencia.fin") : tmpl.info.term_end;
    const auto start = date_at(data, start_path), end = date_at(data, end_path);
    if (start && end && *end < *start) {
        out[end_path] = fill(tr("the contract ends ({end}) before it starts ({start}); change one of the two dates."),
                             {{"end", display_date(end->iso())}, {"start", display_date(start->iso())}});
    }
    // The fiscal year the template names (an «ejercicio» field): the term stays within it.
    for (const auto& f : tmpl.fields) {
        const bool fiscal_year = f.type == document::FieldType::entero &&
                                 (f.path == "ejercicio" || f.path.ends_with(".ejercicio"));
        if (!fiscal_year || !start || !end) continue;
        const auto text = text_at(data, f.path);
        if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string::npos) continue;
        const int year = std::stoi(text);
        if (start->year() != year || end->year() != year) {
            const auto& where = start->year() != year ? start_path : end_path;
            if (!out.contains(where)) {
                out[where] = fill(tr("the term falls outside the fiscal year {year}: a contract of that year starts and "
                                     "ends within it; change the dates or the fiscal year."),
                                  {{"year", text}});
            }
        }
    }
    return out;
}

}  // namespace pacta::presentation::detail
