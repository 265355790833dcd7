#include "pacta/db/contract_repository.h"

#include "contract_editors.h"

#include "column_values.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "pacta/db/audit.h"
#include "pacta/db/audit_format.h"
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

}  // namespace

namespace {

// The template version's row, stored (and audited) the first time a contract uses it.
std::int64_t template_row(Database& db, const domain::NewContract& d, const std::string& actor, AuditWriter& audit) {
    const std::string sha = platform::sha256_hex(d.template_source);
    Statement find(db, "SELECT id, sha256 FROM template WHERE code = ?1 AND version = ?2");
    find.bind(1, std::string_view(d.template_code)).bind(2, std::int64_t{d.template_version});
    if (find.step()) {
        if (find.column_text(1) != sha) {
            throw DatabaseError("template " + d.template_code + " version " + std::to_string(d.template_version) +
                                    " changed; give the new text a new @version",
                                0);
        }
        return find.column_int(0);
    }
    Statement insert(db, "INSERT INTO template (code, version, title, source, sha256, created_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, std::string_view(d.template_code)).bind(2, std::int64_t{d.template_version});
    insert.bind(3, std::string_view(d.template_title)).bind(4, std::string_view(d.template_source));
    insert.bind(5, std::string_view(sha)).bind(6, std::string_view(utc_timestamp())).run();
    const std::int64_t id = db.last_insert_id();
    audit.record(actor, "crear", "plantilla", d.template_code + "@" + std::to_string(d.template_version), std::nullopt,
                 nlohmann::json{{"sha256", sha}}.dump());
    return id;
}

// The next folio: "<INSTITUTION>-<year>-<NNNN>" from the institution's counter for the
// year, or "<ORIGINAL>-CM<n>" for an amendment.
std::string next_folio(Database& db, const domain::NewContract& d, std::int64_t institution, int year,
                       std::optional<std::int64_t>& amends) {
    if (!d.amends.empty()) {
        amends = scalar_id(db, "SELECT id FROM contract WHERE folio = ?1", d.amends);
        Statement count(db, "SELECT count(*) FROM contract WHERE amends_id = ?1");
        count.bind(1, *amends);
        count.step();
        return d.amends + "-CM" + std::to_string(count.column_int(0) + 1);
    }
    Statement next(db, "INSERT INTO folio_sequence (institution_id, year, last) VALUES (?1, ?2, 1) "
                       "ON CONFLICT (institution_id, year) DO UPDATE SET last = last + 1 RETURNING last");
    next.bind(1, institution).bind(2, std::int64_t{year});
    next.step();
    const std::int64_t number = next.column_int(0);
    next.reset();
    char digits[32];
    std::snprintf(digits, sizeof digits, "%04lld", static_cast<long long>(number));
    return domain::to_upper_es(d.institution_code) + "-" + std::to_string(year) + "-" + digits;
}

void insert_signatories(Database& db, std::int64_t contract, std::int64_t institution,
                        const std::map<std::string, std::string>& signatories) {
    Statement role(db, "INSERT INTO contract_signatory (contract_id, role, signatory_id) VALUES (?1, ?2, "
                       "(SELECT id FROM signatory WHERE institution_id = ?3 AND code = ?4))");
    for (const auto& [r, code] : signatories) {
        role.bind(1, contract).bind(2, std::string_view(r)).bind(3, institution).bind(4, std::string_view(code)).run();
        role.reset();
    }
}

void insert_schedule(Database& db, std::int64_t contract, const std::vector<domain::Instalment>& schedule) {
    Statement instalment(db, "INSERT INTO instalment (contract_id, number, amount_minor, period_start, period_end, "
                             "due_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const auto& i : schedule) {
        instalment.bind(1, contract).bind(2, std::int64_t{i.number}).bind(3, i.amount.minor_units());
        instalment.bind(4, std::string_view(i.period_start.iso())).bind(5, std::string_view(i.period_end.iso()));
        instalment.bind(6, std::string_view(i.due.iso())).run();
        instalment.reset();
    }
}

// What a contract's audit row says it is: the content a revision may change, with the data
// as the SHA-256 of the stored text (the text itself is the contract's; a revision's row
// names the fields it changed).
nlohmann::json content_fields(const domain::NewContract& d) {
    nlohmann::json j{{"importe", domain::format_money(d.total)},
                     {"regimen", std::string(domain::regime_name(d.regime))},
                     {"unidad", d.unit_code},
                     {"cuenta", d.budget_account},
                     {"firma", d.signing_date ? d.signing_date->iso() : ""},
                     {"inicio", d.start ? d.start->iso() : ""},
                     {"fin", d.end ? d.end->iso() : ""}};
    for (const auto& [role, code] : d.signatories) j["firmantes"][role] = code;
    return j;
}

std::string insert_contract(Database& db, const domain::NewContract& d, const std::string& actor, AuditWriter& audit) {
    const std::int64_t institution = scalar_id(db, "SELECT id FROM institution WHERE code = ?1", d.institution_code);
    const std::int64_t template_id = template_row(db, d, actor, audit);
    const std::int64_t staff = scalar_id(db, "SELECT id FROM staff WHERE curp = ?1 OR dni = ?1 OR foreign_card = ?1",
                                         d.staff_key);
    const int year = d.signing_date ? d.signing_date->year() : std::stoi(utc_timestamp().substr(0, 4));
    std::optional<std::int64_t> amends;
    const std::string folio = next_folio(db, d, institution, year, amends);

    Statement insert(db, "INSERT INTO contract (institution_id, year, folio, template_id, staff_id, "
                         "total_minor, currency, signing_date, start_date, end_date, created_at, regime, unit_code, "
                         "budget_account, drafted_by, amends_id) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    insert.bind(1, institution).bind(2, std::int64_t{year}).bind(3, std::string_view(folio)).bind(4, template_id);
    insert.bind(5, staff).bind(6, d.total.minor_units()).bind(7, domain::currency_code(d.total.currency()));
    bind_date(insert, 8, d.signing_date);
    bind_date(insert, 9, d.start);
    bind_date(insert, 10, d.end);
    insert.bind(11, std::string_view(utc_timestamp())).bind(12, domain::regime_name(d.regime));
    insert.bind(13, std::string_view(d.unit_code)).bind(14, std::string_view(d.budget_account));
    insert.bind(15, std::string_view(actor));
    if (amends) {
        insert.bind(16, *amends);
    } else {
        insert.bind_null(16);
    }
    insert.run();
    const std::int64_t contract = db.last_insert_id();
    Statement data(db, "INSERT INTO contract_data (contract_id, data_json) VALUES (?1, ?2)");
    data.bind(1, contract).bind_unowned(2, d.data_json).run();
    insert_signatories(db, contract, institution, d.signatories);
    insert_schedule(db, contract, d.schedule);
    record_contract_editor(db, contract, actor);
    auto after = content_fields(d);
    after["plantilla"] = d.template_code + "@" + std::to_string(d.template_version);
    after["persona"] = d.staff_key;
    after["datos_sha256"] = platform::sha256_hex(d.data_json);
    after["exhibiciones"] = d.schedule.size();
    if (!d.amends.empty()) after["modifica"] = d.amends;
    audit.record(actor, "crear", "contrato", folio, std::nullopt, after.dump());
    return folio;
}

}  // namespace

std::string SqliteContractRepository::create(const domain::NewContract& d, const std::string& actor) {
    Transaction tx(db_);
    AuditWriter audit(db_);
    const std::string folio = insert_contract(db_, d, actor, audit);
    tx.commit();
    return folio;
}

std::vector<std::string> SqliteContractRepository::create_all(const std::vector<domain::NewContract>& drafts,
                                                              const std::string& actor) {
    Transaction tx(db_);
    AuditWriter audit(db_, 64);
    std::vector<std::string> folios;
    folios.reserve(drafts.size());
    for (const auto& d : drafts) folios.push_back(insert_contract(db_, d, actor, audit));
    audit.flush();
    tx.commit();
    return folios;
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


void SqliteContractRepository::revise(const std::string& folio, const domain::NewContract& c, const std::string& actor) {
    Transaction tx(db_);
    Statement found(db_, "SELECT c.id, c.institution_id, coalesce(x.data_json, '{}'), c.total_minor, c.currency, "
                         "c.signing_date, c.start_date, c.end_date, c.regime, c.unit_code, c.budget_account "
                         "FROM contract c LEFT JOIN contract_data x ON x.contract_id = c.id WHERE c.folio = ?1");
    found.bind(1, std::string_view(folio));
    if (!found.step()) throw DatabaseError("contract " + folio + " not found", 0);
    const std::int64_t contract = found.column_int(0);
    const std::int64_t institution = found.column_int(1);
    domain::NewContract old;
    old.data_json = found.column_text(2);
    old.total = money_columns(found, 3, 4);
    old.signing_date = date_column(found, 5);
    old.start = date_column(found, 6);
    old.end = date_column(found, 7);
    old.regime = domain::regime_from_name(found.column_text(8)).value_or(domain::Regime::honorarios);
    old.unit_code = found.column_text(9);
    old.budget_account = found.column_text(10);
    if (c.replaces && *c.replaces != old.data_json) {
        // Who saved it since, and when: the contract's latest row in the trail.
        Statement last(db_, "SELECT actor, at FROM audit_log WHERE entity = 'contrato' AND entity_id = ?1 "
                            "ORDER BY id DESC LIMIT 1");
        last.bind(1, std::string_view(folio));
        const bool any = last.step();
        throw domain::ConcurrentEdit(folio, any ? last.column_text(0) : "?", any ? last.column_text(1) : "");
    }
    Statement old_roles(db_, "SELECT cs.role, s.code FROM contract_signatory cs JOIN signatory s ON s.id = cs.signatory_id "
                             "WHERE cs.contract_id = ?1");
    old_roles.bind(1, contract);
    while (old_roles.step()) old.signatories[old_roles.column_text(0)] = old_roles.column_text(1);
    // The content triggers refuse this once the contract is approved.
    Statement update(db_, "UPDATE contract SET total_minor = ?2, signing_date = ?3, start_date = ?4, "
                          "end_date = ?5, regime = ?6, unit_code = ?7, budget_account = ?8 WHERE id = ?1");
    update.bind(1, contract).bind(2, c.total.minor_units());
    bind_date(update, 3, c.signing_date);
    bind_date(update, 4, c.start);
    bind_date(update, 5, c.end);
    update.bind(6, domain::regime_name(c.regime)).bind(7, std::string_view(c.unit_code));
    update.bind(8, std::string_view(c.budget_account)).run();
    Statement data(db_, "UPDATE contract_data SET data_json = ?2 WHERE contract_id = ?1");
    data.bind(1, contract).bind_unowned(2, c.data_json).run();
    Statement drop_roles(db_, "DELETE FROM contract_signatory WHERE contract_id = ?1");
    drop_roles.bind(1, contract).run();
    insert_signatories(db_, contract, institution, c.signatories);
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
    insert_schedule(db_, contract, c.schedule);
    nlohmann::json schedule_after = nlohmann::json::array();
    for (const auto& i : c.schedule) {
        domain::InstalmentRecord r;
        r.plan = i;
        schedule_after.push_back(nlohmann::json::parse(instalment_audit_json(r)));
    }
    // Only what changed, field by field: the data's leaves under "/datos".
    auto before = content_fields(old);
    before["datos"] = nlohmann::json::parse(old.data_json, nullptr, false);
    auto after = content_fields(c);
    after["datos"] = nlohmann::json::parse(c.data_json, nullptr, false);
    const auto [changed_before, changed_after] = changed_fields(before.dump(), after.dump());
    record_contract_editor(db_, contract, actor);
    AuditWriter audit(db_);
    audit.record(actor, "actualizar", "contrato", folio, changed_before, changed_after);
    if (schedule_before != schedule_after) {
        audit.record(actor, "actualizar", "calendario", folio, schedule_before.dump(), schedule_after.dump());
    }
    tx.commit();
}

}  // namespace pacta::db
