#include "pacta/domain/termination.h"

namespace pacta::domain {

namespace {

int days_between(Date from, Date to) { return static_cast<int>((to.days() - from.days()).count()) + 1; }

// amount * served / days, to the cent, halves rounded up.
std::int64_t prorate(std::int64_t amount, int served, int days) {
    return (amount * served * 2 + days) / (2 * static_cast<std::int64_t>(days));
}

}  // namespace

std::optional<TerminationCause> termination_cause_from_name(std::string_view name) {
    if (name == "aviso") return TerminationCause::notice;
    if (name == "rescision" || name == "rescisión") return TerminationCause::rescission;
    if (name == "interrupcion" || name == "interrupción") return TerminationCause::interruption;
    return std::nullopt;
}

std::string_view termination_cause_name(TerminationCause cause) {
    switch (cause) {
        case TerminationCause::notice: return "aviso";
        case TerminationCause::rescission: return "rescision";
        case TerminationCause::interruption: return "interrupcion";
    }
    return "aviso";
}

Settlement settle_termination(const std::vector<InstalmentRecord>& instalments, Currency currency,
                              const TerminationRequest& request) {
    const Date last = request.last_day;
    if (last < request.term_start || !(last < request.term_end)) {
        throw RuleError(Finding("termination.outside_term", Severity::error, "fecha")
                            .with("date", last.iso())
                            .with("start", request.term_start.iso())
                            .with("end", request.term_end.iso()));
    }
    if (request.cause == TerminationCause::notice) {
        const Date earliest = request.notice_given.add_days(request.notice_days);
        if (last < earliest) {
            throw RuleError(Finding("termination.notice", Severity::error, "fecha")
                                .with("date", last.iso())
                                .with("notice", request.notice_given.iso())
                                .with("days", std::to_string(request.notice_days))
                                .with("earliest", earliest.iso()));
        }
    }
    Settlement s;
    s.request = request;
    std::int64_t earned = 0;
    std::int64_t paid = 0;
    for (const auto& r : instalments) {
        InstalmentSettlement i;
        i.before = r;
        i.after = r;
        i.earned = Money(0, currency);
        const bool is_paid = r.state == InstalmentState::paid;
        if (r.paid) paid += r.paid->gross.minor_units();
        if (r.state == InstalmentState::cancelled) {
            s.instalments.push_back(i);
            continue;
        }
        const auto amount = r.plan.amount.minor_units();
        if (!(last < r.plan.period_end)) {
            i.earned = r.plan.amount;  // its whole period was served
        } else if (!(last < r.plan.period_start)) {
            i.period_days = days_between(r.plan.period_start, r.plan.period_end);
            i.days_served = days_between(r.plan.period_start, last);
            i.earned = Money(prorate(amount, i.days_served, i.period_days), currency);
            if (is_paid) {
                i.outcome = InstalmentSettlement::Outcome::paid_beyond;
            } else {
                i.after = change_amount(r, i.earned);
                i.after.plan.period_end = last;
                i.outcome = InstalmentSettlement::Outcome::prorated;
            }
        } else if (is_paid) {
            i.outcome = InstalmentSettlement::Outcome::paid_beyond;
        } else {
            i.after.state = InstalmentState::cancelled;
            i.after.reason = request.reason.empty() ? std::string(termination_cause_name(request.cause)) : request.reason;
            i.outcome = InstalmentSettlement::Outcome::cancelled;
        }
        earned += i.earned.minor_units();
        s.instalments.push_back(i);
    }
    s.earned = Money(earned, currency);
    s.paid = Money(paid, currency);
    s.balance = Money(earned - paid, currency);
    return s;
}

}  // namespace pacta::domain
