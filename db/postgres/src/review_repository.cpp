// The clause library, the reviewers' comments and the review checklists on the office
// server. Versions and positions are numbered under a lock per key or template held to
// commit, so two reviewers adding at once get 2 and 3, not a refusal.
#include "pacta/db/pg/review_repository.h"

namespace pacta::db::pg {

namespace {

namespace d = pacta::domain;

d::ClauseStatus status_of(const std::string& name) {
    if (name == "aprobada") return d::ClauseStatus::aprobada;
    if (name == "retirada") return d::ClauseStatus::retirada;
    return d::ClauseStatus::borrador;
}

constexpr const char* clause_columns =
    "SELECT key, version, title, text, legal_basis, status, created_by, coalesce(decided_by, '') FROM clause ";

std::vector<d::LibraryClause> read_clauses(const Result& r) {
    std::vector<d::LibraryClause> out;
    for (int i = 0; i < r.rows(); ++i) {
        d::LibraryClause c;
        c.key = r.text(i, 0);
        c.version = static_cast<int>(r.integer(i, 1));
        c.title = r.text(i, 2);
        c.text = r.text(i, 3);
        c.legal_basis = r.text(i, 4);
        c.status = status_of(r.text(i, 5));
        c.created_by = r.text(i, 6);
        c.decided_by = r.text(i, 7);
        out.push_back(std::move(c));
    }
    return out;
}

constexpr const char* comment_columns =
    "SELECT r.id, c.folio, r.clause_key, r.text, r.author, r.created_at, r.resolved, coalesce(r.resolved_by, ''), "
    "r.resolution FROM review_comment r JOIN contract c ON c.id = r.contract_id ";

std::vector<d::ReviewComment> read_comments(const Result& r) {
    std::vector<d::ReviewComment> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back({r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 5),
                       r.text(i, 6) == "t", r.text(i, 7), r.text(i, 8)});
    }
    return out;
}

// Held to commit: the next number for `key` is read and taken by one writer at a time.
void lock_numbering(Connection& db, const char* what, const std::string& key) {
    db.exec("SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))", {std::string(what), key});
}

}  // namespace

std::vector<d::LibraryClause> PgClauseLibrary::list() {
    return read_clauses(db_.exec(std::string(clause_columns) + "ORDER BY key COLLATE \"C\", version"));
}

std::optional<d::LibraryClause> PgClauseLibrary::find(const std::string& key, std::optional<int> version) {
    const auto r = version ? db_.exec(std::string(clause_columns) + "WHERE key = $1 AND version = $2",
                                      {key, std::to_string(*version)})
                           : db_.exec(std::string(clause_columns) + "WHERE key = $1 ORDER BY version DESC LIMIT 1", {key});
    auto found = read_clauses(r);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<d::LibraryClause> PgClauseLibrary::approved() {
    // The latest approved version of each key, then the keys in byte order.
    return read_clauses(db_.exec("SELECT * FROM (SELECT DISTINCT ON (key) key, version, title, text, legal_basis, "
                                 "status, created_by, coalesce(decided_by, '') FROM clause WHERE status = 'aprobada' "
                                 "ORDER BY key, version DESC) latest ORDER BY key COLLATE \"C\""));
}

int PgClauseLibrary::add(const d::LibraryClause& c, const std::string& /*actor: the login*/) {
    Transaction tx(db_);
    lock_numbering(db_, "pacta.clause", c.key);
    const auto r = db_.exec("INSERT INTO clause (key, version, title, text, legal_basis, created_at, created_by) "
                            "SELECT $1::text, coalesce(max(version), 0) + 1, $2::text, $3::text, $4::text, utc_now(), "
                            "current_username() FROM clause WHERE key = $1 RETURNING version",
                            {c.key, c.title, c.text, c.legal_basis});
    const auto version = static_cast<int>(r.integer(0, 0));
    tx.commit();
    return version;
}

bool PgClauseLibrary::set_status(const std::string& key, int version, d::ClauseStatus from, d::ClauseStatus to,
                                 const std::string& /*actor: the login*/) {
    // One statement, one transaction; the server refuses a move backwards.
    return db_.exec("UPDATE clause SET status = $4, decided_at = utc_now(), decided_by = current_username() "
                    "WHERE key = $1 AND version = $2 AND status = $3",
                    {key, std::to_string(version), std::string(d::clause_status_name(from)),
                     std::string(d::clause_status_name(to))})
               .affected() == 1;
}

std::int64_t PgReviewComments::add(const std::string& folio, const std::string& clause_key, const std::string& text,
                                   const std::string& /*actor: the login*/) {
    const auto r = db_.exec("INSERT INTO review_comment (contract_id, clause_key, text, author, created_at) "
                            "SELECT id, $2::text, $3::text, current_username(), utc_now() FROM contract "
                            "WHERE folio = $1 RETURNING id",
                            {folio, clause_key, text});
    if (r.rows() != 1) throw ServerError("P0002", "contract " + folio + " not found");
    return r.integer(0, 0);
}

bool PgReviewComments::resolve(std::int64_t id, const std::string& resolution, const std::string& /*actor: the login*/) {
    return db_.exec("UPDATE review_comment SET resolved = true, resolved_by = current_username(), "
                    "resolved_at = utc_now(), resolution = $2 WHERE id = $1 AND NOT resolved",
                    {std::to_string(id), resolution})
               .affected() == 1;
}

std::vector<d::ReviewComment> PgReviewComments::for_contract(const std::string& folio) {
    return read_comments(db_.exec(std::string(comment_columns) + "WHERE c.folio = $1 ORDER BY r.id", {folio}));
}

std::optional<d::ReviewComment> PgReviewComments::find(std::int64_t id) {
    auto found = read_comments(db_.exec(std::string(comment_columns) + "WHERE r.id = $1", {std::to_string(id)}));
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<d::ChecklistItem> PgReviewChecklist::items(const std::string& template_code, const std::string& folio) {
    const auto r = db_.exec("SELECT i.id, i.position, i.text, k.checked_by, i.retired_by <> '' FROM review_checklist_item i "
                            "LEFT JOIN review_check k ON k.item_id = i.id AND k.contract_id = "
                            "(SELECT id FROM contract WHERE folio = $2) WHERE i.template_code = $1 "
                            "AND (i.retired_by = '' OR k.checked_by IS NOT NULL) ORDER BY i.position",
                            {template_code, folio});
    std::vector<d::ChecklistItem> out;
    for (int i = 0; i < r.rows(); ++i) {
        d::ChecklistItem item;
        item.id = r.integer(i, 0);
        item.position = static_cast<int>(r.integer(i, 1));
        item.text = r.text(i, 2);
        item.checked = !r.is_null(i, 3);
        item.checked_by = r.text(i, 3);
        item.retired = r.text(i, 4) == "t";
        out.push_back(std::move(item));
    }
    return out;
}

int PgReviewChecklist::add_item(const std::string& template_code, const std::string& text,
                                const std::string& /*actor: the login*/) {
    Transaction tx(db_);
    lock_numbering(db_, "pacta.review_checklist_item", template_code);
    const auto r = db_.exec("INSERT INTO review_checklist_item (template_code, position, text, created_by, created_at) "
                            "SELECT $1::text, coalesce(max(position), 0) + 1, $2::text, current_username(), utc_now() "
                            "FROM review_checklist_item WHERE template_code = $1 RETURNING position",
                            {template_code, text});
    const auto position = static_cast<int>(r.integer(0, 0));
    tx.commit();
    return position;
}

bool PgReviewChecklist::retire_item(const std::string& template_code, std::int64_t item_id,
                                    const std::string& /*actor: the login*/) {
    // The trail's row is the table's trigger («lista_de_revision», before and after).
    return db_.exec("UPDATE review_checklist_item SET retired_by = current_username(), retired_at = utc_now() "
                    "WHERE id = $2::bigint AND template_code = $1 AND retired_by = ''",
                    {template_code, std::to_string(item_id)})
               .affected() == 1;
}

bool PgReviewChecklist::check(const std::string& folio, std::int64_t item_id, const std::string& /*actor: the login*/) {
    return db_.exec("INSERT INTO review_check (contract_id, item_id, checked_by, checked_at) "
                    "SELECT id, $2::bigint, current_username(), utc_now() FROM contract WHERE folio = $1 "
                    "ON CONFLICT (contract_id, item_id) DO NOTHING",
                    {folio, std::to_string(item_id)})
               .affected() == 1;
}

}  // namespace pacta::db::pg
