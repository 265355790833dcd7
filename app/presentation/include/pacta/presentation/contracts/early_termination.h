#pragma once
// Ending a contract before its term, for pacta-cli and the desktop alike: the lifecycle's
// checks (role, state, reason), the settlement by days served, the settlement statement
// written as a PDF (to a temporary name, then renamed), and only then the database updated
// in one transaction — so a failure in between leaves the contract as it was.

#include <filesystem>
#include <string>
#include <vector>

#include "pacta/domain/ports/contract_history.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/instalments.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/termination.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

struct EarlyEnding {
    std::string folio;
    domain::TerminationCause cause = domain::TerminationCause::notice;
    domain::Date last_day = *domain::Date::from_ymd(2000, 1, 1);
    domain::Date notice_given = *domain::Date::from_ymd(2000, 1, 1);
    std::string reason;
};

class EarlyTerminationService {
public:
    EarlyTerminationService(const Session& session, domain::ContractCatalog& catalog,
                            domain::ContractLifecycleRepository& contracts, domain::InstitutionRepository& institutions,
                            domain::InstalmentRepository& instalments)
        : session_(session), catalog_(catalog), contracts_(contracts), institutions_(institutions),
          instalments_(instalments) {}
    // The settlement without storing anything, to show before confirming. Throws
    // AccessDenied, ServiceError, or domain::RuleError (notice too short, day outside the term).
    [[nodiscard]] domain::Settlement preview(const EarlyEnding& ending);
    // Writes the statement to `statement` and stores the ending; returns the settlement.
    domain::Settlement end(const EarlyEnding& ending, const std::filesystem::path& statement);
    // The statement's PDF bytes of the last end() (for its hash).
    [[nodiscard]] const std::string& statement_bytes() const { return bytes_; }

private:
    const Session& session_;
    domain::ContractCatalog& catalog_;
    domain::ContractLifecycleRepository& contracts_;
    domain::InstitutionRepository& institutions_;
    domain::InstalmentRepository& instalments_;
    std::string bytes_;
};

// The settlement for a person to read before confirming: one line per instalment (kept,
// prorated, cancelled) and the totals, in Spanish.
[[nodiscard]] std::vector<std::string> settlement_lines(const domain::Settlement& settlement);
// What the person reads once the contract has ended: "Contract F ends on 15/03/2024. Earned …".
[[nodiscard]] std::string settlement_summary(const std::string& folio, const domain::Settlement& settlement);

}  // namespace pacta::presentation
