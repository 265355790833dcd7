#include "pacta/db/pg/institution_repository.h"
#include "pacta/db/pg/params.h"

#include "pacta/domain/finding.h"

namespace pacta::db::pg {

namespace {

using domain::Institution;

std::string profile_name(domain::FormatProfile p) { return p == domain::FormatProfile::es_PE ? "es_PE" : "es_MX"; }

Param date_param(const std::optional<domain::Date>& d) { return d ? Param(d->iso()) : std::nullopt; }

std::optional<domain::Date> date_value(const Result& r, int row, int column) {
    if (r.is_null(row, column)) return std::nullopt;
    return domain::parse_iso_date(r.text(row, column)).value;
}

// Signatories are kept by code, as on one desk: updated in place so contracts keep pointing
// at them; one left out is deleted unless a contract names it.
void save_signatories(Connection& db, const std::string& id, const std::vector<domain::Signatory>& signatories) {
    std::vector<std::string> codes;
    for (const auto& s : signatories) codes.push_back(s.code);
    const std::string kept = text_array(codes);
    const auto in_use = db.exec("SELECT s.code FROM signatory s WHERE s.institution_id = $1 AND NOT s.code = ANY ($2::text[]) "
                                "AND EXISTS (SELECT 1 FROM contract_signatory c WHERE c.signatory_id = s.id) ORDER BY s.code",
                                {id, kept});
    if (in_use.rows() > 0) {
        throw domain::RuleError(domain::Finding("institution.signatory_in_use", domain::Severity::error, "firmantes")
                                    .with("code", in_use.text(0, 0)));
    }
    db.exec("DELETE FROM signatory WHERE institution_id = $1 AND NOT code = ANY ($2::text[])", {id, kept});
    for (const auto& s : signatories) {
        const auto saved = db.exec(
            "INSERT INTO signatory (institution_id, code, name, sex, title, deed_number, deed_date, notary, notary_number, "
            "registry_folio, registry_date, valid_from, valid_to, rfc, dni) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
            "$11, $12, $13, $14, $15) ON CONFLICT (institution_id, code) DO UPDATE SET name = excluded.name, sex = excluded.sex, "
            "title = excluded.title, deed_number = excluded.deed_number, deed_date = excluded.deed_date, "
            "notary = excluded.notary, notary_number = excluded.notary_number, registry_folio = excluded.registry_folio, "
            "registry_date = excluded.registry_date, valid_from = excluded.valid_from, valid_to = excluded.valid_to, "
            "rfc = excluded.rfc, dni = excluded.dni RETURNING id",
            {id, s.code, s.name, std::string(domain::sex_name(s.sex)), s.title, s.powers.deed_number,
             date_param(s.powers.deed_date), s.powers.notary, s.powers.notary_number, s.powers.registry_folio,
             date_param(s.powers.registry_date), s.valid_from.iso(), date_param(s.valid_to), s.rfc, s.dni});
        const std::string signatory_id = saved.text(0, 0);
        db.exec("DELETE FROM signatory_role WHERE signatory_id = $1 AND NOT role = ANY ($2::text[])",
                {signatory_id, text_array(s.roles)});
        for (std::size_t i = 0; i < s.roles.size(); ++i) {
            db.exec("INSERT INTO signatory_role (signatory_id, role, position) VALUES ($1, $2, $3) "
                    "ON CONFLICT (signatory_id, role) DO UPDATE SET position = excluded.position "
                    "WHERE signatory_role.position <> excluded.position",
                    {signatory_id, s.roles[i], std::to_string(i)});
        }
    }
}

std::vector<domain::Signatory> load_signatories(Connection& db, const std::string& id) {
    std::vector<domain::Signatory> out;
    const auto r = db.exec(
        "SELECT s.code, s.name, s.sex, s.title, s.deed_number, s.deed_date, s.notary, s.notary_number, s.registry_folio, "
        "s.registry_date, s.valid_from, s.valid_to, "
        "coalesce((SELECT array_to_json(array_agg(role ORDER BY position, role))::text FROM signatory_role "
        "WHERE signatory_id = s.id), '[]'), s.rfc, s.dni FROM signatory s WHERE s.institution_id = $1 ORDER BY s.id",
        {id});
    for (int i = 0; i < r.rows(); ++i) {
        domain::Signatory s;
        s.code = r.text(i, 0);
        s.name = r.text(i, 1);
        s.sex = domain::sex_from_name(r.text(i, 2)).value_or(domain::Sex::man);
        s.title = r.text(i, 3);
        s.powers.deed_number = r.text(i, 4);
        s.powers.deed_date = date_value(r, i, 5);
        s.powers.notary = r.text(i, 6);
        s.powers.notary_number = r.text(i, 7);
        s.powers.registry_folio = r.text(i, 8);
        s.powers.registry_date = date_value(r, i, 9);
        s.valid_from = *domain::parse_iso_date(r.text(i, 10)).value;
        s.valid_to = date_value(r, i, 11);
        // ["a","b"]: role keys are plain words, never quotes or backslashes.
        const std::string roles = r.text(i, 12);
        s.rfc = r.text(i, 13);
        s.dni = r.text(i, 14);
        for (std::size_t at = roles.find('"'); at != std::string::npos; at = roles.find('"', at + 1)) {
            const auto end = roles.find('"', at + 1);
            s.roles.push_back(roles.substr(at + 1, end - at - 1));
            at = end;
        }
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace

bool PgInstitutionRepository::save(const Institution& inst, const std::string& /*actor: the login*/) {
    return write(inst, nullptr);
}

void PgInstitutionRepository::save_over(const Institution& changed, const Institution& opened,
                                        const std::string& /*actor: the login*/) {
    (void)write(changed, &opened);
}

bool PgInstitutionRepository::write(const Institution& inst, const Institution* opened) {
    Transaction tx(db_);
    const auto existing = db_.exec("SELECT id FROM institution WHERE code = $1 FOR UPDATE", {inst.code});
    // Its row is locked: a second editor's save waits here, then compares with this one's.
    if (opened != nullptr) {
        const auto now = find(inst.code);
        if (!now || !(*now == *opened)) {
            const auto last = db_.exec("SELECT actor, at FROM audit_log WHERE entity_id = $1 AND entity IN "
                                       "('institucion', 'unidad', 'cuenta_presupuestal', 'firmante') "
                                       "ORDER BY id DESC LIMIT 1",
                                       {inst.code});
            throw domain::StaleInstitution(inst.code, last.rows() > 0 ? last.text(0, 0) : "?",
                                           last.rows() > 0 ? last.text(0, 1) : "");
        }
    }
    const bool created = existing.rows() == 0;
    std::string id;
    if (created) {
        id = db_.exec("INSERT INTO institution (code, name, country, profile, public_legend, legal_basis, notice_days) "
                      "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                      {inst.code, inst.name, inst.country, profile_name(inst.profile), inst.public_legend,
                       inst.legal_basis, std::to_string(inst.notice_days)})
                 .text(0, 0);
    } else {
        id = existing.text(0, 0);
        // Only what differs is written, so the trail holds only real changes.
        db_.exec("UPDATE institution SET name = $2, country = $3, profile = $4, public_legend = $5, legal_basis = $6, "
                 "notice_days = $7 WHERE id = $1 AND (name, country, profile, public_legend, legal_basis, notice_days) "
                 "IS DISTINCT FROM ($2, $3, $4, $5, $6, $7::integer)",
                 {id, inst.name, inst.country, profile_name(inst.profile), inst.public_legend, inst.legal_basis,
                  std::to_string(inst.notice_days)});
    }
    std::vector<std::string> keys;
    for (const auto& [key, value] : inst.settings) {
        keys.push_back(key);
        db_.exec("INSERT INTO institution_setting (institution_id, key, value) VALUES ($1, $2, $3) "
                 "ON CONFLICT (institution_id, key) DO UPDATE SET value = excluded.value "
                 "WHERE institution_setting.value <> excluded.value",
                 {id, key, value});
    }
    db_.exec("DELETE FROM institution_setting WHERE institution_id = $1 AND NOT key = ANY ($2::text[])",
             {id, text_array(keys)});
    std::vector<std::string> units;
    for (const auto& u : inst.units) {
        units.push_back(u.code);
        db_.exec("INSERT INTO unit (institution_id, code, name, region, cost_centre) VALUES ($1, $2, $3, $4, $5) "
                 "ON CONFLICT (institution_id, code) DO UPDATE SET name = excluded.name, region = excluded.region, "
                 "cost_centre = excluded.cost_centre WHERE (unit.name, unit.region, unit.cost_centre) IS DISTINCT FROM "
                 "(excluded.name, excluded.region, excluded.cost_centre)",
                 {id, u.code, u.name, u.region, u.cost_centre});
    }
    // A unit left out goes unless someone works in it.
    db_.exec("DELETE FROM unit u WHERE u.institution_id = $1 AND NOT u.code = ANY ($2::text[]) "
             "AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.unit_id = u.id)",
             {id, text_array(units)});
    std::vector<std::string> accounts;
    for (const auto& a : inst.accounts) {
        accounts.push_back(a.code);
        db_.exec("INSERT INTO budget_account (institution_id, code, name, information_unit) VALUES ($1, $2, $3, $4) "
                 "ON CONFLICT (institution_id, code) DO UPDATE SET name = excluded.name, "
                 "information_unit = excluded.information_unit WHERE (budget_account.name, "
                 "budget_account.information_unit) IS DISTINCT FROM (excluded.name, excluded.information_unit)",
                 {id, a.code, a.name, a.information_unit});
    }
    db_.exec("DELETE FROM budget_account WHERE institution_id = $1 AND NOT code = ANY ($2::text[])",
             {id, text_array(accounts)});
    save_signatories(db_, id, inst.signatories);
    tx.commit();
    return created;
}

std::optional<Institution> PgInstitutionRepository::find(const std::string& code) {
    const auto r = db_.exec("SELECT id, code, name, country, profile, public_legend, legal_basis, notice_days "
                            "FROM institution WHERE code = $1",
                            {code});
    if (r.rows() == 0) return std::nullopt;
    Institution inst;
    const std::string id = r.text(0, 0);
    inst.code = r.text(0, 1);
    inst.name = r.text(0, 2);
    inst.country = r.text(0, 3);
    inst.profile = r.text(0, 4) == "es_PE" ? domain::FormatProfile::es_PE : domain::FormatProfile::es_MX;
    inst.public_legend = r.text(0, 5);
    inst.legal_basis = r.text(0, 6);
    inst.notice_days = static_cast<int>(r.integer(0, 7));
    const auto settings = db_.exec("SELECT key, value FROM institution_setting WHERE institution_id = $1 ORDER BY key", {id});
    for (int i = 0; i < settings.rows(); ++i) inst.settings[settings.text(i, 0)] = settings.text(i, 1);
    const auto units = db_.exec("SELECT code, name, region, cost_centre FROM unit WHERE institution_id = $1 ORDER BY id", {id});
    for (int i = 0; i < units.rows(); ++i) {
        inst.units.push_back({units.text(i, 0), units.text(i, 1), units.text(i, 2), units.text(i, 3)});
    }
    const auto accounts =
        db_.exec("SELECT code, name, information_unit FROM budget_account WHERE institution_id = $1 ORDER BY id", {id});
    for (int i = 0; i < accounts.rows(); ++i) {
        inst.accounts.push_back({accounts.text(i, 0), accounts.text(i, 1), accounts.text(i, 2)});
    }
    inst.signatories = load_signatories(db_, id);
    return inst;
}

std::vector<domain::InstitutionSummary> PgInstitutionRepository::list() {
    std::vector<domain::InstitutionSummary> out;
    const auto r = db_.exec("SELECT code, name, country, (SELECT count(*) FROM unit u WHERE u.institution_id = i.id), "
                            "(SELECT count(*) FROM signatory s WHERE s.institution_id = i.id) FROM institution i "
                            "ORDER BY code");
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back({r.text(i, 0), r.text(i, 1), r.text(i, 2), static_cast<std::size_t>(r.integer(i, 3)),
                       static_cast<std::size_t>(r.integer(i, 4))});
    }
    return out;
}

std::vector<domain::SignatorySummary> PgInstitutionRepository::signatories(const std::string& institution_code) {
    std::vector<domain::SignatorySummary> out;
    const auto r = db_.exec("SELECT id, code FROM institution WHERE $1 = '' OR code = $1 ORDER BY code", {institution_code});
    for (int i = 0; i < r.rows(); ++i) {
        for (auto& s : load_signatories(db_, r.text(i, 0))) out.push_back({r.text(i, 1), std::move(s)});
    }
    return out;
}

}  // namespace pacta::db::pg
