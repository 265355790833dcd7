#include "pacta/db/review_repository.h"

#include <nlohmann/json.hpp>

#include "pacta/db/audit.h"
#include "pacta/db/database.h"
#include "pacta/db/open.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"

namespace pacta::db {

namespace {

namespace d = pacta::domain;

d::ClauseStatus status_of(const std::string& name) {
    if (name == "aprobada") return d::ClauseStatus::aprobada;
    if (name == "retirada") return d::ClauseStatus::retirada;
    return d::ClauseStatus::borrador;
}

constexpr const char* clause_columns =
    "SELECT key, version, title, text, legal_basis, status, created_by, coalesce(decided_by, '') FROM clause ";

d::LibraryClause read_clause(Statement& st) {
    d::LibraryClause c;
    c.key = st.column_text(0);
    c.version = static_cast<int>(st.column_int(1));
    c.title = st.column_text(2);
    c.text = st.column_text(3);
    c.legal_basis = st.column_text(4);
    c.status = status_of(st.column_text(5));
    c.created_by = st.column_text(6);
    c.decided_by = st.column_text(7);
    return c;
}

constexpr const char* comment_columns =
    "SELECT r.id, c.folio, r.clause_key, r.text, r.author, r.created_at, r.resolved, coalesce(r.resolved_by, ''), "
    "r.resolution FROM review_comment r JOIN contract c ON c.id = r.contract_id ";

d::ReviewComment read_comment(Statement& st) {
    return {st.column_int(0), st.column_text(1), st.column_text(2), st.column_text(3), st.column_text(4),
            st.column_text(5), st.column_int(6) != 0, st.column_text(7), st.column_text(8)};
}

}  // namespace

std::vector<d::LibraryClause> SqliteClauseLibrary::list() {
    Statement st(db_, std::string(clause_columns) + "ORDER BY key, version");
    std::vector<d::LibraryClause> out;
    while (st.step()) out.push_back(read_clause(st));
    return out;
}

std::optional<d::LibraryClause> SqliteClauseLibrary::find(const std::string& key, std::optional<int> version) {
    Statement st(db_, std::string(clause_columns) +
                          (version ? "WHERE key = ?1 AND version = ?2" : "WHERE key = ?1 ORDER BY version DESC LIMIT 1"));
    st.bind(1, std::string_view(key));
    if (version) st.bind(2, std::int64_t{*version});
    if (!st.step()) return std::nullopt;
    return read_clause(st);
}

std::vector<d::LibraryClause> SqliteClauseLibrary::approved() {
    Statement st(db_, std::string(clause_columns) +
                          "WHERE status = 'aprobada' AND version = (SELECT max(version) FROM clause c2 "
                          "WHERE c2.key = clause.key AND c2.status = 'aprobada') ORDER BY key");
    std::vector<d::LibraryClause> out;
    while (st.step()) out.push_back(read_clause(st));
    return out;
}

int SqliteClauseLibrary::add(const d::LibraryClause& c, const std::string& actor) {
    Transaction tx(db_);
    Statement next(db_, "SELECT coalesce(max(version), 0) + 1 FROM clause WHERE key = ?1");
    next.bind(1, std::string_view(c.key));
    next.step();
    const auto version = static_cast<int>(next.column_int(0));
    Statement insert(db_, "INSERT INTO clause (key, version, title, text, legal_basis, created_at, created_by) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, std::string_view(c.key)).bind(2, std::int64_t{version}).bind(3, std::string_view(c.title));
    insert.bind(4, std::string_view(c.text)).bind(5, std::string_view(c.legal_basis));
    insert.bind(6, std::string_view(utc_timestamp())).bind(7, std::string_view(actor)).run();
    AuditWriter(db_).record(actor, "crear", "clausula", c.key + "@" + std::to_string(version), std::nullopt,
                            nlohmann::json{{"titulo", c.title}, {"texto", c.text}, {"fundamento", c.legal_basis}}.dump());
    tx.commit();
    return version;
}

bool SqliteClauseLibrary::set_status(const std::string& key, int version, d::ClauseStatus from, d::ClauseStatus to,
                                     const std::string& actor) {
    Transaction tx(db_);
    Statement update(db_, "UPDATE clause SET status = ?4, decided_at = ?5, decided_by = ?6 "
                          "WHERE key = ?1 AND version = ?2 AND status = ?3");
    update.bind(1, std::string_view(key)).bind(2, std::int64_t{version}).bind(3, d::clause_status_name(from));
    update.bind(4, d::clause_status_name(to)).bind(5, std::string_view(utc_timestamp())).bind(6, std::string_view(actor));
    update.run();
    Statement changed(db_, "SELECT changes()");
    changed.step();
    if (changed.column_int(0) != 1) return false;
    AuditWriter(db_).record(actor, "actualizar", "clausula", key + "@" + std::to_string(version),
                            nlohmann::json{{"estado", std::string(d::clause_status_name(from))}}.dump(),
                            nlohmann::json{{"estado", std::string(d::clause_status_name(to))}}.dump());
    tx.commit();
    return true;
}

std::int64_t SqliteReviewComments::add(const std::string& folio, const std::string& clause_key, const std::string& text,
                                       const std::string& actor) {
    Transaction tx(db_);
    Statement insert(db_, "INSERT INTO review_comment (contract_id, clause_key, text, author, created_at) "
                          "SELECT id, ?2, ?3, ?4, ?5 FROM contract WHERE folio = ?1");
    insert.bind(1, std::string_view(folio)).bind(2, std::string_view(clause_key)).bind(3, std::string_view(text));
    insert.bind(4, std::string_view(actor)).bind(5, std::string_view(utc_timestamp())).run();
    Statement last(db_, "SELECT last_insert_rowid(), changes()");
    last.step();
    if (last.column_int(1) != 1) throw DatabaseError("contract " + folio + " not found", 0);
    const std::int64_t id = last.column_int(0);
    AuditWriter(db_).record(actor, "crear", "comentario", folio + "#" + std::to_string(id), std::nullopt,
                            nlohmann::json{{"clausula", clause_key}, {"texto", text}}.dump());
    tx.commit();
    return id;
}

bool SqliteReviewComments::resolve(std::int64_t id, const std::string& resolution, const std::string& actor) {
    Transaction tx(db_);
    const auto before = find(id);
    if (!before || before->resolved) return false;
    Statement update(db_, "UPDATE review_comment SET resolved = 1, resolved_by = ?2, resolved_at = ?3, resolution = ?4 "
                          "WHERE id = ?1 AND resolved = 0");
    update.bind(1, id).bind(2, std::string_view(actor)).bind(3, std::string_view(utc_timestamp()));
    update.bind(4, std::string_view(resolution)).run();
    AuditWriter(db_).record(actor, "actualizar", "comentario", before->folio + "#" + std::to_string(id),
                            R"({"resuelto":false})", nlohmann::json{{"resuelto", true}, {"respuesta", resolution}}.dump());
    tx.commit();
    return true;
}

std::vector<d::ReviewComment> SqliteReviewComments::for_contract(const std::string& folio) {
    Statement st(db_, std::string(comment_columns) + "WHERE c.folio = ?1 ORDER BY r.id");
    st.bind(1, std::string_view(folio));
    std::vector<d::ReviewComment> out;
    while (st.step()) out.push_back(read_comment(st));
    return out;
}

std::optional<d::ReviewComment> SqliteReviewComments::find(std::int64_t id) {
    Statement st(db_, std::string(comment_columns) + "WHERE r.id = ?1");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return read_comment(st);
}

std::vector<d::ChecklistItem> SqliteReviewChecklist::items(const std::string& template_code, const std::string& folio) {
    Statement st(db_, "SELECT i.id, i.position, i.text, k.checked_by, i.retired_by <> '' FROM review_checklist_item i "
                      "LEFT JOIN review_check k ON k.item_id = i.id AND k.contract_id = "
                      "(SELECT id FROM contract WHERE folio = ?2) WHERE i.template_code = ?1 "
                      "AND (i.retired_by = '' OR k.checked_by IS NOT NULL) ORDER BY i.position");
    st.bind(1, std::string_view(template_code)).bind(2, std::string_view(folio));
    std::vector<d::ChecklistItem> out;
    while (st.step()) {
        d::ChecklistItem item;
        item.id = st.column_int(0);
        item.position = static_cast<int>(st.column_int(1));
        item.text = st.column_text(2);
        item.checked = !st.column_is_null(3);
        if (item.checked) item.checked_by = st.column_text(3);
        item.retired = st.column_int(4) != 0;
        out.push_back(std::move(item));
    }
    return out;
}

int SqliteReviewChecklist::add_item(const std::string& template_code, const std::string& text, const std::string& actor) {
    Transaction tx(db_);
    Statement next(db_, "SELECT coalesce(max(position), 0) + 1 FROM review_checklist_item WHERE template_code = ?1");
    next.bind(1, std::string_view(template_code));
    next.step();
    const auto position = static_cast<int>(next.column_int(0));
    Statement insert(db_, "INSERT INTO review_checklist_item (template_code, position, text, created_by, created_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, std::string_view(template_code)).bind(2, std::int64_t{position}).bind(3, std::string_view(text));
    insert.bind(4, std::string_view(actor)).bind(5, std::string_view(utc_timestamp())).run();
    AuditWriter(db_).record(actor, "crear", "lista_de_revision", template_code + "#" + std::to_string(position),
                            std::nullopt, nlohmann::json{{"punto", text}}.dump());
    tx.commit();
    return position;
}

bool SqliteReviewChecklist::retire_item(const std::string& template_code, std::int64_t item_id, const std::string& actor) {
    Transaction tx(db_);
    Statement retire(db_, "UPDATE review_checklist_item SET retired_by = ?3, retired_at = ?4 "
                          "WHERE id = ?2 AND template_code = ?1 AND retired_by = '' RETURNING position, text");
    retire.bind(1, std::string_view(template_code)).bind(2, item_id).bind(3, std::string_view(actor));
    retire.bind(4, std::string_view(utc_timestamp()));
    if (!retire.step()) return false;
    const auto position = retire.column_int(0);
    const std::string text = retire.column_text(1);
    while (retire.step()) {
    }
    // Retired, not deleted: an update, as the server's trigger records it.
    AuditWriter(db_).record(actor, "actualizar", "lista_de_revision", template_code + "#" + std::to_string(position),
                            nlohmann::json{{"punto", text}, {"retired_by", ""}}.dump(),
                            nlohmann::json{{"punto", text}, {"retired_by", actor}}.dump());
    tx.commit();
    return true;
}

bool SqliteReviewChecklist::check(const std::string& folio, std::int64_t item_id, const std::string& actor) {
    Transaction tx(db_);
    Statement insert(db_, "INSERT OR IGNORE INTO review_check (contract_id, item_id, checked_by, checked_at) "
                          "SELECT id, ?2, ?3, ?4 FROM contract WHERE folio = ?1");
    insert.bind(1, std::string_view(folio)).bind(2, item_id).bind(3, std::string_view(actor));
    insert.bind(4, std::string_view(utc_timestamp())).run();
    Statement changed(db_, "SELECT changes()");
    changed.step();
    if (changed.column_int(0) != 1) return false;
    AuditWriter(db_).record(actor, "crear", "revision_punto", folio + "#" + std::to_string(item_id), std::nullopt,
                            R"({"revisado":true})");
    tx.commit();
    return true;
}

}  // namespace pacta::db
