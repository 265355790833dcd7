#include "pacta/db/contract_repository.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "pacta/db/audit.h"
#include "pacta/db/database.h"
#include "pacta/db/instalment_repository.h"
#include "pacta/db/open.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"
#include "pacta/domain/utf8.h"
#include "pacta/platform/sha256.h"

namespace pacta::db {

namespace {

std::int64_t scalar_id(Database& db, const std::string& sql, const std::string& arg) {
    Statement st(db, sql);
    st.bind(1, std::string_view(arg));
    if (!st.step()) throw DatabaseError("not found: " + arg, 0);
    return st.column_int(0);
}

void bind_date(Statement& st, int index, const std::optional<domain::Date>& d) {
    if (!d) {
        st.bind_null(index);
    } else {
        st.bind(index, std::string_view(d->iso()));
    }
}

std::optional<domain::Date> date_column(const Statement& st, int index) {
    if (st.column_is_null(index)) return std::nullopt;
    return domain::parse_iso_date(st.column_text(index)).value;
}

domain::Money money_columns(const Statement& st, int minor, int currency) {
    return domain::Money(st.column_int(minor),
                         domain::currency_from_code(st.column_text(currency)).value_or(domain::Currency::MXN));
}

}  // namespace

std::string SqliteContractRepository::create(const domain::NewContract& d, const std::string& actor) {
    Transaction tx(db_);
    const std::int64_t institution = scalar_id(db_, "SELECT id FROM institution WHERE code = ?1", d.institution_code);
    const std::string sha = platform::sha256_hex(d.template_source);
    std::int64_t template_id = 0;
    {
        Statement find(db_, "SELECT id, sha256 FROM template WHERE code = ?1 AND version = ?2");
        find.bind(1, std::string_view(d.template_code)).bind(2, std::int64_t{d.template_version});
        if (find.step()) {
            if (find.column_text(1) != sha) {
                throw DatabaseError("template " + d.template_code + " version " + std::to_string(d.template_version) +
                                        " changed; give the new text a new @version",
                                    0);
            }
            template_id = find.column_int(0);
        } else {
            Statement insert(db_, "INSERT INTO template (code, version, title, source, sha256, created_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            insert.bind(1, std::string_view(d.template_code)).bind(2, std::int64_t{d.template_version});
            insert.bind(3, std::string_view(d.template_title)).bind(4, std::string_view(d.template_source));
            insert.bind(5, std::string_view(sha)).bind(6, std::string_view(utc_timestamp())).run();
            Statement last(db_, "SELECT last_insert_rowid()");
            last.step();
            template_id = last.column_int(0);
            AuditWriter(db_).record(actor, "crear", "plantilla", d.template_code + "@" + std::to_string(d.template_version),
                                    std::nullopt, "{\"sha256\":\"" + sha + "\"}");
        }
    }
    const std::int64_t staff = scalar_id(db_, "SELECT id FROM staff WHERE curp = ?1 OR dni = ?1 OR foreign_card = ?1",
                                         d.staff_key);
    const int year = d.signing_date ? d.signing_date->year() : std::stoi(utc_timestamp().substr(0, 4));
    std::string folio;
    std::optional<std::int64_t> amends;
    if (d.amends.empty()) {
        Statement count(db_, "SELECT count(*) FROM contract WHERE institution_id = ?1 AND year = ?2 AND amends_id IS NULL");
        count.bind(1, institution).bind(2, std::int64_t{year});
        count.step();
        char number[32];
        std::snprintf(number, sizeof number, "%04lld", static_cast<long long>(count.column_int(0) + 1));
        folio = domain::to_upper_es(d.institution_code) + "-" + std::to_string(year) + "-" + number;
    } else {
        amends = scalar_id(db_, "SELECT id FROM contract WHERE folio = ?1", d.amends);
        Statement count(db_, "SELECT count(*) FROM contract WHERE amends_id = ?1");
        count.bind(1, *amends);
        count.step();
        folio = d.amends + "-CM" + std::to_string(count.column_int(0) + 1);
    }

    Statement insert(db_, "INSERT INTO contract (institution_id, year, folio, template_id, staff_id, data_json, "
                          "total_minor, currency, signing_date, start_date, end_date, created_at, regime, unit_code, budget_account, "
                          "drafted_by, amends_id) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    insert.bind(1, institution).bind(2, std::int64_t{year}).bind(3, std::string_view(folio)).bind(4, template_id);
    insert.bind(5, staff).bind(6, std::string_view(d.data_json)).bind(7, d.total.minor_units()).bind(8, domain::currency_code(d.total.currency()));
    bind_date(insert, 9, d.signing_date);
    bind_date(insert, 10, d.start);
    bind_date(insert, 11, d.end);
    insert.bind(12, std::string_view(utc_timestamp())).bind(13, domain::regime_name(d.regime));
    insert.bind(14, std::string_view(d.unit_code)).bind(15, std::string_view(d.budget_account));
    insert.bind(16, std::string_view(actor));
    if (amends) {
        insert.bind(17, *amends);
    } else {
        insert.bind_null(17);
    }
    insert.run();
    Statement last(db_, "SELECT last_insert_rowid()");
    last.step();
    const std::int64_t contract = last.column_int(0);
    Statement role(db_, "INSERT INTO contract_signatory (contract_id, role, signatory_id) VALUES (?1, ?2, "
                        "(SELECT id FROM signatory WHERE institution_id = ?3 AND code = ?4))");
    for (const auto& [r, code] : d.signatories) {
        role.bind(1, contract).bind(2, std::string_view(r)).bind(3, institution).bind(4, std::string_view(code)).run();
        role.reset();
    }
    Statement instalment(db_, "INSERT INTO instalment (contract_id, number, amount_minor, period_start, period_end, "
                              "due_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const auto& i : d.schedule) {
        instalment.bind(1, contract).bind(2, std::int64_t{i.number}).bind(3, i.amount.minor_units());
        instalment.bind(4, std::string_view(i.period_start.iso())).bind(5, std::string_view(i.period_end.iso()));
        instalment.bind(6, std::string_view(i.due.iso())).run();
        instalment.reset();
    }
    AuditWriter(db_).record(actor, "crear", "contrato", folio, std::nullopt, d.data_json);
    tx.commit();
    return folio;
}

std::optional<domain::StoredContract> SqliteContractRepository::find(const std::string& folio) {
    Statement st(db_, "SELECT c.id, c.folio, i.code, t.code, t.version, t.source, coalesce(s.curp, s.dni, s.foreign_card), "
                      "s.given_names || ' ' || s.first_surname || ' ' || s.second_surname, c.state, c.data_json, "
                      "c.total_minor, c.currency, c.signing_date, c.start_date, c.end_date, c.created_at, c.drafted_by, "
                      "coalesce(o.folio, ''), c.regime, c.unit_code, c.budget_account "
                      "FROM contract c JOIN institution i ON i.id = c.institution_id "
                      "JOIN template t ON t.id = c.template_id LEFT JOIN staff s ON s.id = c.staff_id "
                      "LEFT JOIN contract o ON o.id = c.amends_id WHERE c.folio = ?1");
    st.bind(1, std::string_view(folio));
    if (!st.step()) return std::nullopt;
    domain::StoredContract r;
    const std::int64_t id = st.column_int(0);
    r.folio = st.column_text(1);
    r.institution_code = st.column_text(2);
    r.template_code = st.column_text(3);
    r.template_version = static_cast<int>(st.column_int(4));
    r.template_source = st.column_text(5);
    r.staff_key = st.column_text(6);
    r.person = st.column_text(7);
    r.state = domain::contract_state_from_name(st.column_text(8)).value_or(domain::ContractState::borrador);
    r.data_json = st.column_text(9);
    r.total = money_columns(st, 10, 11);
    r.signing_date = date_column(st, 12);
    r.start = date_column(st, 13);
    r.end = date_column(st, 14);
    r.created_at = st.column_text(15);
    r.drafted_by = st.column_text(16);
    r.amends = st.column_text(17);
    r.regime = domain::regime_from_name(st.column_text(18)).value_or(domain::Regime::honorarios);
    r.unit_code = st.column_text(19);
    r.budget_account = st.column_text(20);
    Statement amendments(db_, "SELECT folio FROM contract WHERE amends_id = ?1 ORDER BY id");
    amendments.bind(1, id);
    while (amendments.step()) r.amendments.push_back(amendments.column_text(0));
    Statement roles(db_, "SELECT cs.role, s.code FROM contract_signatory cs JOIN signatory s ON s.id = cs.signatory_id "
                         "WHERE cs.contract_id = ?1");
    roles.bind(1, id);
    while (roles.step()) r.signatories[roles.column_text(0)] = roles.column_text(1);
    Statement files(db_, "SELECT kind, path, sha256, created_at FROM contract_file WHERE contract_id = ?1 ORDER BY id");
    files.bind(1, id);
    while (files.step()) r.files.push_back({files.column_text(0), files.column_text(1), files.column_text(2), files.column_text(3)});
    return r;
}

std::vector<domain::ContractSummary> SqliteContractRepository::summaries() {
    Statement st(db_, "SELECT c.folio, i.code, coalesce(s.given_names || ' ' || s.first_surname || "
                      "CASE WHEN s.second_surname = '' THEN '' ELSE ' ' || s.second_surname END, ''), "
                      "coalesce(s.curp, s.dni, s.foreign_card, ''), t.code, t.version, c.state, c.total_minor, c.currency, "
                      "c.start_date, c.end_date, c.unit_code, coalesce(o.folio, '') FROM contract c "
                      "JOIN institution i ON i.id = c.institution_id JOIN template t ON t.id = c.template_id "
                      "LEFT JOIN staff s ON s.id = c.staff_id LEFT JOIN contract o ON o.id = c.amends_id "
                      "ORDER BY c.id DESC");
    std::vector<domain::ContractSummary> out;
    while (st.step()) {
        domain::ContractSummary c;
        c.folio = st.column_text(0);
        c.institution_code = st.column_text(1);
        c.person = st.column_text(2);
        c.staff_key = st.column_text(3);
        c.template_code = st.column_text(4);
        c.template_version = static_cast<int>(st.column_int(5));
        c.state = domain::contract_state_from_name(st.column_text(6)).value_or(domain::ContractState::borrador);
        c.total = money_columns(st, 7, 8);
        c.start = date_column(st, 9);
        c.end = date_column(st, 10);
        c.unit_code = st.column_text(11);
        c.amends = st.column_text(12);
        out.push_back(std::move(c));
    }
    return out;
}

void SqliteContractRepository::record_file(const std::string& folio, const domain::ContractFile& file,
                                           const std::string& actor) {
    Transaction tx(db_);
    const std::int64_t contract = scalar_id(db_, "SELECT id FROM contract WHERE folio = ?1", folio);
    Statement insert(db_, "INSERT INTO contract_file (contract_id, kind, path, sha256, created_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, contract).bind(2, std::string_view(file.kind)).bind(3, std::string_view(file.path));
    insert.bind(4, std::string_view(file.sha256)).bind(5, std::string_view(utc_timestamp())).run();
    AuditWriter(db_).record(actor, "actualizar", "contrato", folio, std::nullopt,
                            "{\"archivo\":\"" + file.kind + "\",\"sha256\":\"" + file.sha256 + "\"}");
    tx.commit();
}

std::optional<std::string> SqliteContractRepository::template_source(const std::string& code, int version) {
    Statement st(db_, "SELECT source FROM template WHERE code = ?1 AND version = ?2");
    st.bind(1, std::string_view(code)).bind(2, std::int64_t{version});
    if (!st.step()) return std::nullopt;
    return st.column_text(0);
}

void SqliteContractRepository::revise(const std::string& folio, const domain::NewContract& c, const std::string& actor) {
    Transaction tx(db_);
    Statement found(db_, "SELECT id, institution_id, data_json FROM contract WHERE folio = ?1");
    found.bind(1, std::string_view(folio));
    if (!found.step()) throw DatabaseError("contract " + folio + " not found", 0);
    const std::int64_t contract = found.column_int(0);
    const std::int64_t institution = found.column_int(1);
    const std::string old_data = found.column_text(2);
    // The content triggers refuse this once the contract is approved.
    Statement update(db_, "UPDATE contract SET data_json = ?2, total_minor = ?3, signing_date = ?4, start_date = ?5, "
                          "end_date = ?6, regime = ?7, unit_code = ?8, budget_account = ?9 WHERE id = ?1");
    update.bind(1, contract).bind(2, std::string_view(c.data_json)).bind(3, c.total.minor_units());
    bind_date(update, 4, c.signing_date);
    bind_date(update, 5, c.start);
    bind_date(update, 6, c.end);
    update.bind(7, domain::regime_name(c.regime)).bind(8, std::string_view(c.unit_code));
    update.bind(9, std::string_view(c.budget_account)).run();
    Statement drop_roles(db_, "DELETE FROM contract_signatory WHERE contract_id = ?1");
    drop_roles.bind(1, contract).run();
    Statement role(db_, "INSERT INTO contract_signatory (contract_id, role, signatory_id) VALUES (?1, ?2, "
                        "(SELECT id FROM signatory WHERE institution_id = ?3 AND code = ?4))");
    for (const auto& [r, code] : c.signatories) {
        role.bind(1, contract).bind(2, std::string_view(r)).bind(3, institution).bind(4, std::string_view(code)).run();
        role.reset();
    }
    Statement moved(db_, "SELECT count(*) FROM instalment WHERE contract_id = ?1 AND state <> 'pendiente'");
    moved.bind(1, contract).step();
    if (moved.column_int(0) > 0) throw DatabaseError("contract " + folio + " has instalments that moved", 0);
    // The schedule's change is audited as «pagos calendario» audits it: before and after.
    nlohmann::json schedule_before = nlohmann::json::array();
    for (const auto& i : SqliteInstalmentRepository(db_).for_contract(folio)) {
        schedule_before.push_back(nlohmann::json::parse(instalment_audit_json(i.record)));
    }
    Statement drop_schedule(db_, "DELETE FROM instalment WHERE contract_id = ?1");
    drop_schedule.bind(1, contract).run();
    Statement instalment(db_, "INSERT INTO instalment (contract_id, number, amount_minor, period_start, period_end, "
                              "due_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    nlohmann::json schedule_after = nlohmann::json::array();
    for (const auto& i : c.schedule) {
        instalment.bind(1, contract).bind(2, std::int64_t{i.number}).bind(3, i.amount.minor_units());
        instalment.bind(4, std::string_view(i.period_start.iso())).bind(5, std::string_view(i.period_end.iso()));
        instalment.bind(6, std::string_view(i.due.iso())).run();
        instalment.reset();
        domain::InstalmentRecord r;
        r.plan = i;
        schedule_after.push_back(nlohmann::json::parse(instalment_audit_json(r)));
    }
    AuditWriter audit(db_);
    audit.record(actor, "actualizar", "contrato", folio, old_data, c.data_json);
    if (schedule_before != schedule_after) {
        audit.record(actor, "actualizar", "calendario", folio, schedule_before.dump(), schedule_after.dump());
    }
    tx.commit();
}

}  // namespace pacta::db
