#include "pacta/presentation/contracts/contract_drafting.h"

#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"

#include <algorithm>

#include "pacta/document/json_data.h"
#include "pacta/domain/money.h"
#include "pacta/domain/utf8.h"
#include "pacta/presentation/payments/payment_schedule.h"

namespace pacta::presentation {

namespace {

std::string domain_upper(const std::string& s) { return domain::to_upper_es(s); }

using document::DataValue;
using domain::Finding;
using domain::Severity;
using locale::fill;
using locale::tr;

// Sets `path` only when the template declares it, so records never add stray data.
void offer(const document::Template& tmpl, DataValue& data, const std::string& path, const std::string& value) {
    if (!value.empty() && tmpl.field(path) != nullptr) data.set(path, DataValue(value));
}

// Every leaf of `extra` over `data`.
void overlay(DataValue& data, const DataValue& extra, const std::string& prefix) {
    if (extra.is_record()) {
        for (const auto& [key, value] : extra.record()) {
            const std::string path = prefix.empty() ? key : prefix + "." + key;
            if (value.is_record()) {
                overlay(data, value, path);
            } else {
                data.set(path, value);
            }
        }
    }
}

}  // namespace

Draft draft_contract(const document::Template& tmpl, const domain::Institution& institution,
                     const domain::StaffMember& person, const std::map<std::string, std::string>& chosen,
                     const DataValue& extra, domain::Date today) {
    Draft draft;
    DataValue& data = draft.data;
    for (const auto& [key, value] : institution.settings) offer(tmpl, data, key, value);
    offer(tmpl, data, "terminacion.dias_aviso", std::to_string(institution.notice_days));

    const std::string& p = tmpl.info.person_prefix;
    if (!p.empty()) {
        offer(tmpl, data, p + ".nombre", person.full_name());
        offer(tmpl, data, p + ".sexo", std::string(domain::sex_name(person.sex)));
        offer(tmpl, data, p + ".fecha_nacimiento", person.birth_date.iso());
        offer(tmpl, data, p + ".nacionalidad", person.nationality);
        offer(tmpl, data, p + ".estado_civil", person.civil_status);
        offer(tmpl, data, p + ".curp", person.curp);
        offer(tmpl, data, p + ".rfc", person.rfc);
        offer(tmpl, data, p + ".dni", person.dni);
        offer(tmpl, data, p + ".ruc", person.ruc);
        offer(tmpl, data, p + ".domicilio", person.domicile);
        offer(tmpl, data, p + ".profesion", person.profession);
        offer(tmpl, data, p + ".clabe", person.bank_account);
    }

    // The signing date decides whose powers are valid.
    domain::Date signing = today;
    if (const auto* when = extra.find("firma.fecha"); when != nullptr && when->is_text()) {
        if (auto d = domain::parse_iso_date(when->text()).value) signing = *d;
    }
    DataValue::List block;
    for (const auto& binding : tmpl.info.signatories) {
        const domain::Signatory* pick = nullptr;
        const auto wanted = chosen.find(binding.role);
        int candidates = 0;
        for (const auto& s : institution.signatories) {
            const bool has_role = std::find(s.roles.begin(), s.roles.end(), binding.role) != s.roles.end();
            if (wanted != chosen.end()) {
                if (s.code == wanted->second) pick = &s;
            } else if (has_role && s.valid_on(signing)) {
                ++candidates;
                pick = &s;
            }
        }
        const std::string field = "firmante." + binding.role;
        const std::string field_name = fill(tr("signatory «{role}»"), {{"role", locale::signatory_role_label(binding.role)}});
        if (wanted == chosen.end() && candidates != 1) {
            draft.findings.emplace_back(candidates == 0 ? "contract.no_signatory" : "contract.several_signatories",
                                        Severity::error, field);
            draft.findings.back()
                .with("field_label", field_name)
                .with("role", locale::signatory_role_label(binding.role))
                .with("date", signing.iso());
            continue;
        }
        if (pick == nullptr) {
            draft.findings.emplace_back("contract.unknown_signatory", Severity::error, field);
            draft.findings.back().with("field_label", field_name).with("value", wanted->second);
            continue;
        }
        if (!pick->valid_on(signing)) {
            draft.findings.emplace_back("contract.powers_not_valid", Severity::error, field);
            draft.findings.back().with("field_label", field_name).with("value", pick->name).with("date", signing.iso());
        }
        draft.signatories[binding.role] = pick->code;
        offer(tmpl, data, binding.prefix + ".nombre", pick->name);
        offer(tmpl, data, binding.prefix + ".sexo", std::string(domain::sex_name(pick->sex)));
        offer(tmpl, data, binding.prefix + ".cargo", pick->title);
        if (!binding.powers_prefix.empty()) {
            const auto& w = pick->powers;
            const std::string& q = binding.powers_prefix;
            offer(tmpl, data, q + ".escritura", w.deed_number);
            offer(tmpl, data, q + ".fecha", w.deed_date ? w.deed_date->iso() : "");
            offer(tmpl, data, q + ".notario", w.notary);
            offer(tmpl, data, q + ".notaria", w.notary_number);
            offer(tmpl, data, q + ".folio", w.registry_folio);
            offer(tmpl, data, q + ".folio_registro", w.registry_folio);
            offer(tmpl, data, q + ".fecha_registro", w.registry_date ? w.registry_date->iso() : "");
        }
        DataValue::Record entry;
        entry.emplace("nombre", DataValue(domain_upper(pick->name)));
        entry.emplace("cargo", DataValue(domain_upper(pick->title)));
        entry.emplace("rol", DataValue(binding.role));
        block.emplace_back(std::move(entry));
        if (block.size() == 1 && !p.empty()) {
            DataValue::Record own;
            own.emplace("nombre", DataValue(domain_upper(person.full_name())));
            own.emplace("rol", DataValue(p));
            block.emplace_back(std::move(own));
        }
    }
    // The signature block, unless the extra data lists it: the first signatory, the person,
    // then the other signatories.
    if (tmpl.field("firmantes") != nullptr && !block.empty()) data.set("firmantes", DataValue(std::move(block)));
    overlay(data, extra, "");
    return draft;
}

void overlay_data(DataValue& data, const DataValue& extra) { overlay(data, extra, ""); }

domain::NewContract new_contract_record(const document::Template& tmpl, const std::string& template_source,
                                        const Draft& draft, const DataValue& generated, const domain::StaffMember& person,
                                        const std::string& institution_code) {
    const auto text_at = [&](const std::string& path) {
        const auto* v = generated.find(path);
        return v != nullptr && v->is_text() ? v->text() : std::string();
    };
    domain::NewContract record;
    record.institution_code = institution_code;
    record.template_code = tmpl.info.id;
    record.template_version = tmpl.info.version;
    record.template_title = tmpl.info.title;
    record.template_source = template_source;
    record.staff_key = person.key();
    record.data_json = document::to_json_text(draft.data);
    record.total = domain::Money(0, tmpl.info.currency);
    for (const auto& f : tmpl.fields) {
        if (f.type != document::FieldType::importe) continue;
        if (auto money = domain::parse_money(text_at(f.path), tmpl.info.currency).value) record.total = *money;
        break;
    }
    const auto date_at = [&](const std::string& path) { return domain::parse_iso_date(text_at(path)).value; };
    record.signing_date = date_at("firma.fecha");
    // The term the template declares (@vigencia), by default vigencia.inicio and vigencia.fin.
    record.start = date_at(tmpl.info.term_start.empty() ? "vigencia.inicio" : tmpl.info.term_start);
    record.end = date_at(tmpl.info.term_end.empty() ? "vigencia.fin" : tmpl.info.term_end);
    record.signatories = draft.signatories;
    record.regime = person.regime;
    record.unit_code = person.unit_code;
    record.budget_account = text_at("presupuesto.cuenta");
    const auto rules = load_installed_rule_data(tmpl.info.currency);
    record.schedule = contract_schedule(tmpl, generated, rules.calendar);
    return record;
}

std::vector<SignatoryChoice> signatory_choices(const document::TemplateInfo& info, const domain::Institution& institution,
                                               const std::optional<domain::Date>& on) {
    std::vector<SignatoryChoice> choices;
    for (const auto& binding : info.signatories) {
        SignatoryChoice c;
        c.role = binding.role;
        c.label = locale::signatory_role_label(binding.role);
        for (const auto& s : institution.signatories) {
            const bool has_role = std::find(s.roles.begin(), s.roles.end(), binding.role) != s.roles.end();
            if (has_role && (!on || s.valid_on(*on))) c.options.emplace_back(s.code, s.name + ", " + s.title);
        }
        choices.push_back(std::move(c));
    }
    return choices;
}

void label_template_fields(domain::Findings& findings, const document::Template& tmpl) {
    for (auto& f : findings) {
        if (f.field.empty() || !f.param("field_label").empty()) continue;
        std::string label;
        for (const auto& field : tmpl.fields) {
            if (field.path == f.field) label = field.label;
        }
        for (const auto& derived : tmpl.derived) {
            if (derived.path == f.field) label = derived.label;
        }
        if (!label.empty()) f.with("field_label", label);
    }
}

}  // namespace pacta::presentation
