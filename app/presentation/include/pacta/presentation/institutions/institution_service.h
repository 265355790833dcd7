#pragma once
// Institutions and their signatories on behalf of a user: each operation checks the user's
// permission and the institutions the user works for.

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/ports/institutions.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

class InstitutionService {
public:
    InstitutionService(const Session& session, domain::InstitutionRepository& repository)
        : session_(session), repository_(repository) {}
    // Creates or replaces (administrador); true when created.
    bool save(const domain::Institution& institution);
    // Replaces it over the record as the editor read it; when someone saved meanwhile, nothing
    // is written and the ServiceError names who and when.
    void save_over(const domain::Institution& changed, const domain::Institution& opened);
    [[nodiscard]] std::optional<domain::Institution> find(const std::string& code);
    // The institutions the user works for.
    [[nodiscard]] std::vector<domain::InstitutionSummary> list();
    [[nodiscard]] std::vector<domain::SignatorySummary> signatories(const std::string& institution_code);

private:
    const Session& session_;
    domain::InstitutionRepository& repository_;
};

}  // namespace pacta::presentation
