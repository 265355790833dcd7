#include "pacta/presentation/payments/instalment_move.h"

#include <algorithm>

#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/contracts/contract_lifecycle.h"
#include "pacta/presentation/payments/isr_tariffs.h"
#include "pacta/presentation/payments/payment_schedule.h"

namespace pacta::presentation {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

void authorize_instalment_move(const Session& session, d::ContractLifecycleRepository& contracts,
                               const std::string& folio, int number, d::InstalmentState to) {
    const auto status = ContractLifecycleService(session, contracts).status(folio);
    session.require(to == d::InstalmentState::paid ? d::Permission::record_payments : d::Permission::record_instalments,
                    "exhibicion " + folio + "/" + std::to_string(number), status.institution_code);
    if (!d::is_signed(status.state)) {
        throw ServiceError(fill(tr("the contract {folio} is «{state}»: its instalments move once it is signed."),
                                {{"folio", folio}, {"state", locale::contract_state_label(status.state)}}));
    }
}

d::InstalmentRecord move_instalment(const Session& session, d::ContractLifecycleRepository& contracts,
                                    d::InstalmentRepository& instalments, const std::string& folio, int number,
                                    d::InstalmentMove move, bool suspension_certificate,
                                    d::InstitutionRepository* institutions) {
    authorize_instalment_move(session, contracts, folio, number, move.to);
    const auto all = instalments.for_contract(folio);
    const auto current = std::find_if(all.begin(), all.end(),
                                      [&](const d::ContractInstalment& c) { return c.record.plan.number == number; });
    if (current == all.end()) {
        throw ServiceError(fill(tr("the contract «{folio}» has no instalment {number}."),
                                {{"folio", folio}, {"number", std::to_string(number)}}));
    }
    if (move.to == d::InstalmentState::approved && move.approved_by.empty()) move.approved_by = current->supervisor;
    const auto institution = institutions != nullptr ? institutions->find(current->institution_code) : std::nullopt;
    const auto rules = load_rule_data_for(institution ? &*institution : nullptr, current->record.plan.amount.currency());
    const bool suspended = suspension_certificate || current->suspension_year == move.on.year();
    const d::PaymentContext payment{current->regime, suspended, &rules.withholding};
    const auto after = d::apply_move(current->record, move, payment);
    instalments.save_move(folio, current->record, after, session.actor());
    return after;
}

}  // namespace pacta::presentation
