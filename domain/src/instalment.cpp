#include "pacta/domain/instalment.h"

#include <array>
#include <cctype>

namespace pacta::domain {

namespace {

constexpr std::array<std::pair<InstalmentState, std::string_view>, 6> state_names{{
    {InstalmentState::pending, "pendiente"},
    {InstalmentState::report_delivered, "informe_entregado"},
    {InstalmentState::approved, "aprobado"},
    {InstalmentState::paid, "pagado"},
    {InstalmentState::suspended, "suspendido"},
    {InstalmentState::cancelled, "cancelado"},
}};

std::string where(const InstalmentRecord& r) { return "exhibiciones[" + std::to_string(r.plan.number) + "]"; }

[[noreturn]] void refuse(const InstalmentRecord& r, const char* code, const InstalmentMove& move) {
    throw RuleError(Finding(code, Severity::error, where(r))
                        .with("from", std::string(instalment_state_name(r.state)))
                        .with("to", std::string(instalment_state_name(move.to))));
}

// `needs` names what is missing in words any interface can show: "referencia", "aprobo",
// "cfdi_o_recibo", "motivo".
void require(const InstalmentRecord& r, const std::string& value, const char* needs) {
    if (value.empty()) {
        throw RuleError(Finding("instalment.missing", Severity::error, where(r)).with("needs", needs));
    }
}

void not_before(const InstalmentRecord& r, Date on, const std::optional<Date>& earlier, const char* what) {
    if (earlier && on < *earlier) {
        throw RuleError(Finding("instalment.date_order", Severity::error, where(r))
                            .with("date", on.iso())
                            .with("earlier", earlier->iso())
                            .with("what", what));
    }
}

}  // namespace

std::string_view instalment_state_name(InstalmentState state) {
    for (const auto& [s, name] : state_names) {
        if (s == state) return name;
    }
    return "pendiente";
}

std::optional<InstalmentState> instalment_state_from_name(std::string_view name) {
    for (const auto& [s, n] : state_names) {
        if (n == name) return s;
    }
    if (name == "informe") return InstalmentState::report_delivered;
    return std::nullopt;
}

bool is_cfdi_uuid(std::string_view text) {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : std::isxdigit(static_cast<unsigned char>(text[i])) == 0) return false;
    }
    return true;
}

InstalmentRecord apply_move(const InstalmentRecord& current, const InstalmentMove& move, const PaymentContext& payment) {
    using S = InstalmentState;
    if (current.state == S::paid) refuse(current, "instalment.already_paid", move);
    if (current.state == S::cancelled) refuse(current, "instalment.cancelled", move);
    InstalmentRecord next = current;
    switch (move.to) {
        case S::report_delivered:
            if (current.state != S::pending) refuse(current, "instalment.move", move);
            require(current, move.reference, "referencia");
            next.report_date = move.on;
            next.report_reference = move.reference;
            next.report_file = move.report_file;
            next.report_sha256 = move.report_sha256;
            break;
        case S::approved:
            if (current.state == S::pending) refuse(current, "instalment.report_first", move);
            if (current.state != S::report_delivered) refuse(current, "instalment.move", move);
            require(current, move.approved_by, "aprobo");
            not_before(current, move.on, current.report_date, "informe");
            next.approval_date = move.on;
            next.approved_by = move.approved_by;
            break;
        case S::paid: {
            if (current.state != S::approved) refuse(current, "instalment.approval_first", move);
            require(current, move.reference, "referencia");
            if (move.cfdi_uuid.empty() && move.receipt_number.empty()) require(current, "", "cfdi_o_recibo");
            if (!move.cfdi_uuid.empty() && !is_cfdi_uuid(move.cfdi_uuid)) {
                throw RuleError(Finding("instalment.cfdi", Severity::error, where(current)).with("value", move.cfdi_uuid));
            }
            not_before(current, move.on, current.approval_date, "aprobacion");
            if (payment.rules == nullptr) throw std::logic_error("apply_move: payment needs withholding rules");
            // Computed with the tables in force on the payment date, and fixed from now on.
            next.paid = payment.rules->compute(current.plan.amount, payment.regime, move.on,
                                               payment.suspension_certificate);
            next.payment_date = move.on;
            next.transfer_reference = move.reference;
            next.cfdi_uuid = move.cfdi_uuid;
            next.receipt_number = move.receipt_number;
            break;
        }
        case S::suspended:
            if (current.state == S::suspended) refuse(current, "instalment.move", move);
            require(current, move.reason, "motivo");
            next.reason = move.reason;
            break;
        case S::cancelled:
            require(current, move.reason, "motivo");
            next.reason = move.reason;
            break;
        case S::pending:
            // Resuming a suspended instalment: it starts over from the report.
            if (current.state != S::suspended) refuse(current, "instalment.move", move);
            next.report_date.reset();
            next.report_reference.clear();
            next.report_file.clear();
            next.report_sha256.clear();
            next.approval_date.reset();
            next.approved_by.clear();
            break;
    }
    if (!move.reason.empty()) next.reason = move.reason;
    next.state = move.to;
    return next;
}

std::vector<InstalmentState> next_states(InstalmentState state) {
    using S = InstalmentState;
    switch (state) {
        case S::pending: return {S::report_delivered, S::suspended, S::cancelled};
        case S::report_delivered: return {S::approved, S::suspended, S::cancelled};
        case S::approved: return {S::paid, S::suspended, S::cancelled};
        case S::suspended: return {S::pending, S::cancelled};
        case S::paid:
        case S::cancelled: return {};
    }
    return {};
}

InstalmentRecord change_amount(const InstalmentRecord& current, Money amount) {
    if (current.state == InstalmentState::paid) {
        throw RuleError(Finding("instalment.paid_amount", Severity::error, where(current) + ".importe"));
    }
    InstalmentRecord next = current;
    next.plan.amount = amount;
    return next;
}

}  // namespace pacta::domain
