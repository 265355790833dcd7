#include "pacta/db/instalment_repository.h"

#include "contract_editors.h"

#include <nlohmann/json.hpp>

#include "pacta/db/audit.h"
#include "pacta/db/database.h"
#include "pacta/db/open.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"

namespace pacta::db {

namespace d = domain;

namespace {

constexpr const char* select_columns =
    "SELECT c.folio, coalesce(s.given_names || ' ' || s.first_surname || ' ' || s.second_surname, ''), c.unit_code, "
    "c.regime, c.currency, n.number, n.amount_minor, n.period_start, n.period_end, n.due_date, n.state, "
    "coalesce(n.report_date, ''), n.report_reference, coalesce(n.approval_date, ''), n.approved_by, "
    "coalesce(n.payment_date, ''), n.transfer_reference, n.cfdi_uuid, n.receipt_number, n.gross_minor, "
    "n.withheld_minor, n.net_minor, n.reason, s.suspension_year, c.budget_account, n.report_file, n.report_sha256, "
    "coalesce((SELECT g.name FROM contract_signatory cs JOIN signatory g ON g.id = cs.signatory_id "
    "WHERE cs.contract_id = c.id AND cs.role = 'supervisor'), ''), "
    "(SELECT i.code FROM institution i WHERE i.id = c.institution_id), c.state "
    "FROM instalment n JOIN contract c ON c.id = n.contract_id "
    "LEFT JOIN staff s ON s.id = c.staff_id ";

d::Date date_of(const std::string& iso) {
    const auto parsed = d::parse_iso_date(iso);
    if (!parsed.value) throw DatabaseError("stored date is not valid: " + iso, 0);
    return *parsed.value;
}

std::optional<d::Date> optional_date(const std::string& iso) {
    if (iso.empty()) return std::nullopt;
    return date_of(iso);
}

void bind_optional(Statement& st, int index, const std::optional<d::Date>& date) {
    if (date) {
        st.bind(index, std::string_view(date->iso()));
    } else {
        st.bind_null(index);
    }
}

}  // namespace

std::string instalment_audit_json(const d::InstalmentRecord& r) {
    nlohmann::json j;
    j["numero"] = r.plan.number;
    j["estado"] = std::string(d::instalment_state_name(r.state));
    j["importe"] = d::format_money(r.plan.amount);
    if (r.report_date) {
        j["informe"] = {{"fecha", r.report_date->iso()}, {"referencia", r.report_reference}};
        if (!r.report_file.empty()) j["informe"]["archivo"] = {{"ruta", r.report_file}, {"sha256", r.report_sha256}};
    }
    if (r.approval_date) j["aprobacion"] = {{"fecha", r.approval_date->iso()}, {"aprobo", r.approved_by}};
    if (r.payment_date) {
        j["pago"] = {{"fecha", r.payment_date->iso()}, {"referencia", r.transfer_reference}, {"cfdi", r.cfdi_uuid},
                     {"recibo", r.receipt_number}};
    }
    if (r.paid) {
        j["bruto"] = d::format_money(r.paid->gross);
        j["retencion"] = d::format_money(r.paid->withheld);
        j["neto"] = d::format_money(r.paid->net);
    }
    if (!r.reason.empty()) j["motivo"] = r.reason;
    return j.dump();
}

std::vector<d::ContractInstalment> SqliteInstalmentRepository::query(const std::string& where,
                                                                     const std::vector<std::string>& args,
                                                                     JoinOrder order) {
    // Open instalments are read in due order from their index (CROSS JOIN keeps it the
    // outer loop); a contract's, from the contract.
    std::string sql = select_columns;
    const std::string join = "FROM instalment n JOIN contract c ON c.id = n.contract_id";
    if (order == JoinOrder::instalments_first) {
        sql.replace(sql.find(join), join.size(), "FROM instalment n CROSS JOIN contract c ON c.id = n.contract_id");
    } else if (order == JoinOrder::contracts_first) {
        sql.replace(sql.find(join), join.size(), "FROM contract c CROSS JOIN instalment n ON c.id = n.contract_id");
    } else if (order == JoinOrder::due_first) {
        sql.replace(sql.find(join), join.size(),
                    "FROM due_in_force d CROSS JOIN instalment n ON n.id = d.instalment_id "
                    "CROSS JOIN contract c ON c.id = n.contract_id");
    }
    Statement st(db_, sql + where);
    for (std::size_t i = 0; i < args.size(); ++i) st.bind(static_cast<int>(i + 1), std::string_view(args[i]));
    std::vector<d::ContractInstalment> out;
    while (st.step()) {
        d::ContractInstalment c;
        c.folio = st.column_text(0);
        c.person = st.column_text(1);
        c.unit_code = st.column_text(2);
        c.regime = d::regime_from_name(st.column_text(3)).value_or(d::Regime::honorarios);
        const auto currency = d::currency_from_code(st.column_text(4)).value_or(d::Currency::MXN);
        auto& r = c.record;
        r.plan.number = static_cast<int>(st.column_int(5));
        r.plan.amount = d::Money(st.column_int(6), currency);
        r.plan.period_start = date_of(st.column_text(7));
        r.plan.period_end = date_of(st.column_text(8));
        r.plan.due = date_of(st.column_text(9));
        r.state = d::instalment_state_from_name(st.column_text(10)).value_or(d::InstalmentState::pending);
        r.report_date = optional_date(st.column_text(11));
        r.report_reference = st.column_text(12);
        r.approval_date = optional_date(st.column_text(13));
        r.approved_by = st.column_text(14);
        r.payment_date = optional_date(st.column_text(15));
        r.transfer_reference = st.column_text(16);
        r.cfdi_uuid = st.column_text(17);
        r.receipt_number = st.column_text(18);
        if (!st.column_is_null(19)) {
            r.paid = d::Withholding{d::Money(st.column_int(19), currency), d::Money(st.column_int(20), currency),
                                    d::Money(st.column_int(21), currency)};
        }
        r.reason = st.column_text(22);
        if (!st.column_is_null(23)) c.suspension_year = static_cast<int>(st.column_int(23));
        c.budget_account = st.column_text(24);
        r.report_file = st.column_text(25);
        r.report_sha256 = st.column_text(26);
        c.supervisor = st.column_text(27);
        c.institution_code = st.column_text(28);
        c.contract_state = d::contract_state_from_name(st.column_text(29)).value_or(d::ContractState::borrador);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<d::ContractInstalment> SqliteInstalmentRepository::for_contract(const std::string& folio) {
    return query("WHERE c.folio = ?1 ORDER BY n.number", {folio});
}

std::vector<d::ContractInstalment> SqliteInstalmentRepository::all() {
    return query("ORDER BY c.folio, n.number", {});
}

std::int64_t SqliteInstalmentRepository::locate(const std::string& folio, const d::InstalmentRecord& before) {
    Statement current(db_, "SELECT n.id, n.state FROM instalment n JOIN contract c ON c.id = n.contract_id "
                           "WHERE c.folio = ?1 AND n.number = ?2");
    current.bind(1, std::string_view(folio)).bind(2, std::int64_t{before.plan.number});
    if (!current.step()) throw DatabaseError("instalment " + std::to_string(before.plan.number) + " of " + folio + " not found", 0);
    if (current.column_text(1) != d::instalment_state_name(before.state)) {
        // Someone else moved it since it was read: refuse rather than overwrite their change.
        throw DatabaseError("instalment " + std::to_string(before.plan.number) + " of " + folio +
                                " changed meanwhile; read it again",
                            0);
    }
    return current.column_int(0);
}

void SqliteInstalmentRepository::update(std::int64_t id, const d::InstalmentRecord& after) {
    Statement update(db_, "UPDATE instalment SET amount_minor = ?2, state = ?3, report_date = ?4, report_reference = ?5, "
                          "approval_date = ?6, approved_by = ?7, payment_date = ?8, transfer_reference = ?9, "
                          "cfdi_uuid = ?10, receipt_number = ?11, gross_minor = ?12, withheld_minor = ?13, "
                          "net_minor = ?14, reason = ?15, period_end = ?16, report_file = ?17, report_sha256 = ?18 "
                          "WHERE id = ?1");
    update.bind(1, id).bind(2, after.plan.amount.minor_units());
    update.bind(3, d::instalment_state_name(after.state));
    bind_optional(update, 4, after.report_date);
    update.bind(5, std::string_view(after.report_reference));
    bind_optional(update, 6, after.approval_date);
    update.bind(7, std::string_view(after.approved_by));
    bind_optional(update, 8, after.payment_date);
    update.bind(9, std::string_view(after.transfer_reference)).bind(10, std::string_view(after.cfdi_uuid));
    update.bind(11, std::string_view(after.receipt_number));
    if (after.paid) {
        update.bind(12, after.paid->gross.minor_units()).bind(13, after.paid->withheld.minor_units());
        update.bind(14, after.paid->net.minor_units());
    } else {
        update.bind_null(12).bind_null(13).bind_null(14);
    }
    update.bind(15, std::string_view(after.reason)).bind(16, std::string_view(after.plan.period_end.iso()));
    update.bind(17, std::string_view(after.report_file)).bind(18, std::string_view(after.report_sha256)).run();
}

void SqliteInstalmentRepository::save_move(const std::string& folio, const d::InstalmentRecord& before,
                                           const d::InstalmentRecord& after, const std::string& actor) {
    Transaction tx(db_);
    update(locate(folio, before), after);
    AuditWriter(db_).record(actor, "actualizar", "exhibicion", folio + "/" + std::to_string(after.plan.number),
                            instalment_audit_json(before), instalment_audit_json(after));
    tx.commit();
}

void SqliteInstalmentRepository::save_termination(const std::string& folio, const d::Settlement& s,
                                                  const std::string& actor) {
    Transaction tx(db_);
    AuditWriter audit(db_);
    for (const auto& i : s.instalments) {
        if (i.outcome != d::InstalmentSettlement::Outcome::prorated &&
            i.outcome != d::InstalmentSettlement::Outcome::cancelled) {
            continue;
        }
        update(locate(folio, i.before), i.after);
        audit.record(actor, "actualizar", "exhibicion", folio + "/" + std::to_string(i.after.plan.number),
                     instalment_audit_json(i.before), instalment_audit_json(i.after));
    }
    Statement before(db_, "SELECT state FROM contract WHERE folio = ?1");
    before.bind(1, std::string_view(folio));
    if (!before.step()) throw DatabaseError("contract " + folio + " not found", 0);
    const std::string old_state = before.column_text(0);
    const std::string new_state(d::contract_state_name(d::state_after_termination(s.request.cause)));
    Statement contract(db_, "UPDATE contract SET state = ?2, ended_on = ?3, end_cause = ?4, end_reason = ?5 "
                            "WHERE folio = ?1");
    contract.bind(1, std::string_view(folio)).bind(2, std::string_view(new_state));
    contract.bind(3, std::string_view(s.request.last_day.iso()));
    contract.bind(4, d::termination_cause_name(s.request.cause)).bind(5, std::string_view(s.request.reason)).run();
    Statement history(db_, "INSERT INTO contract_move (contract_id, at, actor, from_state, to_state, reason) "
                           "SELECT id, ?2, ?3, ?4, ?5, ?6 FROM contract WHERE folio = ?1");
    history.bind(1, std::string_view(folio)).bind(2, std::string_view(utc_timestamp())).bind(3, std::string_view(actor));
    history.bind(4, std::string_view(old_state)).bind(5, std::string_view(new_state));
    history.bind(6, std::string_view(s.request.reason)).run();
    nlohmann::json after{{"estado", new_state},
                         {"fin", s.request.last_day.iso()},
                         {"causa", std::string(d::termination_cause_name(s.request.cause))},
                         {"motivo", s.request.reason},
                         {"devengado", d::format_money(s.earned)},
                         {"pagado", d::format_money(s.paid)},
                         {"saldo", d::format_money(s.balance)}};
    audit.record(actor, "actualizar", "contrato", folio, nlohmann::json{{"estado", old_state}}.dump(), after.dump());
    tx.commit();
}

bool SqliteInstalmentRepository::replace_schedule(const std::string& folio, const std::vector<d::Instalment>& schedule,
                                                  const std::string& actor) {
    Transaction tx(db_);
    Statement contract(db_, "SELECT id FROM contract WHERE folio = ?1");
    contract.bind(1, std::string_view(folio));
    if (!contract.step()) throw DatabaseError("contract " + folio + " not found", 0);
    const std::int64_t id = contract.column_int(0);
    Statement moved(db_, "SELECT count(*) FROM instalment WHERE contract_id = ?1 AND state <> 'pendiente'");
    moved.bind(1, id);
    moved.step();
    if (moved.column_int(0) > 0) return false;  // the transaction rolls back untouched
    nlohmann::json before = nlohmann::json::array();
    for (const auto& c : for_contract(folio)) before.push_back(nlohmann::json::parse(instalment_audit_json(c.record)));
    Statement remove(db_, "DELETE FROM instalment WHERE contract_id = ?1");
    remove.bind(1, id).run();
    Statement insert(db_, "INSERT INTO instalment (contract_id, number, amount_minor, period_start, period_end, due_date) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    nlohmann::json after = nlohmann::json::array();
    for (const auto& i : schedule) {
        insert.bind(1, id).bind(2, std::int64_t{i.number}).bind(3, i.amount.minor_units());
        insert.bind(4, std::string_view(i.period_start.iso())).bind(5, std::string_view(i.period_end.iso()));
        insert.bind(6, std::string_view(i.due.iso())).run();
        insert.reset();
        d::InstalmentRecord r;
        r.plan = i;
        after.push_back(nlohmann::json::parse(instalment_audit_json(r)));
    }
    record_contract_editor(db_, id, actor);
    AuditWriter(db_).record(actor, "actualizar", "calendario", folio, before.dump(), after.dump());
    tx.commit();
    return true;
}

}  // namespace pacta::db
