// A contract's life on the office server (db/src/contract_lifecycle_repository.cpp is the
// SQLite engine's). The server's trigger decides whether a move is legal, whether the login
// holds a role that may make it and four eyes; this port checks only that the contract is
// still where the move was checked against, records the history row and the signed
// document (its bytes with it, so every desk opens it), and leaves the audit rows to the
// server.
#include "pacta/db/pg/contract_lifecycle_repository.h"

#include <nlohmann/json.hpp>

#include "contract_values.h"

namespace pacta::db::pg {

namespace {

namespace d = pacta::domain;
using detail::date_value;
using detail::state_value;

constexpr const char* status_columns =
    "SELECT c.id, c.folio, i.code, c.drafted_by, coalesce(o.folio, ''), c.state, c.start_date::text, "
    "c.end_date::text, t.code FROM contract c JOIN institution i ON i.id = c.institution_id "
    "JOIN template t ON t.id = c.template_id LEFT JOIN contract o ON o.id = c.amends_id ";

// Without the editors and the generated files' hashes (a status of its own reads them).
d::ContractStatus read_status(const Result& r, int row) {
    d::ContractStatus s;
    s.folio = r.text(row, 1);
    s.institution_code = r.text(row, 2);
    s.drafted_by = r.text(row, 3);
    s.amends = r.text(row, 4);
    s.state = state_value(r.text(row, 5));
    s.start = date_value(r, row, 6);
    s.end = date_value(r, row, 7);
    s.template_code = r.text(row, 8);
    return s;
}

// As the SQLite engine stores them, so both read the same text.
nlohmann::json signers_json(const std::vector<d::SignerRecord>& signers) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& s : signers) {
        out.push_back({{"nombre", s.name},
                       {"certificado", s.certificate_subject},
                       {"fecha", s.signing_time},
                       {"integra", s.intact}});
    }
    return out;
}

}  // namespace

std::optional<d::ContractStatus> PgContractLifecycleRepository::status(const std::string& folio) {
    const auto r = db_.exec(std::string(status_columns) + "WHERE c.folio = $1", {folio});
    if (r.rows() == 0) return std::nullopt;
    auto s = read_status(r, 0);
    // Editors by name, then the generated files in the order they were recorded.
    const auto parts = db_.exec("SELECT 'e', username, 0 FROM contract_editor WHERE contract_id = $1 UNION ALL "
                                "SELECT 'f', sha256, id FROM contract_file WHERE contract_id = $1 ORDER BY 1, 3, 2",
                                {r.text(0, 0)});
    for (int row = 0; row < parts.rows(); ++row) {
        (parts.text(row, 0) == "e" ? s.editors : s.generated_sha256).push_back(parts.text(row, 1));
    }
    return s;
}

std::vector<d::ContractStatus> PgContractLifecycleRepository::due_for_date_moves(d::Date today) {
    // Two ranges of the partial indexes contract_starting and contract_ending: the cost
    // follows the contracts due, not the office.
    const auto r = db_.exec(std::string(status_columns) +
                                "WHERE (c.state = 'firmado' AND c.start_date <= $1::date) OR "
                                "(c.state = 'vigente' AND c.end_date < $1::date) ORDER BY c.id",
                            {today.iso()});
    std::vector<d::ContractStatus> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int row = 0; row < r.rows(); ++row) out.push_back(read_status(r, row));
    return out;
}

// `actor` is not used: the history row, the signed document and the trail name the login.
void PgContractLifecycleRepository::save_move(const d::ContractMoveRecord& move, const std::string& /*actor*/) {
    // Read before anything is written: a file above the server's limit changes nothing.
    Param content;
    if (move.signed_document) content = detail::stored_content(move.signed_document->path, move.signed_document->sha256);
    Transaction tx(db_);
    // Locked until commit: a move another desk makes meanwhile waits, then finds it moved.
    const auto current = db_.exec("SELECT id, state FROM contract WHERE folio = $1 FOR NO KEY UPDATE", {move.folio});
    if (current.rows() == 0) detail::contract_not_found(move.folio);
    const std::string id = current.text(0, 0);
    if (current.text(0, 1) != d::contract_state_name(move.from)) {
        throw d::StaleContractState("contract " + move.folio + " is no longer «" +
                                    std::string(d::contract_state_name(move.from)) + "» but «" + current.text(0, 1) +
                                    "»");
    }
    try {
        db_.exec("UPDATE contract SET state = $2 WHERE id = $1", {id, std::string(d::contract_state_name(move.to))});
    } catch (const ServerError& e) {
        // P0001: the server, which holds the contract, does not admit the move the caller
        // checked (not a move from its state, or its dates do not say so by the server's
        // day): stale, as a contract another desk moved first, so the moves by date skip it.
        // An ended contract's state is refused as the SQLite engine's trigger refuses it,
        // and 42501 (the login lacks the role, or drafted or edited the contract: four eyes)
        // stays pg::ServerError: the SQLite engine has no such refusal; its service refuses
        // first.
        if (e.sqlstate() == "P0001" && !d::is_final(move.from)) throw d::StaleContractState(detail::server_message(e));
        if (e.sqlstate() == "P0001" || e.sqlstate() == "42501") throw ServerError(e.sqlstate(), detail::server_message(e));
        throw;
    }
    db_.exec("INSERT INTO contract_move (contract_id, at, actor, from_state, to_state, reason) "
             "VALUES ($1, pacta.utc_now(), pacta.current_username(), $2, $3, $4)",
             {id, std::string(d::contract_state_name(move.from)), std::string(d::contract_state_name(move.to)),
              move.reason});
    if (const auto& doc = move.signed_document) {
        db_.exec("INSERT INTO signed_document (contract_id, path, sha256, digital, matches_generated, signers_json, "
                 "recorded_at, recorded_by, content) VALUES ($1, $2, $3, $4, $5, $6, pacta.utc_now(), "
                 "pacta.current_username(), $7::bytea)",
                 {id, doc->path, doc->sha256, doc->digital ? "true" : "false", doc->matches_generated ? "true" : "false",
                  signers_json(doc->signers).dump(), content});
    }
    tx.commit();
}

std::vector<d::ContractHistoryEntry> PgContractLifecycleRepository::history(const std::string& folio) {
    const auto r = db_.exec("SELECT m.at, m.actor, m.from_state, m.to_state, m.reason FROM contract_move m "
                            "JOIN contract c ON c.id = m.contract_id WHERE c.folio = $1 ORDER BY m.id",
                            {folio});
    std::vector<d::ContractHistoryEntry> out;
    for (int row = 0; row < r.rows(); ++row) {
        out.push_back({r.text(row, 0), r.text(row, 1), state_value(r.text(row, 2)), state_value(r.text(row, 3)),
                       r.text(row, 4)});
    }
    return out;
}

std::vector<d::SignedDocument> PgContractLifecycleRepository::signed_documents(const std::string& folio) {
    const auto r = db_.exec("SELECT s.path, s.sha256, s.digital, s.matches_generated, s.signers_json "
                            "FROM signed_document s JOIN contract c ON c.id = s.contract_id WHERE c.folio = $1 "
                            "ORDER BY s.id",
                            {folio});
    std::vector<d::SignedDocument> out;
    for (int row = 0; row < r.rows(); ++row) {
        d::SignedDocument doc;
        doc.path = r.text(row, 0);
        doc.sha256 = r.text(row, 1);
        doc.digital = r.text(row, 2) == "t";
        doc.matches_generated = r.text(row, 3) == "t";
        for (const auto& s : nlohmann::json::parse(r.text(row, 4))) {
            doc.signers.push_back({s.value("nombre", ""), s.value("certificado", ""), s.value("fecha", ""),
                                   s.value("integra", false)});
        }
        out.push_back(std::move(doc));
    }
    return out;
}

std::vector<d::AuditEntry> PgContractLifecycleRepository::audit_history(const std::string& folio) {
    // The values hold personal data: a login the server does not grant them reads when, who
    // and what.
    if (!reads_trail_) {
        reads_trail_ = db_.exec("SELECT has_column_privilege('pacta.audit_log', 'after_json', 'SELECT')").text(0, 0) == "t";
    }
    // The server's row triggers name the contract's rows (contract, data, signatories) and
    // its files and signed documents by folio, each instalment as «<folio>/<n>».
    const auto r = db_.exec(
        std::string("SELECT id, at, actor, action, entity, entity_id, ") +
            (*reads_trail_ ? "before_json, after_json" : "NULL::text, NULL::text") + " FROM audit_log "
        "WHERE (entity IN ('contrato', 'calendario', 'archivo', 'documento_firmado') AND entity_id = $1) "
        "OR (entity = 'exhibicion' AND entity_id LIKE $2) OR (entity = 'permiso' AND entity_id = 'contrato ' || $1) "
        "ORDER BY id",
        {folio, like_literal(folio) + "/%"});
    std::vector<d::AuditEntry> out;
    for (int row = 0; row < r.rows(); ++row) {
        d::AuditEntry e;
        e.id = r.integer(row, 0);
        e.at = r.text(row, 1);
        e.actor = r.text(row, 2);
        e.action = r.text(row, 3);
        e.entity = r.text(row, 4);
        e.entity_id = r.text(row, 5);
        e.before_json = r.optional_text(row, 6);
        e.after_json = r.optional_text(row, 7);
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace pacta::db::pg
