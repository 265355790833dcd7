// Instalments on the office server: one contract's, every one, and their writes. The lists
// and sums are in instalment_list.cpp. The audit rows, the month sums and Inicio's list are
// the server's (triggers), so nothing here writes them.
#include "pacta/db/pg/instalment_repository.h"

#include "pacta/domain/contract_lifecycle.h"

namespace pacta::db::pg {

namespace d = domain;

namespace {

constexpr const char* select_columns =
    "SELECT c.folio, coalesce(s.given_names || ' ' || s.first_surname || ' ' || s.second_surname, ''), c.unit_code, "
    "c.regime, c.currency, n.number, n.amount_minor, n.period_start::text, n.period_end::text, n.due_date::text, "
    "n.state, n.report_date::text, n.report_reference, n.approval_date::text, n.approved_by, n.payment_date::text, "
    "n.transfer_reference, n.cfdi_uuid, n.receipt_number, n.gross_minor, n.withheld_minor, n.net_minor, n.reason, "
    "s.suspension_year, c.budget_account, n.report_file, n.report_sha256, "
    "coalesce((SELECT g.name FROM contract_signatory cs JOIN signatory g ON g.id = cs.signatory_id "
    "WHERE cs.contract_id = c.id AND cs.role = 'supervisor'), ''), "
    "(SELECT i.code FROM institution i WHERE i.id = c.institution_id), c.state ";

d::Date date_of(const std::string& iso) {
    const auto parsed = d::parse_iso_date(iso);
    if (!parsed.value) throw ServerError("", "stored date is not valid: " + iso);
    return *parsed.value;
}

std::optional<d::Date> optional_date(const Result& r, int row, int column) {
    if (r.is_null(row, column)) return std::nullopt;
    return date_of(r.text(row, column));
}

Param date_param(const std::optional<d::Date>& date) { return date ? Param(date->iso()) : std::nullopt; }

Param money_param(const std::optional<d::Withholding>& paid, d::Money d::Withholding::*part) {
    if (!paid) return std::nullopt;
    return std::to_string(((*paid).*part).minor_units());
}

std::string label(const std::string& folio, int number) { return "instalment " + std::to_string(number) + " of " + folio; }

}  // namespace

std::vector<d::ContractInstalment> PgInstalmentRepository::query(const std::string& from_where,
                                                                 const std::vector<Param>& params) {
    const auto r = db_.exec(std::string(select_columns) + from_where, params);
    std::vector<d::ContractInstalment> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        d::ContractInstalment c;
        c.folio = r.text(i, 0);
        c.person = r.text(i, 1);
        c.unit_code = r.text(i, 2);
        c.regime = d::regime_from_name(r.text(i, 3)).value_or(d::Regime::honorarios);
        const auto currency = d::currency_from_code(r.text(i, 4)).value_or(d::Currency::MXN);
        auto& rec = c.record;
        rec.plan.number = static_cast<int>(r.integer(i, 5));
        rec.plan.amount = d::Money(r.integer(i, 6), currency);
        rec.plan.period_start = date_of(r.text(i, 7));
        rec.plan.period_end = date_of(r.text(i, 8));
        rec.plan.due = date_of(r.text(i, 9));
        rec.state = d::instalment_state_from_name(r.text(i, 10)).value_or(d::InstalmentState::pending);
        rec.report_date = optional_date(r, i, 11);
        rec.report_reference = r.text(i, 12);
        rec.approval_date = optional_date(r, i, 13);
        rec.approved_by = r.text(i, 14);
        rec.payment_date = optional_date(r, i, 15);
        rec.transfer_reference = r.text(i, 16);
        rec.cfdi_uuid = r.text(i, 17);
        rec.receipt_number = r.text(i, 18);
        if (!r.is_null(i, 19)) {
            rec.paid = d::Withholding{d::Money(r.integer(i, 19), currency), d::Money(r.integer(i, 20), currency),
                                      d::Money(r.integer(i, 21), currency)};
        }
        rec.reason = r.text(i, 22);
        if (!r.is_null(i, 23)) c.suspension_year = static_cast<int>(r.integer(i, 23));
        c.budget_account = r.text(i, 24);
        rec.report_file = r.text(i, 25);
        rec.report_sha256 = r.text(i, 26);
        c.supervisor = r.text(i, 27);
        c.institution_code = r.text(i, 28);
        c.contract_state = d::contract_state_from_name(r.text(i, 29)).value_or(d::ContractState::borrador);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<d::ContractInstalment> PgInstalmentRepository::for_contract(const std::string& folio) {
    return query("FROM contract c JOIN instalment n ON n.contract_id = c.id LEFT JOIN staff s ON s.id = c.staff_id "
                 "WHERE c.folio = $1 ORDER BY n.number",
                 {folio});
}

std::vector<d::ContractInstalment> PgInstalmentRepository::all() {
    return query("FROM instalment n JOIN contract c ON c.id = n.contract_id LEFT JOIN staff s ON s.id = c.staff_id "
                 "ORDER BY c.folio COLLATE \"C\", n.number",
                 {});
}

std::string PgInstalmentRepository::locate(const std::string& folio, const d::InstalmentRecord& before) {
    // Locked until commit: a second clerk's move waits, then finds the state changed.
    const auto current = db_.exec("SELECT n.id, n.state FROM instalment n JOIN contract c ON c.id = n.contract_id "
                                  "WHERE c.folio = $1 AND n.number = $2 FOR NO KEY UPDATE OF n",
                                  {folio, std::to_string(before.plan.number)});
    if (current.rows() == 0) throw ServerError("P0002", label(folio, before.plan.number) + " not found");
    if (current.text(0, 1) != d::instalment_state_name(before.state)) {
        // Someone else moved it since it was read: refuse rather than overwrite their change.
        throw ServerError(refused_state, label(folio, before.plan.number) + " changed meanwhile; read it again");
    }
    return current.text(0, 0);
}

void PgInstalmentRepository::update(const std::string& id, const d::InstalmentRecord& after) {
    // Every column, as SQLite writes them: the paid-is-final trigger refuses any update of a
    // paid row, and the server's audit row holds only the columns that changed.
    db_.exec("UPDATE instalment SET amount_minor = $2, state = $3, report_date = $4, report_reference = $5, "
             "approval_date = $6, approved_by = $7, payment_date = $8, transfer_reference = $9, cfdi_uuid = $10, "
             "receipt_number = $11, gross_minor = $12, withheld_minor = $13, net_minor = $14, reason = $15, "
             "period_end = $16, report_file = $17, report_sha256 = $18 WHERE id = $1",
             {id, std::to_string(after.plan.amount.minor_units()), std::string(d::instalment_state_name(after.state)),
              date_param(after.report_date), after.report_reference, date_param(after.approval_date), after.approved_by,
              date_param(after.payment_date), after.transfer_reference, after.cfdi_uuid, after.receipt_number,
              money_param(after.paid, &d::Withholding::gross), money_param(after.paid, &d::Withholding::withheld),
              money_param(after.paid, &d::Withholding::net), after.reason, after.plan.period_end.iso(),
              after.report_file, after.report_sha256});
}

void PgInstalmentRepository::save_move(const std::string& folio, const d::InstalmentRecord& before,
                                       const d::InstalmentRecord& after, const std::string& /*actor: the login*/) {
    Transaction tx(db_);
    update(locate(folio, before), after);
    tx.commit();
}

void PgInstalmentRepository::save_termination(const std::string& folio, const d::Settlement& s,
                                              const std::string& /*actor: the login*/) {
    Transaction tx(db_);
    for (const auto& i : s.instalments) {
        if (i.outcome != d::InstalmentSettlement::Outcome::prorated &&
            i.outcome != d::InstalmentSettlement::Outcome::cancelled) {
            continue;
        }
        update(locate(folio, i.before), i.after);
    }
    const auto before = db_.exec("SELECT id, state FROM contract WHERE folio = $1 FOR NO KEY UPDATE", {folio});
    if (before.rows() == 0) throw ServerError("P0002", "contract " + folio + " not found");
    const std::string id = before.text(0, 0);
    const std::string new_state(d::contract_state_name(d::state_after_termination(s.request.cause)));
    // The server checks the move is legal and the login may make it (finanzas, administrador).
    db_.exec("UPDATE contract SET state = $2, ended_on = $3, end_cause = $4, end_reason = $5 WHERE id = $1",
             {id, new_state, s.request.last_day.iso(), std::string(d::termination_cause_name(s.request.cause)),
              s.request.reason});
    db_.exec("INSERT INTO contract_move (contract_id, at, actor, from_state, to_state, reason) "
             "VALUES ($1, utc_now(), current_username(), $2, $3, $4)",
             {id, before.text(0, 1), new_state, s.request.reason});
    tx.commit();
}

bool PgInstalmentRepository::replace_schedule(const std::string& folio, const std::vector<d::Instalment>& schedule,
                                              const std::string& /*actor: the login*/) {
    Transaction tx(db_);
    // Locked: no move of its instalments or of the contract slips in between check and write.
    const auto contract = db_.exec("SELECT id FROM contract WHERE folio = $1 FOR NO KEY UPDATE", {folio});
    if (contract.rows() == 0) throw ServerError("P0002", "contract " + folio + " not found");
    const std::string id = contract.text(0, 0);
    const auto moved = db_.exec("SELECT EXISTS (SELECT 1 FROM instalment WHERE contract_id = $1 AND state <> 'pendiente')",
                                {id});
    if (moved.text(0, 0) == "t") return false;  // the transaction rolls back untouched
    // The server refuses the delete once the contract is frozen, and records the login as
    // one of its editors when the new rows go in (four eyes).
    db_.exec("DELETE FROM instalment WHERE contract_id = $1", {id});
    for (const auto& i : schedule) {
        db_.exec("INSERT INTO instalment (contract_id, number, amount_minor, period_start, period_end, due_date) "
                 "VALUES ($1, $2, $3, $4, $5, $6)",
                 {id, std::to_string(i.number), std::to_string(i.amount.minor_units()), i.period_start.iso(),
                  i.period_end.iso(), i.due.iso()});
    }
    tx.commit();
    return true;
}

}  // namespace pacta::db::pg
