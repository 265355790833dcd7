#pragma once
// The life of one instalment ("exhibición"): pendiente -> informe entregado -> aprobado ->
// pagado, or suspendido / cancelado. The rules refuse impossible moves (no payment without
// approval, no approval before the report, nothing changes once paid).

#include <optional>
#include <string>
#include <vector>
#include <string_view>

#include "pacta/domain/date.h"
#include "pacta/domain/finding.h"
#include "pacta/domain/money.h"
#include "pacta/domain/schedule.h"
#include "pacta/domain/staff.h"
#include "pacta/domain/withholding.h"

namespace pacta::domain {

enum class InstalmentState { pending, report_delivered, approved, paid, suspended, cancelled };

// "pendiente", "informe_entregado", "aprobado", "pagado", "suspendido", "cancelado".
[[nodiscard]] std::string_view instalment_state_name(InstalmentState state);
[[nodiscard]] std::optional<InstalmentState> instalment_state_from_name(std::string_view name);

struct InstalmentRecord {
    Instalment plan;  // number, amount, period, due date
    InstalmentState state = InstalmentState::pending;
    std::optional<Date> report_date;
    std::string report_reference;  // the activity report's number or file name
    std::string report_file;       // the report attached: its path and SHA-256 (may be empty)
    std::string report_sha256;
    std::optional<Date> approval_date;
    std::string approved_by;       // the supervisor designated in the contract
    std::optional<Date> payment_date;
    std::string transfer_reference;
    std::string cfdi_uuid;         // Mexico: the payroll CFDI
    std::string receipt_number;    // Peru: the recibo por honorarios
    std::optional<Withholding> paid;  // gross, withheld, net: fixed when paid
    std::string reason;            // why it was suspended or cancelled
};

struct InstalmentMove {
    InstalmentState to = InstalmentState::pending;
    Date on = *Date::from_ymd(2000, 1, 1);
    std::string reference;  // report reference or transfer reference
    std::string report_file;
    std::string report_sha256;
    std::string approved_by;
    std::string cfdi_uuid;
    std::string receipt_number;
    std::string reason;     // why: required to suspend or cancel, recorded for any move
};

// What a payment needs to compute its withholding.
struct PaymentContext {
    Regime regime = Regime::honorarios;
    bool suspension_certificate = false;
    const WithholdingRules* rules = nullptr;
};

// The record after `move`, or RuleError ("instalment.*") saying why the move is refused,
// naming the instalment ("exhibiciones[3]").
[[nodiscard]] InstalmentRecord apply_move(const InstalmentRecord& current, const InstalmentMove& move,
                                          const PaymentContext& payment);

// The states apply_move accepts from `state`, in the order work goes (empty once paid or
// cancelled); for offering only the moves that can succeed.
[[nodiscard]] std::vector<InstalmentState> next_states(InstalmentState state);

// A new amount for an instalment not yet paid (a hand-edited schedule, an early ending).
[[nodiscard]] InstalmentRecord change_amount(const InstalmentRecord& current, Money amount);

// A CFDI folio fiscal: 8-4-4-4-12 hexadecimal digits.
[[nodiscard]] bool is_cfdi_uuid(std::string_view text);

}  // namespace pacta::domain
