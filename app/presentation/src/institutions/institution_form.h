#pragma once
// What the institution's two forms (a signatory, the settings) share: trimming, reading the
// institution through the service, and the words for a refused save.

#include <exception>
#include <string>

#include "pacta/domain/finding.h"
#include "pacta/domain/institution.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/common/problem.h"
#include "pacta/presentation/institutions/institution_service.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation::institution_form {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

inline std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

inline d::Institution find_institution(const Session& session, d::InstitutionRepository& repository, const std::string& code) {
    auto institution = InstitutionService(session, repository).find(code);
    if (!institution) throw ServiceError(fill(tr("the institution «{code}» is not on record."), {{"code", code}}));
    return *institution;
}

// The message of a refusal from the repository, translated; a fault in plain words, its
// detail in the fault log.
inline std::string storage_error(const std::exception& e) {
    if (const auto* rule = dynamic_cast<const d::RuleError*>(&e)) return locale::describe(rule->finding());
    if (const auto* invalid = dynamic_cast<const InvalidInput*>(&e); invalid && !invalid->findings().empty()) {
        std::string text;
        for (const auto& f : invalid->findings()) text += (text.empty() ? "" : "\n") + locale::describe(f);
        return text;
    }
    return problem_of(e).message;
}

}  // namespace pacta::presentation::institution_form
