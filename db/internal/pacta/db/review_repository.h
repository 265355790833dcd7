#pragma once
// The clause library and the reviewers' comments, in SQLite.

#include "pacta/domain/ports/review.h"

namespace pacta::db {

class Database;

class SqliteClauseLibrary : public domain::ClauseLibrary {
public:
    explicit SqliteClauseLibrary(Database& db) : db_(db) {}
    [[nodiscard]] std::vector<domain::LibraryClause> list() override;
    [[nodiscard]] std::optional<domain::LibraryClause> find(const std::string& key, std::optional<int> version) override;
    [[nodiscard]] std::vector<domain::LibraryClause> approved() override;
    int add(const domain::LibraryClause& clause, const std::string& actor) override;
    bool set_status(const std::string& key, int version, domain::ClauseStatus from, domain::ClauseStatus to,
                    const std::string& actor) override;

private:
    Database& db_;
};

class SqliteReviewComments : public domain::ReviewComments {
public:
    explicit SqliteReviewComments(Database& db) : db_(db) {}
    std::int64_t add(const std::string& folio, const std::string& clause_key, const std::string& text,
                     const std::string& actor) override;
    bool resolve(std::int64_t id, const std::string& resolution, const std::string& actor) override;
    [[nodiscard]] std::vector<domain::ReviewComment> for_contract(const std::string& folio) override;
    [[nodiscard]] std::optional<domain::ReviewComment> find(std::int64_t id) override;

private:
    Database& db_;
};

class SqliteReviewChecklist : public domain::ReviewChecklist {
public:
    explicit SqliteReviewChecklist(Database& db) : db_(db) {}
    [[nodiscard]] std::vector<domain::ChecklistItem> items(const std::string& template_code,
                                                           const std::string& folio) override;
    int add_item(const std::string& template_code, const std::string& text, const std::string& actor) override;
    bool retire_item(const std::string& template_code, std::int64_t item_id, const std::string& actor) override;
    bool check(const std::string& folio, std::int64_t item_id, const std::string& actor) override;

private:
    Database& db_;
};

}  // namespace pacta::db
