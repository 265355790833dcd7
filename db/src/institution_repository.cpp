#include "pacta/db/institution_repository.h"

#include <nlohmann/json.hpp>

#include "pacta/db/audit.h"
#include "pacta/db/database.h"
#include "pacta/db/statement.h"
#include "pacta/db/transaction.h"
#include "pacta/domain/finding.h"

namespace pacta::db {

namespace {

using domain::Institution;

std::string_view profile_name(domain::FormatProfile p) { return p == domain::FormatProfile::es_PE ? "es_PE" : "es_MX"; }

void bind_optional_date(Statement& st, int index, const std::optional<domain::Date>& d) {
    if (d) {
        st.bind(index, std::string_view(d->iso()));
    } else {
        st.bind_null(index);
    }
}

std::optional<domain::Date> optional_date(const Statement& st, int col) {
    if (st.column_is_null(col)) return std::nullopt;
    return domain::parse_iso_date(st.column_text(col)).value;
}

// Signatories are kept by code: an existing one is updated in place, so contracts that name
// it keep pointing at it; one left out is deleted unless a contract names it.
void save_signatories(Database& db, std::int64_t id, const std::vector<domain::Signatory>& signatories) {
    nlohmann::json codes = nlohmann::json::array();
    for (const auto& s : signatories) codes.push_back(s.code);
    Statement in_use(db, "SELECT s.code FROM signatory s WHERE s.institution_id = ?1 "
                         "AND s.code NOT IN (SELECT value FROM json_each(?2)) "
                         "AND EXISTS (SELECT 1 FROM contract_signatory c WHERE c.signatory_id = s.id) ORDER BY s.code");
    in_use.bind(1, id).bind(2, std::string_view(codes.dump()));
    if (in_use.step()) {
        throw domain::RuleError(domain::Finding("institution.signatory_in_use", domain::Severity::error, "firmantes")
                                    .with("code", std::string(in_use.column_text(0))));
    }
    Statement removed(db, "DELETE FROM signatory WHERE institution_id = ?1 AND code NOT IN (SELECT value FROM json_each(?2))");
    removed.bind(1, id).bind(2, std::string_view(codes.dump())).run();
    if (signatories.empty()) return;  // (and an older schema, as upgrade tests write it, still saves)
    Statement signatory(db,
                        "INSERT INTO signatory (institution_id, code, name, sex, title, deed_number, deed_date, notary, "
                        "notary_number, registry_folio, registry_date, valid_from, valid_to, rfc, dni) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
                        "ON CONFLICT (institution_id, code) DO UPDATE SET name = excluded.name, sex = excluded.sex, "
                        "title = excluded.title, deed_number = excluded.deed_number, deed_date = excluded.deed_date, "
                        "notary = excluded.notary, notary_number = excluded.notary_number, "
                        "registry_folio = excluded.registry_folio, registry_date = excluded.registry_date, "
                        "valid_from = excluded.valid_from, valid_to = excluded.valid_to, rfc = excluded.rfc, "
                        "dni = excluded.dni RETURNING id");
    Statement clear_roles(db, "DELETE FROM signatory_role WHERE signatory_id = ?1");
    Statement role(db, "INSERT INTO signatory_role (signatory_id, role) VALUES (?1, ?2)");
    for (const auto& s : signatories) {
        signatory.bind(1, id).bind(2, std::string_view(s.code)).bind(3, std::string_view(s.name));
        signatory.bind(4, domain::sex_name(s.sex)).bind(5, std::string_view(s.title));
        signatory.bind(6, std::string_view(s.powers.deed_number));
        bind_optional_date(signatory, 7, s.powers.deed_date);
        signatory.bind(8, std::string_view(s.powers.notary)).bind(9, std::string_view(s.powers.notary_number));
        signatory.bind(10, std::string_view(s.powers.registry_folio));
        bind_optional_date(signatory, 11, s.powers.registry_date);
        signatory.bind(12, std::string_view(s.valid_from.iso()));
        bind_optional_date(signatory, 13, s.valid_to);
        signatory.bind(14, std::string_view(s.rfc)).bind(15, std::string_view(s.dni));
        signatory.step();
        const std::int64_t signatory_id = signatory.column_int(0);
        signatory.reset();
        clear_roles.bind(1, signatory_id).run();
        clear_roles.reset();
        for (const auto& r : s.roles) {
            role.bind(1, signatory_id).bind(2, std::string_view(r)).run();
            role.reset();
        }
    }
}

void insert_parts(Database& db, std::int64_t id, const Institution& inst) {
    Statement setting(db, "INSERT INTO institution_setting (institution_id, key, value) VALUES (?1, ?2, ?3)");
    for (const auto& [key, value] : inst.settings) {
        setting.bind(1, id).bind(2, std::string_view(key)).bind(3, std::string_view(value)).run();
        setting.reset();
    }
    Statement unit(db,
                   "INSERT INTO unit (institution_id, code, name, region, cost_centre) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const auto& u : inst.units) {
        unit.bind(1, id).bind(2, std::string_view(u.code)).bind(3, std::string_view(u.name));
        unit.bind(4, std::string_view(u.region)).bind(5, std::string_view(u.cost_centre)).run();
        unit.reset();
    }
    Statement account(db, "INSERT INTO budget_account (institution_id, code, name, information_unit) "
                          "VALUES (?1, ?2, ?3, ?4)");
    for (const auto& a : inst.accounts) {
        account.bind(1, id).bind(2, std::string_view(a.code)).bind(3, std::string_view(a.name));
        account.bind(4, std::string_view(a.information_unit)).run();
        account.reset();
    }
    save_signatories(db, id, inst.signatories);
}

std::vector<domain::Signatory> load_signatories(Database& db, std::int64_t id) {
    std::vector<domain::Signatory> out;
    Statement st(db,
                 "SELECT id, code, name, sex, title, deed_number, deed_date, notary, notary_number, registry_folio, "
                 "registry_date, valid_from, valid_to, rfc, dni FROM signatory WHERE institution_id = ?1 ORDER BY id");
    st.bind(1, id);
    Statement roles(db, "SELECT role FROM signatory_role WHERE signatory_id = ?1 ORDER BY rowid");
    while (st.step()) {
        domain::Signatory s;
        s.code = st.column_text(1);
        s.name = st.column_text(2);
        s.sex = domain::sex_from_name(st.column_text(3)).value_or(domain::Sex::man);
        s.title = st.column_text(4);
        s.powers.deed_number = st.column_text(5);
        s.powers.deed_date = optional_date(st, 6);
        s.powers.notary = st.column_text(7);
        s.powers.notary_number = st.column_text(8);
        s.powers.registry_folio = st.column_text(9);
        s.powers.registry_date = optional_date(st, 10);
        s.valid_from = *domain::parse_iso_date(st.column_text(11)).value;
        s.valid_to = optional_date(st, 12);
        s.rfc = st.column_text(13);
        s.dni = st.column_text(14);
        roles.bind(1, st.column_int(0));
        while (roles.step()) s.roles.push_back(roles.column_text(0));
        roles.reset();
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace

std::string institution_snapshot(const Institution& inst) {
    using nlohmann::json;
    json j = {{"clave", inst.code},       {"nombre", inst.name},
              {"pais", inst.country},     {"perfil", std::string(profile_name(inst.profile))},
              {"leyenda_version_publica", inst.public_legend},
              {"fundamento_version_publica", inst.legal_basis},
              {"dias_aviso_terminacion", inst.notice_days}};
    j["configuracion"] = inst.settings;
    j["unidades"] = json::array();
    for (const auto& u : inst.units) {
        j["unidades"].push_back({{"clave", u.code}, {"nombre", u.name}, {"region", u.region}, {"centro_costos", u.cost_centre}});
    }
    j["cuentas"] = json::array();
    for (const auto& a : inst.accounts) {
        j["cuentas"].push_back({{"clave", a.code}, {"nombre", a.name}, {"unidad_informacion", a.information_unit}});
    }
    j["firmantes"] = json::array();
    for (const auto& s : inst.signatories) {
        j["firmantes"].push_back({{"clave", s.code},
                                  {"nombre", s.name},
                                  {"sexo", std::string(domain::sex_name(s.sex))},
                                  {"cargo", s.title},
                                  {"roles", s.roles},
                                  {"vigente_desde", s.valid_from.iso()},
                                  {"vigente_hasta", s.valid_to ? s.valid_to->iso() : ""},
                                  {"escritura", s.powers.deed_number},
                                  {"notario", s.powers.notary},
                                  {"folio_registro", s.powers.registry_folio}});
    }
    return j.dump();
}

bool SqliteInstitutionRepository::save(const Institution& inst, const std::string& actor) {
    return write(inst, actor, nullptr);
}

void SqliteInstitutionRepository::save_over(const Institution& changed, const Institution& opened,
                                            const std::string& actor) {
    (void)write(changed, actor, &opened);
}

bool SqliteInstitutionRepository::write(const Institution& inst, const std::string& actor, const Institution* opened) {
    Transaction tx(db_);
    const auto before = find(inst.code);
    // The write lock is held: nobody saves between this comparison and the write.
    if (opened != nullptr && (!before || !(*before == *opened))) {
        Statement last(db_, "SELECT actor, at FROM audit_log WHERE entity_id = ?1 AND entity IN ('institucion', "
                            "'unidad', 'cuenta_presupuestal', 'firmante') ORDER BY id DESC LIMIT 1");
        last.bind(1, std::string_view(inst.code));
        const bool any = last.step();
        throw domain::StaleInstitution(inst.code, any ? last.column_text(0) : "?", any ? last.column_text(1) : "");
    }
    std::int64_t id = 0;
    if (before) {
        Statement get(db_, "SELECT id FROM institution WHERE code = ?1");
        get.bind(1, std::string_view(inst.code));
        get.step();
        id = get.column_int(0);
        // Replacing the parts; signatories are matched by code (save_signatories).
        for (const char* sql : {"DELETE FROM institution_setting WHERE institution_id = ?1",
                                "DELETE FROM budget_account WHERE institution_id = ?1"}) {
            Statement del(db_, sql);
            del.bind(1, id).run();
        }
        Statement units(db_, "DELETE FROM unit WHERE institution_id = ?1 AND id NOT IN "
                             "(SELECT unit_id FROM staff WHERE unit_id IS NOT NULL)");
        units.bind(1, id).run();
        Statement update(db_, "UPDATE institution SET name = ?2, country = ?3, profile = ?4, public_legend = ?5, "
                              "legal_basis = ?6, notice_days = ?7 WHERE id = ?1");
        update.bind(1, id).bind(2, std::string_view(inst.name)).bind(3, std::string_view(inst.country));
        update.bind(4, profile_name(inst.profile)).bind(5, std::string_view(inst.public_legend));
        update.bind(6, std::string_view(inst.legal_basis)).bind(7, std::int64_t{inst.notice_days}).run();
        // Units still used by staff were kept: update them instead of inserting them again.
        Institution rest = inst;
        std::erase_if(rest.units, [&](const domain::Unit& u) {
            Statement upd(db_, "UPDATE unit SET name = ?3, region = ?4, cost_centre = ?5 "
                               "WHERE institution_id = ?1 AND code = ?2");
            upd.bind(1, id).bind(2, std::string_view(u.code)).bind(3, std::string_view(u.name));
            upd.bind(4, std::string_view(u.region)).bind(5, std::string_view(u.cost_centre)).run();
            Statement changes(db_, "SELECT changes()");
            changes.step();
            return changes.column_int(0) > 0;
        });
        insert_parts(db_, id, rest);
    } else {
        Statement insert(db_, "INSERT INTO institution (code, name, country, profile, public_legend, legal_basis, "
                              "notice_days) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insert.bind(1, std::string_view(inst.code)).bind(2, std::string_view(inst.name));
        insert.bind(3, std::string_view(inst.country)).bind(4, profile_name(inst.profile));
        insert.bind(5, std::string_view(inst.public_legend)).bind(6, std::string_view(inst.legal_basis));
        insert.bind(7, std::int64_t{inst.notice_days}).run();
        Statement last(db_, "SELECT last_insert_rowid()");
        last.step();
        id = last.column_int(0);
        insert_parts(db_, id, inst);
    }
    AuditWriter(db_).record(actor, before ? "actualizar" : "crear", "institucion", inst.code,
                            before ? std::optional<std::string>(institution_snapshot(*before)) : std::nullopt,
                            institution_snapshot(inst));
    tx.commit();
    return !before;
}

std::optional<Institution> SqliteInstitutionRepository::find(const std::string& code) {
    Statement st(db_, "SELECT id, code, name, country, profile, public_legend, legal_basis, notice_days "
                      "FROM institution WHERE code = ?1");
    st.bind(1, std::string_view(code));
    if (!st.step()) return std::nullopt;
    Institution inst;
    const std::int64_t id = st.column_int(0);
    inst.code = st.column_text(1);
    inst.name = st.column_text(2);
    inst.country = st.column_text(3);
    inst.profile = st.column_text(4) == "es_PE" ? domain::FormatProfile::es_PE : domain::FormatProfile::es_MX;
    inst.public_legend = st.column_text(5);
    inst.legal_basis = st.column_text(6);
    inst.notice_days = static_cast<int>(st.column_int(7));
    Statement settings(db_, "SELECT key, value FROM institution_setting WHERE institution_id = ?1 ORDER BY key");
    settings.bind(1, id);
    while (settings.step()) inst.settings[settings.column_text(0)] = settings.column_text(1);
    Statement units(db_, "SELECT code, name, region, cost_centre FROM unit WHERE institution_id = ?1 ORDER BY id");
    units.bind(1, id);
    while (units.step()) {
        inst.units.push_back({units.column_text(0), units.column_text(1), units.column_text(2), units.column_text(3)});
    }
    Statement accounts(db_, "SELECT code, name, information_unit FROM budget_account WHERE institution_id = ?1 "
                            "ORDER BY id");
    accounts.bind(1, id);
    while (accounts.step()) {
        inst.accounts.push_back({accounts.column_text(0), accounts.column_text(1), accounts.column_text(2)});
    }
    inst.signatories = load_signatories(db_, id);
    return inst;
}

std::vector<domain::InstitutionSummary> SqliteInstitutionRepository::list() {
    std::vector<domain::InstitutionSummary> out;
    Statement st(db_, "SELECT code, name, country, (SELECT count(*) FROM unit u WHERE u.institution_id = i.id), "
                      "(SELECT count(*) FROM signatory s WHERE s.institution_id = i.id) FROM institution i ORDER BY code");
    while (st.step()) {
        out.push_back({st.column_text(0), st.column_text(1), st.column_text(2),
                       static_cast<std::size_t>(st.column_int(3)), static_cast<std::size_t>(st.column_int(4))});
    }
    return out;
}

std::vector<domain::SignatorySummary> SqliteInstitutionRepository::signatories(const std::string& institution_code) {
    std::vector<domain::SignatorySummary> out;
    Statement st(db_, "SELECT id, code FROM institution WHERE ?1 = '' OR code = ?1 ORDER BY code");
    st.bind(1, std::string_view(institution_code));
    while (st.step()) {
        for (auto& s : load_signatories(db_, st.column_int(0))) out.push_back({st.column_text(1), std::move(s)});
    }
    return out;
}

}  // namespace pacta::db
