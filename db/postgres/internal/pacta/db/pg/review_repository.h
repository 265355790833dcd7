#pragma once
// The legal reviewers' tools on the office server: the clause library, comments on contracts
// and each template's review checklist. The server writes the audit rows and keeps the
// wording of a clause or a comment from changing; who wrote, decided, resolved or checked is
// the login (pacta.current_username()), so the `actor` parameters are ignored.

#include "pacta/db/pg/connection.h"
#include "pacta/domain/ports/review.h"

namespace pacta::db::pg {

class PgClauseLibrary final : public domain::ClauseLibrary {
public:
    explicit PgClauseLibrary(Connection& connection) : db_(connection) {}
    [[nodiscard]] std::vector<domain::LibraryClause> list() override;
    [[nodiscard]] std::optional<domain::LibraryClause> find(const std::string& key, std::optional<int> version) override;
    [[nodiscard]] std::vector<domain::LibraryClause> approved() override;
    int add(const domain::LibraryClause& clause, const std::string& actor) override;
    bool set_status(const std::string& key, int version, domain::ClauseStatus from, domain::ClauseStatus to,
                    const std::string& actor) override;

private:
    Connection& db_;
};

class PgReviewComments final : public domain::ReviewComments {
public:
    explicit PgReviewComments(Connection& connection) : db_(connection) {}
    std::int64_t add(const std::string& folio, const std::string& clause_key, const std::string& text,
                     const std::string& actor) override;
    bool resolve(std::int64_t id, const std::string& resolution, const std::string& actor) override;
    [[nodiscard]] std::vector<domain::ReviewComment> for_contract(const std::string& folio) override;
    [[nodiscard]] std::optional<domain::ReviewComment> find(std::int64_t id) override;

private:
    Connection& db_;
};

class PgReviewChecklist final : public domain::ReviewChecklist {
public:
    explicit PgReviewChecklist(Connection& connection) : db_(connection) {}
    [[nodiscard]] std::vector<domain::ChecklistItem> items(const std::string& template_code,
                                                           const std::string& folio) override;
    int add_item(const std::string& template_code, const std::string& text, const std::string& actor) override;
    bool retire_item(const std::string& template_code, std::int64_t item_id, const std::string& actor) override;
    bool check(const std::string& folio, std::int64_t item_id, const std::string& actor) override;

private:
    Connection& db_;
};

}  // namespace pacta::db::pg
