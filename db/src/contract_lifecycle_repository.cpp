#include "pacta/db/contract_lifecycle_repository.h"

#include "contract_editors.h"

#include <nlohmann/json.hpp>

#include "pacta/db/audit.h"
#include "pacta/db/database.h"
#include "pacta/db/open.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"

namespace pacta::db {

namespace {

namespace d = pacta::domain;

d::ContractState state_of(const std::string& name) {
    if (auto s = d::contract_state_from_name(name)) return *s;
    throw DatabaseError("unknown contract state «" + name + "» in the database", 0);
}

std::optional<d::Date> date_of(const std::string& iso) {
    if (iso.empty()) return std::nullopt;
    return d::parse_iso_date(iso).value;
}

constexpr const char* status_columns =
    "SELECT c.id, c.folio, i.code, c.drafted_by, coalesce(o.folio, ''), c.state, coalesce(c.start_date, ''), "
    "coalesce(c.end_date, ''), t.code FROM contract c JOIN institution i ON i.id = c.institution_id "
    "JOIN template t ON t.id = c.template_id LEFT JOIN contract o ON o.id = c.amends_id ";

// Without the generated files' hashes (a status of its own reads them).
d::ContractStatus read_status(Statement& st) {
    d::ContractStatus s;
    s.folio = st.column_text(1);
    s.institution_code = st.column_text(2);
    s.drafted_by = st.column_text(3);
    s.amends = st.column_text(4);
    s.state = state_of(st.column_text(5));
    s.start = date_of(st.column_text(6));
    s.end = date_of(st.column_text(7));
    s.template_code = st.column_text(8);
    return s;
}

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

std::optional<d::ContractStatus> SqliteContractLifecycleRepository::status(const std::string& folio) {
    Statement st(db_, std::string(status_columns) + "WHERE c.folio = ?1");
    st.bind(1, std::string_view(folio));
    if (!st.step()) return std::nullopt;
    auto s = read_status(st);
    s.editors = contract_editors(db_, st.column_int(0));
    Statement files(db_, "SELECT sha256 FROM contract_file WHERE contract_id = ?1 ORDER BY id");
    files.bind(1, st.column_int(0));
    while (files.step()) s.generated_sha256.push_back(files.column_text(0));
    return s;
}

std::vector<d::ContractStatus> SqliteContractLifecycleRepository::due_for_date_moves(d::Date today) {
    // A range of each partial index (contract_starting, contract_ending): what starts and
    // what ends by today.
    // INDEXED BY: the index by state alone looks better to a planner without statistics,
    // and reads every contract in force. CROSS JOIN keeps the due contracts as the outer
    // loop: a planner free to start from the one template would scan every contract.
    std::string sql = status_columns;
    sql.replace(sql.find("FROM contract c"), std::string_view("FROM contract c").size(),
                "FROM (SELECT id FROM contract INDEXED BY contract_starting WHERE state = 'firmado' AND start_date <= ?1 "
                "UNION SELECT id FROM contract INDEXED BY contract_ending WHERE state = 'vigente' AND end_date < ?1) due "
                "CROSS JOIN contract c ON c.id = due.id");
    Statement st(db_, sql + "ORDER BY c.id");
    st.bind(1, std::string_view(today.iso()));
    std::vector<d::ContractStatus> out;
    while (st.step()) out.push_back(read_status(st));
    return out;
}

void SqliteContractLifecycleRepository::save_move(const d::ContractMoveRecord& move, const std::string& actor) {
    Transaction tx(db_);
    Statement current(db_, "SELECT id, state FROM contract WHERE folio = ?1");
    current.bind(1, std::string_view(move.folio));
    if (!current.step()) throw DatabaseError("contract " + move.folio + " not found", 0);
    const std::int64_t id = current.column_int(0);
    if (current.column_text(1) != d::contract_state_name(move.from)) {
        throw d::StaleContractState("contract " + move.folio + " is no longer «" +
                                    std::string(d::contract_state_name(move.from)) + "» but «" +
                                    current.column_text(1) + "»");
    }
    const std::string at = utc_timestamp();
    Statement update(db_, "UPDATE contract SET state = ?2 WHERE id = ?1");
    update.bind(1, id).bind(2, d::contract_state_name(move.to)).run();
    Statement history(db_, "INSERT INTO contract_move (contract_id, at, actor, from_state, to_state, reason) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    history.bind(1, id).bind(2, std::string_view(at)).bind(3, std::string_view(actor));
    history.bind(4, d::contract_state_name(move.from)).bind(5, d::contract_state_name(move.to));
    history.bind(6, std::string_view(move.reason)).run();
    nlohmann::json after{{"estado", std::string(d::contract_state_name(move.to))}, {"motivo", move.reason}};
    if (const auto& doc = move.signed_document) {
        Statement insert(db_, "INSERT INTO signed_document (contract_id, path, sha256, digital, matches_generated, "
                              "signers_json, recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        const std::string signers = signers_json(doc->signers).dump();
        insert.bind(1, id).bind(2, std::string_view(doc->path)).bind(3, std::string_view(doc->sha256));
        insert.bind(4, std::int64_t{doc->digital ? 1 : 0}).bind(5, std::int64_t{doc->matches_generated ? 1 : 0});
        insert.bind(6, std::string_view(signers)).bind(7, std::string_view(at)).bind(8, std::string_view(actor)).run();
        after["documento_firmado"] = {{"archivo", doc->path},
                                      {"sha256", doc->sha256},
                                      {"firma_digital", doc->digital},
                                      {"corresponde_al_generado", doc->matches_generated},
                                      {"firmantes", signers_json(doc->signers)}};
    }
    AuditWriter(db_).record(actor, "actualizar", "contrato", move.folio,
                            nlohmann::json{{"estado", std::string(d::contract_state_name(move.from))}}.dump(),
                            after.dump());
    tx.commit();
}

std::vector<d::ContractHistoryEntry> SqliteContractLifecycleRepository::history(const std::string& folio) {
    Statement st(db_, "SELECT m.at, m.actor, m.from_state, m.to_state, m.reason FROM contract_move m "
                      "JOIN contract c ON c.id = m.contract_id WHERE c.folio = ?1 ORDER BY m.id");
    st.bind(1, std::string_view(folio));
    std::vector<d::ContractHistoryEntry> out;
    while (st.step()) {
        out.push_back({st.column_text(0), st.column_text(1), state_of(st.column_text(2)), state_of(st.column_text(3)),
                       st.column_text(4)});
    }
    return out;
}

std::vector<d::SignedDocument> SqliteContractLifecycleRepository::signed_documents(const std::string& folio) {
    Statement st(db_, "SELECT s.path, s.sha256, s.digital, s.matches_generated, s.signers_json FROM signed_document s "
                      "JOIN contract c ON c.id = s.contract_id WHERE c.folio = ?1 ORDER BY s.id");
    st.bind(1, std::string_view(folio));
    std::vector<d::SignedDocument> out;
    while (st.step()) {
        d::SignedDocument doc;
        doc.path = st.column_text(0);
        doc.sha256 = st.column_text(1);
        doc.digital = st.column_int(2) != 0;
        doc.matches_generated = st.column_int(3) != 0;
        for (const auto& s : nlohmann::json::parse(st.column_text(4))) {
            doc.signers.push_back({s.value("nombre", ""), s.value("certificado", ""), s.value("fecha", ""),
                                   s.value("integra", false)});
        }
        out.push_back(std::move(doc));
    }
    return out;
}

std::vector<d::AuditEntry> SqliteContractLifecycleRepository::audit_history(const std::string& folio) {
    Statement st(db_, "SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log "
                      "WHERE id IN (SELECT id FROM audit_log WHERE entity IN ('contrato', 'calendario') AND entity_id = ?1 "
                      "UNION SELECT id FROM audit_log WHERE entity = 'exhibicion' AND entity_id > ?1 || '/' AND "
                      "entity_id < ?1 || '0' UNION SELECT id FROM audit_log WHERE entity = 'permiso' AND "
                      "entity_id = 'contrato ' || ?1) ORDER BY id");
    st.bind(1, std::string_view(folio));
    return read_audit_entries(st);
}

}  // namespace pacta::db
