#pragma once
// Storage port: the legal reviewers' tools: the clause library, comments on contracts and
// each template's review checklist.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::domain {

enum class ClauseStatus { borrador, aprobada, retirada };

// "borrador", "aprobada", "retirada".
[[nodiscard]] std::string_view clause_status_name(ClauseStatus status);

struct LibraryClause {
    std::string key;
    int version = 0;
    std::string title;
    std::string text;         // in the template language
    std::string legal_basis;  // the articles and rulings that support it
    ClauseStatus status = ClauseStatus::borrador;
    std::string created_by;
    std::string decided_by;   // who approved or retired it
};

// Guarantees (all three): every write is one transaction with its audit row.
class ClauseLibrary {
public:
    virtual ~ClauseLibrary() = default;
    // Every version of every clause, by key and version.
    [[nodiscard]] virtual std::vector<LibraryClause> list() = 0;
    // One version, or the latest when `version` is nullopt.
    [[nodiscard]] virtual std::optional<LibraryClause> find(const std::string& key, std::optional<int> version) = 0;
    // The latest approved version of each key.
    [[nodiscard]] virtual std::vector<LibraryClause> approved() = 0;
    // Stores a new version (the next number for its key) as borrador; returns its number.
    virtual int add(const LibraryClause& clause, const std::string& actor) = 0;
    // Moves a version's status forward; false when it was not in `from`.
    virtual bool set_status(const std::string& key, int version, ClauseStatus from, ClauseStatus to,
                            const std::string& actor) = 0;
};

struct ReviewComment {
    std::int64_t id = 0;
    std::string folio;
    std::string clause_key;
    std::string text;
    std::string author;
    std::string created_at;
    bool resolved = false;
    std::string resolved_by;
    std::string resolution;
};

class ReviewComments {
public:
    virtual ~ReviewComments() = default;
    // Returns the comment's number.
    virtual std::int64_t add(const std::string& folio, const std::string& clause_key, const std::string& text,
                             const std::string& actor) = 0;
    // False when there is no such open comment.
    virtual bool resolve(std::int64_t id, const std::string& resolution, const std::string& actor) = 0;
    [[nodiscard]] virtual std::vector<ReviewComment> for_contract(const std::string& folio) = 0;
    [[nodiscard]] virtual std::optional<ReviewComment> find(std::int64_t id) = 0;
};

struct ChecklistItem {
    std::int64_t id = 0;
    int position = 0;
    std::string text;
    bool checked = false;     // for one contract
    std::string checked_by;
    bool retired = false;     // out of use: listed only for a contract that confirmed it
};

class ReviewChecklist {
public:
    virtual ~ReviewChecklist() = default;
    // The template's items in use, in order, marked as checked or not for `folio` (none when
    // empty). A retired item is no longer waited for; it is listed (marked retired) only for
    // a contract that confirmed it.
    [[nodiscard]] virtual std::vector<ChecklistItem> items(const std::string& template_code, const std::string& folio) = 0;
    // Returns the new item's position.
    virtual int add_item(const std::string& template_code, const std::string& text, const std::string& actor) = 0;
    // Takes an item out of use (never deleted: contracts keep what was confirmed of it). False
    // when the template has no such item in use.
    virtual bool retire_item(const std::string& template_code, std::int64_t item_id, const std::string& actor) = 0;
    // False when already checked.
    virtual bool check(const std::string& folio, std::int64_t item_id, const std::string& actor) = 0;
};

}  // namespace pacta::domain
