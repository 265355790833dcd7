#pragma once
// Legal review inside the contract view: the contract's clauses with their comments, each
// comment's resolution, the template's checklist, the comparison with the approved clause
// library as a redline, and what still blocks the approval. Approving and returning with a
// reason are the contract's moves (ContractViewModel). Every action goes through the review
// services, which check the user's role and the contract's state.

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/ports/contract_history.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/review.h"
#include "pacta/presentation/review/comparison.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

struct ReviewClause {
    std::string key;      // "confidencialidad"
    std::string ordinal;  // "SÉPTIMA"
    std::string text;     // the clause as generated, for reading beside the comments
    std::size_t open_comments = 0;
    std::string label;    // what a reader calls it: «Confidencialidad»
};

class ReviewViewModel {
public:
    ReviewViewModel(const Session& session, domain::ContractCatalog& catalog, domain::ContractLifecycleRepository& contracts,
                    domain::ReviewComments& comments, domain::ReviewChecklist& checklist, domain::ClauseLibrary& library)
        : session_(session), catalog_(catalog), contracts_(contracts), comments_(comments), checklist_(checklist),
          library_(library) {}
    // Regenerates the contract from its stored template and data. Throws ServiceError.
    void load(const std::string& folio);
    [[nodiscard]] const std::vector<ReviewClause>& clauses() const { return clauses_; }
    [[nodiscard]] const std::vector<domain::ReviewComment>& comments() const { return comment_list_; }
    // "SÉPTIMA · rita, 2024-01-25: …  → resuelto por carlos: …".
    [[nodiscard]] std::vector<std::string> comment_lines() const;
    [[nodiscard]] const std::vector<domain::ChecklistItem>& checklist() const { return items_; }
    // Each returns false with error() (in Spanish) when refused.
    bool comment(std::size_t clause, const std::string& text);
    bool resolve(std::size_t comment, const std::string& resolution);
    bool check(std::size_t item);
    // Legal reviewers extend the template's checklist: the point applies to every contract
    // of the template from now on, this one included.
    [[nodiscard]] bool may_edit_checklist() const;
    bool add_point(const std::string& text);
    // Takes checklist()[item] out of use for every contract of the template from now on.
    bool retire_point(std::size_t item);
    [[nodiscard]] const std::string& error() const { return error_; }
    // Why it cannot be approved yet (open comments, unchecked points); empty when it can.
    [[nodiscard]] std::string approval_blocker();
    // The contract against the approved library's wording, wdiff style: [-deleted-] and
    // {+inserted+}; or why there is nothing to compare with.
    [[nodiscard]] std::vector<RedlinePiece> redline();

private:
    bool attempt(const std::function<void()>& action);

    const Session& session_;
    domain::ContractCatalog& catalog_;
    domain::ContractLifecycleRepository& contracts_;
    domain::ReviewComments& comments_;
    domain::ReviewChecklist& checklist_;
    domain::ClauseLibrary& library_;
    std::string folio_;
    std::optional<domain::StoredContract> source_;
    std::vector<ReviewClause> clauses_;
    std::vector<domain::ReviewComment> comment_list_;
    std::vector<domain::ChecklistItem> items_;
    std::string error_;
};

}  // namespace pacta::presentation
