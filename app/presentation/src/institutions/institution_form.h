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

// What a form shows under its save button when the save failed: the problems found, one per
// line, without problem_of's "nothing was saved" preface (the form stays open to correct).
inline std::string storage_error(const std::exception& e) {
    const auto problem = problem_of(e);
    if (problem.findings.empty()) return problem.message;
    std::string text;
    for (const auto& f : problem.findings) text += (text.empty() ? "" : "\n") + locale::describe(f);
    return text;
}

}  // namespace pacta::presentation::institution_form
