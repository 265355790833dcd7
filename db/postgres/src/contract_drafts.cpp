// Drafting and revising contracts on the office server (db/src/contract_repository.cpp is
// the SQLite engine's). What differs: the server writes the audit rows and the contract's
// editors from its triggers, the login is the drafter, and a revision writes only what it
// changes, so the trail holds real changes only.
#include <cstdio>

#include "contract_values.h"
#include "pacta/db/pg/contract_repository.h"
#include "pacta/domain/utf8.h"

namespace pacta::db::pg {

namespace {

namespace d = pacta::domain;
using detail::date_param;

constexpr const char* frozen_message = "the contract is frozen: approved or signed contracts change only by amendment";

// The template version's row, stored the first time a contract uses it (`found`: its id and
// SHA-256 when stored); a different text under a stored code and version is refused.
std::string template_row(Connection& db, const d::NewContract& c, std::optional<std::pair<std::string, std::string>> found) {
    const std::string sha = platform::sha256_hex(c.template_source);
    const std::string version = std::to_string(c.template_version);
    if (!found) {
        // Another desk storing the same version meanwhile is waited for, then read.
        const auto made = db.exec("INSERT INTO template (code, version, title, source, sha256, created_at) "
                                  "VALUES ($1, $2, $3, $4, $5, pacta.utc_now()) ON CONFLICT (code, version) DO NOTHING "
                                  "RETURNING id",
                                  {c.template_code, version, c.template_title, c.template_source, sha});
        if (made.rows() == 1) return made.text(0, 0);
        const auto stored =
            db.exec("SELECT id, sha256 FROM template WHERE code = $1 AND version = $2", {c.template_code, version});
        found.emplace(stored.text(0, 0), stored.text(0, 1));
    }
    if (found->second != sha) {
        throw ServerError("P0001", "template " + c.template_code + " version " + version +
                                       " changed; give the new text a new @version");
    }
    return found->first;
}

// The next folio: "<INSTITUTION>-<year>-<NNNN>" from the institution's counter for the year
// (its row stays locked until commit, so concurrent drafts wait and a rollback gives the
// number back), or "<ORIGINAL>-CM<n>" for an amendment (the original's row lock numbers
// its amendments one at a time).
std::string next_folio(Connection& db, const d::NewContract& c, const std::string& institution, int year,
                       Param& amends) {
    if (!c.amends.empty()) {
        const auto original = db.exec("SELECT id FROM contract WHERE folio = $1 FOR NO KEY UPDATE", {c.amends});
        if (original.rows() == 0) detail::contract_not_found(c.amends);
        amends = original.text(0, 0);
        const auto made = db.exec("SELECT count(*) FROM contract WHERE amends_id = $1", {amends});
        return c.amends + "-CM" + std::to_string(made.integer(0, 0) + 1);
    }
    const auto next = db.exec("INSERT INTO folio_sequence (institution_id, year, last) VALUES ($1, $2, 1) "
                              "ON CONFLICT (institution_id, year) DO UPDATE SET last = folio_sequence.last + 1 "
                              "RETURNING last",
                              {institution, std::to_string(year)});
    char digits[32];
    std::snprintf(digits, sizeof digits, "%04lld", static_cast<long long>(next.integer(0, 0)));
    return d::to_upper_es(c.institution_code) + "-" + std::to_string(year) + "-" + digits;
}

// Roles and their signatories' codes, as two arrays.
std::pair<std::string, std::string> signatory_arrays(const std::map<std::string, std::string>& signatories) {
    std::vector<std::string> roles;
    std::vector<std::string> codes;
    for (const auto& [role, code] : signatories) {
        roles.push_back(role);
        codes.push_back(code);
    }
    return {text_array(roles), text_array(codes)};
}

// The schedule's columns as arrays: number, amount, period start and end, due date.
std::vector<Param> schedule_arrays(const std::vector<d::Instalment>& schedule) {
    std::vector<std::string> numbers, amounts, starts, ends, dues;
    for (const auto& i : schedule) {
        numbers.push_back(std::to_string(i.number));
        amounts.push_back(std::to_string(i.amount.minor_units()));
        starts.push_back(i.period_start.iso());
        ends.push_back(i.period_end.iso());
        dues.push_back(i.due.iso());
    }
    return {text_array(numbers), text_array(amounts), text_array(starts), text_array(ends), text_array(dues)};
}

// A new contract's data ($2), signatories by role ($4) and code ($5) in institution $3, and
// schedule (arrays $6 to $10), in one statement: its row (id $1) is already there. An unknown
// signatory code leaves signatory_id null, which the column refuses.
constexpr const char* insert_parts =
    "WITH data AS (INSERT INTO contract_data (contract_id, data_json) VALUES ($1, $2)), "
    "roles AS (INSERT INTO contract_signatory (contract_id, role, signatory_id) SELECT $1, r.role, "
    "(SELECT s.id FROM signatory s WHERE s.institution_id = $3 AND s.code = r.code) "
    "FROM unnest($4::text[], $5::text[]) AS r (role, code)) "
    "INSERT INTO instalment (contract_id, number, amount_minor, period_start, period_end, due_date) "
    "SELECT $1, x.n, x.a, x.s, x.e, x.d FROM unnest($6::integer[], $7::bigint[], $8::date[], $9::date[], $10::date[]) "
    "AS x (n, a, s, e, d)";

std::string insert_contract(Connection& db, const d::NewContract& c) {
    // The person by any of their keys (each has its own index), the template version if
    // stored, and the year by the UTC clock, as on one desk, for a draft without a signing date.
    const auto found = db.exec("SELECT i.id, (SELECT s.id FROM staff s WHERE s.curp = $2 OR s.dni = $2 OR "
                               "s.foreign_card = $2 LIMIT 1), extract(year FROM now() AT TIME ZONE 'UTC')::integer, "
                               "t.id, t.sha256 FROM institution i LEFT JOIN template t ON t.code = $3 AND t.version = $4 "
                               "WHERE i.code = $1",
                               {c.institution_code, c.staff_key, c.template_code, std::to_string(c.template_version)});
    if (found.rows() == 0) detail::not_found("institution " + c.institution_code);
    if (found.is_null(0, 1)) detail::not_found("person " + c.staff_key);
    const std::string institution = found.text(0, 0);
    std::optional<std::pair<std::string, std::string>> stored_template;
    if (!found.is_null(0, 3)) stored_template.emplace(found.text(0, 3), found.text(0, 4));
    const std::string template_id = template_row(db, c, stored_template);
    const int year = c.signing_date ? c.signing_date->year() : static_cast<int>(found.integer(0, 2));
    Param amends;
    const std::string folio = next_folio(db, c, institution, year, amends);
    const std::string contract =
        db.exec("INSERT INTO contract (institution_id, year, folio, template_id, staff_id, total_minor, currency, "
                "signing_date, start_date, end_date, created_at, regime, unit_code, budget_account, drafted_by, amends_id) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, pacta.utc_now(), $11, $12, $13, "
                "pacta.current_username(), $14) RETURNING id",
                {institution, std::to_string(year), folio, template_id, found.text(0, 1),
                 std::to_string(c.total.minor_units()), std::string(d::currency_code(c.total.currency())),
                 date_param(c.signing_date), date_param(c.start), date_param(c.end),
                 std::string(d::regime_name(c.regime)), c.unit_code, c.budget_account, amends})
            .text(0, 0);
    const auto [roles, codes] = signatory_arrays(c.signatories);
    std::vector<Param> parts{contract, c.data_json, institution, roles, codes};
    for (auto& column : schedule_arrays(c.schedule)) parts.push_back(std::move(column));
    db.exec(insert_parts, parts);
    return folio;
}

}  // namespace

// `actor` is not used on the server: the login drafts (drafted_by, the editors, the trail).
std::string PgContractRepository::create(const d::NewContract& draft, const std::string& /*actor*/) {
    Transaction tx(db_);
    const std::string folio = insert_contract(db_, draft);
    tx.commit();
    return folio;
}

std::vector<std::string> PgContractRepository::create_all(const std::vector<d::NewContract>& drafts,
                                                          const std::string& /*actor*/) {
    Transaction tx(db_);
    std::vector<std::string> folios;
    folios.reserve(drafts.size());
    for (const auto& draft : drafts) folios.push_back(insert_contract(db_, draft));
    tx.commit();
    return folios;
}

void PgContractRepository::record_file(const std::string& folio, const d::ContractFile& file,
                                       const std::string& /*actor*/) {
    // The bytes travel with the row, so another desk opens the file this one wrote.
    const Param content = detail::stored_content(file.path, file.sha256);
    const auto stored = db_.exec("INSERT INTO contract_file (contract_id, kind, path, sha256, created_at, content) "
                                 "SELECT id, $2, $3, $4, pacta.utc_now(), $5::bytea FROM contract WHERE folio = $1 "
                                 "RETURNING id",
                                 {folio, file.kind, file.path, file.sha256, content});
    if (stored.rows() == 0) detail::contract_not_found(folio);
}

void PgContractRepository::revise(const std::string& folio, const d::NewContract& c, const std::string& /*actor*/) {
    Transaction tx(db_);
    const auto found = db_.exec("SELECT id, institution_id, state FROM contract WHERE folio = $1 FOR UPDATE", {folio});
    if (found.rows() == 0) detail::contract_not_found(folio);
    const std::string contract = found.text(0, 0);
    const std::string institution = found.text(0, 1);
    // Checked here too: a revision that changes no column would not wake the server's
    // frozen-content triggers, and it must be refused all the same.
    if (!d::content_editable(detail::state_value(found.text(0, 2)))) throw ServerError("P0001", frozen_message);
    if (c.replaces) {
        const auto data = db_.exec("SELECT data_json FROM contract_data WHERE contract_id = $1", {contract});
        if (data.rows() == 0 || data.text(0, 0) != *c.replaces) {
            // Who saved it since, and when: the contract's latest row in the trail.
            const auto last = db_.exec("SELECT actor, at FROM audit_log WHERE entity = 'contrato' AND entity_id = $1 "
                                       "ORDER BY id DESC LIMIT 1",
                                       {folio});
            const bool any = last.rows() > 0;
            throw d::ConcurrentEdit(folio, any ? last.text(0, 0) : "?", any ? last.text(0, 1) : "");
        }
    }
    const auto stored = db_.exec("SELECT number, amount_minor, period_start::text, period_end::text, due_date::text, "
                                 "state FROM instalment WHERE contract_id = $1 ORDER BY number",
                                 {contract});
    for (int row = 0; row < stored.rows(); ++row) {
        if (stored.text(row, 5) != "pendiente") throw ServerError("P0001", "contract " + folio + " has instalments that moved");
    }

    // Only what differs is written: each changed row is one audit row, and the server's
    // triggers add the login to the contract's editors.
    db_.exec("UPDATE contract SET total_minor = $2, signing_date = $3, start_date = $4, end_date = $5, regime = $6, "
             "unit_code = $7, budget_account = $8 WHERE id = $1 AND (total_minor, signing_date, start_date, end_date, "
             "regime, unit_code, budget_account) IS DISTINCT FROM ($2::bigint, $3::date, $4::date, $5::date, $6::text, "
             "$7::text, $8::text)",
             {contract, std::to_string(c.total.minor_units()), date_param(c.signing_date), date_param(c.start),
              date_param(c.end), std::string(d::regime_name(c.regime)), c.unit_code, c.budget_account});
    db_.exec("UPDATE contract_data SET data_json = $2 WHERE contract_id = $1 AND data_json IS DISTINCT FROM $2",
             {contract, c.data_json});

    // A role that goes or names another signatory is deleted; the new ones are added.
    const auto [roles, codes] = signatory_arrays(c.signatories);
    db_.exec("DELETE FROM contract_signatory cs WHERE cs.contract_id = $1 AND NOT EXISTS (SELECT 1 FROM "
             "unnest($3::text[], $4::text[]) AS r (role, code) JOIN signatory s ON s.institution_id = $2 AND "
             "s.code = r.code WHERE r.role = cs.role AND s.id = cs.signatory_id)",
             {contract, institution, roles, codes});
    db_.exec("INSERT INTO contract_signatory (contract_id, role, signatory_id) SELECT $1, r.role, (SELECT s.id FROM "
             "signatory s WHERE s.institution_id = $2 AND s.code = r.code) FROM unnest($3::text[], $4::text[]) AS "
             "r (role, code) ON CONFLICT (contract_id, role) DO NOTHING",
             {contract, institution, roles, codes});

    // The schedule, when it changes, is replaced whole, as on one desk (the server's triggers
    // add the login to the editors); one planned alike is left be.
    bool same = static_cast<std::size_t>(stored.rows()) == c.schedule.size();
    for (int row = 0; same && row < stored.rows(); ++row) {
        const auto& i = c.schedule[static_cast<std::size_t>(row)];
        same = stored.integer(row, 0) == i.number && stored.integer(row, 1) == i.amount.minor_units() &&
               stored.text(row, 2) == i.period_start.iso() && stored.text(row, 3) == i.period_end.iso() &&
               stored.text(row, 4) == i.due.iso();
    }
    if (!same) {
        db_.exec("DELETE FROM instalment WHERE contract_id = $1", {contract});
        auto params = schedule_arrays(c.schedule);
        params.insert(params.begin(), contract);
        db_.exec("INSERT INTO instalment (contract_id, number, amount_minor, period_start, period_end, due_date) "
                 "SELECT $1, x.n, x.a, x.s, x.e, x.d FROM unnest($2::integer[], $3::bigint[], $4::date[], $5::date[], "
                 "$6::date[]) AS x (n, a, s, e, d)",
                 params);
    }
    tx.commit();
}

}  // namespace pacta::db::pg
