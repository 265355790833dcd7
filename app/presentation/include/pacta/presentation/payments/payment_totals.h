#pragma once
// Finance views over stored instalments: a contract's instalments, what is still to pay, and
// a summary per month or unit whose rows and columns add up to the same grand total.

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/ports/contract_history.h"
#include "pacta/domain/ports/instalments.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/common/table_export.h"

namespace pacta::presentation {

// Paid instalments show the withholding fixed on payment; the others an estimate with the
// tables of their due date's year ("estimado"), or nothing when that year has no table.
[[nodiscard]] Table contract_instalments_table(const std::vector<domain::ContractInstalment>& instalments,
                                               const domain::WithholdingRules& rules);
[[nodiscard]] Table pending_table(const std::vector<domain::ContractInstalment>& instalments);

enum class SummaryKey { month, unit, account };

struct SummaryRow {
    std::string key;  // "2024-03", a unit code or a budget account; "TOTAL" for the last row
    std::int64_t planned = 0, approved = 0, paid = 0, withheld = 0;  // minor units
};

// Instalments due from the first day of month `from` to the last of `to` (both "AAAA-MM"),
// cancelled ones left out. Planned: every amount; approved: approved or paid; paid: gross paid;
// withheld: withheld on payment. One currency per summary (`currency`).
[[nodiscard]] std::vector<SummaryRow> payment_summary(const std::vector<domain::ContractInstalment>& instalments,
                                                      const std::string& from, const std::string& to,
                                                      SummaryKey key, domain::Currency currency);
// The same rows from the store's sums (InstalmentRepository::totals): those in `currency`,
// then the total.
[[nodiscard]] std::vector<SummaryRow> summary_rows(const std::vector<domain::InstalmentTotals>& totals,
                                                   domain::Currency currency);
// The currency with the most planned in `totals` (MXN when empty): one currency per summary.
[[nodiscard]] domain::Currency main_currency(const std::vector<domain::InstalmentTotals>& totals);
[[nodiscard]] domain::TotalsKey totals_key(SummaryKey key);

[[nodiscard]] Table summary_table(const std::vector<SummaryRow>& rows, SummaryKey key, domain::Currency currency);

}  // namespace pacta::presentation
