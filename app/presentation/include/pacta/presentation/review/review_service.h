#pragma once
// Legal review on behalf of a user: the clause library (drafted and retired by reviewers,
// approved by a reviewer who did not write that version) and comments on a contract's
// clauses, which must all be resolved before it is approved.

#include <string>
#include <utility>
#include <vector>

#include "pacta/domain/ports/contract_history.h"
#include "pacta/domain/ports/review.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

class ClauseLibraryService {
public:
    ClauseLibraryService(const Session& session, domain::ClauseLibrary& library) : session_(session), library_(library) {}
    [[nodiscard]] std::vector<domain::LibraryClause> list();
    // Throws ServiceError when there is no such clause (or version).
    [[nodiscard]] domain::LibraryClause view(const std::string& key, std::optional<int> version);
    // A new version, as borrador; returns its number. The text must be well formed in the
    // template language ({{...}} and {% ... %} closed).
    int add(const domain::LibraryClause& clause);
    void approve(const std::string& key, int version);
    void retire(const std::string& key, int version);

private:
    const Session& session_;
    domain::ClauseLibrary& library_;
};

// A contract's clause as a comment may name it: by its template key or by its ordinal.
struct ClauseName {
    std::string key;      // "confidencialidad"
    std::string ordinal;  // "SÉPTIMA"
};

class ReviewService {
public:
    ReviewService(const Session& session, domain::ReviewComments& comments, domain::ContractLifecycleRepository& contracts)
        : session_(session), comments_(comments), contracts_(contracts) {}
    // `clause` is a key or an ordinal of one of `clauses` (the contract's); the contract must
    // be under review (en revisión jurídica or observado). Returns the comment's number.
    std::int64_t comment(const std::string& folio, const std::string& clause, const std::string& text,
                         const std::vector<ClauseName>& clauses);
    void resolve(std::int64_t id, const std::string& resolution);
    [[nodiscard]] std::vector<domain::ReviewComment> list(const std::string& folio);
    // Open comments on a contract (approval waits for none).
    [[nodiscard]] std::size_t open_comments(const std::string& folio);
    // Why the contract cannot be approved yet, or nullopt: open comments, unchecked points.
    [[nodiscard]] std::optional<std::string> approval_blocker(const std::string& folio, domain::ReviewChecklist& checklist);

private:
    const Session& session_;
    domain::ReviewComments& comments_;
    domain::ContractLifecycleRepository& contracts_;
};

// The points a reviewer confirms for every contract of a template.
class ChecklistService {
public:
    ChecklistService(const Session& session, domain::ReviewChecklist& checklist, domain::ContractLifecycleRepository& contracts)
        : session_(session), checklist_(checklist), contracts_(contracts) {}
    [[nodiscard]] std::vector<domain::ChecklistItem> for_template(const std::string& template_code);
    [[nodiscard]] std::vector<domain::ChecklistItem> for_contract(const std::string& folio);
    int add(const std::string& template_code, const std::string& text);
    // Takes point `position` of the template's checklist out of use (legal reviewers).
    void retire(const std::string& template_code, int position);
    // Marks point `position` of the contract's checklist as confirmed, while it is under review.
    void check(const std::string& folio, int position);

private:
    const Session& session_;
    domain::ReviewChecklist& checklist_;
    domain::ContractLifecycleRepository& contracts_;
};

}  // namespace pacta::presentation
