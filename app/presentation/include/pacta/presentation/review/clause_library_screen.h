#pragma once
// The clause library beside the templates: every version of every clause with its status,
// who wrote it and who decided on it; a new version (legal reviewers), approving one (a
// reviewer who did not write it) and retiring one, all through ClauseLibraryService.

#include <functional>
#include <string>
#include <vector>

#include "pacta/domain/ports/review.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/common/record_list.h"

namespace pacta::presentation {

class ClauseLibraryViewModel {
public:
    enum Column { key, version, title, status, created_by, decided_by };
    ClauseLibraryViewModel(const Session& session, domain::ClauseLibrary& library);
    void reload();
    RecordList list;
    [[nodiscard]] const domain::LibraryClause& at(std::size_t row) const { return clauses_.at(list.source_index(row)); }
    // Each returns false with error() (in Spanish) when refused.
    bool approve(std::size_t row);
    bool retire(std::size_t row);
    // A new version (borrador) of `clause_key`, or a new clause.
    bool add(const std::string& clause_key, const std::string& clause_title, const std::string& text,
             const std::string& legal_basis);
    [[nodiscard]] const std::string& error() const { return error_; }

private:
    bool attempt(const std::function<void()>& action);

    const Session& session_;
    domain::ClauseLibrary& library_;
    std::vector<domain::LibraryClause> clauses_;
    std::string error_;
};

}  // namespace pacta::presentation
