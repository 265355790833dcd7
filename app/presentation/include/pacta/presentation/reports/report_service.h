#pragma once
// The reports HR, finance and transparency offices produce: headcount by regime, category and
// unit per year; payments by month, budget account, unit and regime; contracts by state,
// template and unit; contracts ending soon and instalment steps overdue. Every total is checked
// against the same figure computed straight from the records by another query, and a total
// that does not reconcile is not shown (the report says so instead).

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/ports/store.h"
#include "pacta/presentation/reports/report.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

// What each report groups its rows by; the order given is the order of the key columns.
enum class ReportKey { month, account, unit, regime, category, state, template_code };

struct HeadcountFilters {
    std::string institution;  // empty: every institution the account covers
    int from_year = 0, to_year = 0;  // 0: the last three years to this one
    // The years compared in the increment columns (0: from and to).
    int compare_from = 0, compare_to = 0;
    int cut_month = 12, cut_day = 31;
    std::string unit;
    bool by_unit = false;  // a unit column, each regime and category split by unit
};

struct PaymentFilters {
    std::string institution;
    std::string from_month, to_month;  // "AAAA-MM"; empty: this year's January to December
    std::vector<ReportKey> by{ReportKey::month, ReportKey::account};  // of month, account, unit, regime
    std::string unit, account;
    std::optional<domain::Regime> regime;
};

struct ContractFilters {
    std::string institution;
    std::optional<domain::Date> created_from, created_to;
    std::vector<ReportKey> by{ReportKey::state, ReportKey::template_code};  // of state, template, unit
    std::string unit;
};

struct DueFilters {
    std::string institution;
    int days = 90;           // contracts ending within these days (30, 60 or 90 are the usual)
    int approval_days = 5;   // an approval is late this many days after the report
};

class ReportService {
public:
    ReportService(const Session& session, domain::Store& store) : session_(session), store_(store) {}

    // Each throws AccessDenied without the right to read records (or the institution), and
    // InvalidInput for a reversed range or a date that does not exist, naming the filter.
    [[nodiscard]] Report headcount(const HeadcountFilters& filters);
    [[nodiscard]] Report payments(const PaymentFilters& filters);
    [[nodiscard]] Report contracts(const ContractFilters& filters);
    [[nodiscard]] Report due(const DueFilters& filters);

private:
    // The institutions a report covers: the one named (checked against the account) or every
    // one the account covers (empty: all).
    [[nodiscard]] std::vector<std::string> scope(const std::string& institution, const std::string& report);
    [[nodiscard]] std::string heading(const std::vector<std::string>& institutions);
    [[nodiscard]] std::string produced() const;

    const Session& session_;
    domain::Store& store_;
};

// "mes,cuenta" -> {month, account}; nullopt naming the word that is not a key. The report's
// name limits which keys apply.
[[nodiscard]] std::optional<std::vector<ReportKey>> report_keys_from_text(const std::string& text,
                                                                          const std::vector<ReportKey>& allowed,
                                                                          std::string& wrong);
[[nodiscard]] std::string report_key_label(ReportKey key);

}  // namespace pacta::presentation
