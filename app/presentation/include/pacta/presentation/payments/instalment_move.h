#pragma once
// Moving one instalment towards payment on behalf of a user: who may, and the defaults and
// withholding the move takes from the contract and the installed tables.

#include <string>

#include "pacta/domain/ports/contract_history.h"
#include "pacta/domain/ports/instalments.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

// Before an instalment moves: the role (only finanzas marks it paid; finanzas or an
// administrador records the rest), the institution, and a contract that is signed.
void authorize_instalment_move(const Session& session, domain::ContractLifecycleRepository& contracts,
                               const std::string& folio, int number, domain::InstalmentState to);

// Moves instalment `number` of `folio` once the user may (authorize_instalment_move): an
// approval with no approver named gets the supervisor the contract designates; a payment
// computes its withholding with the installed tables (and, given `institutions`, the ones the
// contract's institution imported in Configuración) and the provider's suspension
// certificate (or `suspension_certificate`, shown for this payment). Returns the stored
// record; throws AccessDenied, ServiceError, or domain::RuleError when the move is refused.
domain::InstalmentRecord move_instalment(const Session& session, domain::ContractLifecycleRepository& contracts,
                                         domain::InstalmentRepository& instalments, const std::string& folio,
                                         int number, domain::InstalmentMove move, bool suspension_certificate = false,
                                         domain::InstitutionRepository* institutions = nullptr);

}  // namespace pacta::presentation
