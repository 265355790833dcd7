#pragma once
// Ending a contract before its term: by notice, by rescission, or because the services were
// interrupted without cause. The amount earned is paid by days served: instalments whose
// period ended count in full, the one in progress is prorated, the rest are cancelled.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pacta/domain/date.h"
#include "pacta/domain/instalment.h"
#include "pacta/domain/money.h"

namespace pacta::domain {

enum class TerminationCause { notice, rescission, interruption };

// "aviso", "rescision" (or "rescisión"), "interrupcion" (or "interrupción").
[[nodiscard]] std::optional<TerminationCause> termination_cause_from_name(std::string_view name);
[[nodiscard]] std::string_view termination_cause_name(TerminationCause cause);

struct TerminationRequest {
    Date term_start = *Date::from_ymd(2000, 1, 1);
    Date term_end = *Date::from_ymd(2000, 1, 1);
    Date last_day = *Date::from_ymd(2000, 1, 1);  // the last day served
    TerminationCause cause = TerminationCause::notice;
    Date notice_given = *Date::from_ymd(2000, 1, 1);  // by notice: when it was given
    int notice_days = 30;                            // calendar days, an institution setting
    std::string reason;
};

struct InstalmentSettlement {
    InstalmentRecord before;
    InstalmentRecord after;
    enum class Outcome { unchanged, prorated, cancelled, paid_beyond } outcome = Outcome::unchanged;
    int days_served = 0;   // prorated: days of its period served
    int period_days = 0;
    Money earned{0, Currency::MXN};
};

struct Settlement {
    TerminationRequest request;
    std::vector<InstalmentSettlement> instalments;
    Money earned{0, Currency::MXN};   // by days served
    Money paid{0, Currency::MXN};     // gross already paid
    Money balance{0, Currency::MXN};  // earned - paid: owed to the provider (or, negative, to recover)
};

// RuleError ("termination.*") when the last day is outside the term, or the notice is shorter
// than required (naming the earliest possible last day).
[[nodiscard]] Settlement settle_termination(const std::vector<InstalmentRecord>& instalments, Currency currency,
                                            const TerminationRequest& request);

}  // namespace pacta::domain
