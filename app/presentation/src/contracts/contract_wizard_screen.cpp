#include "pacta/presentation/contracts/contract_wizard_screen.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "pacta/presentation/common/display_date.h"
#include "pacta/presentation/common/problem.h"
#include "pacta/presentation/contracts/contract_service.h"
#include "pacta/presentation/payments/isr_tariffs.h"
#include "pacta/presentation/payments/payment_schedule.h"
#include "wizard_rules.h"

#include "pacta/document/data_check.h"
#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/render.h"
#include "pacta/domain/contract_check.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/pdf/contract_pdf.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/contracts/contract_output.h"
#include "pacta/presentation/review/contract_reading.h"
#include "pacta/presentation/templates/installed_templates.h"
#include "pacta/presentation/staff/staff_service.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

std::string value_text(const document::DataValue* v) {
    if (v == nullptr) return {};
    if (v->is_text()) return v->text();
    if (v->is_list()) {
        std::string out;
        for (const auto& item : v->list()) {
            if (item.is_text()) out += (out.empty() ? "" : "\n") + item.text();
        }
        return out;
    }
    return {};
}

// The signature block follows the signatories chosen, and the person's own fields come from
// the staff record (draft_contract fills both): what remains is what only this contract says.
void keep_contract_values(document::DataValue& data, const std::string& person_prefix) {
    if (!data.is_record()) return;
    data.record().erase("firmantes");
    const auto person = data.record().find(person_prefix);
    if (person == data.record().end() || !person->second.is_record()) return;
    for (const char* key : {"nombre", "sexo", "fecha_nacimiento", "nacionalidad", "estado_civil", "curp", "rfc", "dni",
                            "ruc", "domicilio", "profesion"}) {
        person->second.record().erase(key);
    }
}

}  // namespace

std::vector<std::string> list_items(const std::string& value) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < value.size()) {
        auto end = value.find('\n', start);
        if (end == std::string::npos) end = value.size();
        if (end > start) out.push_back(value.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

ContractWizardViewModel::ContractWizardViewModel(const Session& session, d::StaffRepository& staff,
                                                 d::InstitutionRepository& institutions, d::ContractDrafts& contracts,
                                                 document::TemplateLibrary templates, d::Date today)
    : people(session, staff),
      session_(session),
      staff_(staff),
      institutions_(institutions),
      contracts_(contracts),
      library_(std::move(templates)),
      today_(today) {
    session_.require(d::Permission::draft_contracts, "asistente de contratos");
    people.reload();
    for (const auto& i : institutions_.list()) {
        if (session_.user().covers(i.code)) {
            institution_ = institutions_.find(i.code);
            break;
        }
    }
}

bool ContractWizardViewModel::edit(const std::string& folio, const d::StoredContract& source) {
    error_.clear();
    auto person = staff_.find(source.staff_key);
    auto institution = institutions_.find(source.institution_code);
    auto parsed = document::parse_template(source.template_source, source.template_code);
    auto data = document::parse_json_data(source.data_json, folio);
    if (!person || !institution || !parsed.value || !data.value) {
        error_ = fill(tr("the contract {folio} cannot be corrected here: its person, institution, template or data can no "
                         "longer be read."),
                      {{"folio", folio}});
        return false;
    }
    person_ = std::move(*person);
    institution_ = std::move(*institution);
    template_ = std::move(*parsed.value);
    template_source_ = source.template_source;
    template_id_ = source.template_code;
    extra_ = std::move(*data.value);
    keep_contract_values(extra_, template_->info.person_prefix);
    chosen_ = source.signatories;
    typed_.clear();
    editing_ = folio;
    editing_data_ = source.data_json;
    redraft();
    step_ = Step::fields;
    return true;
}

bool ContractWizardViewModel::back() {
    if (step_ == Step::person || step_ == Step::done) return false;
    if (!editing_.empty() && step_ == Step::fields) return false;  // person and template stay
    step_ = static_cast<Step>(static_cast<int>(step_) - 1);
    error_.clear();
    return true;
}

bool ContractWizardViewModel::choose_person(std::size_t visible_row) {
    if (visible_row >= people.list.count()) return false;
    try {
        return choose_person_key(people.key_at(visible_row));
    } catch (const ServiceError& e) {
        error_ = e.what();
        return false;
    }
}

bool ContractWizardViewModel::choose_person_key(const std::string& key) {
    error_.clear();
    try {
        person_ = StaffService(session_, staff_).for_contract(key);
    } catch (const ServiceError& e) {
        person_.reset();
        error_ = e.what();
        return false;
    }
    if (!institution_) {
        error_ = tr("no institution is set up for this user; import one first (Configuración).");
        return false;
    }
    step_ = Step::template_choice;
    return true;
}

std::vector<document::TemplateEntry> ContractWizardViewModel::templates() const {
    std::vector<document::TemplateEntry> out;
    for (auto& t : library_.list()) {
        // Amendments are drafted from their contract, not here; another country's templates
        // follow another country's law.
        if (t.id == "convenio-modificatorio" || t.id == "adenda") continue;
        if (institution_ && !t.country.empty() && t.country != institution_->country) continue;
        out.push_back(std::move(t));
    }
    return out;
}

bool ContractWizardViewModel::choose_template(const std::string& id) {
    error_.clear();
    const auto entry = library_.find(id);
    if (!entry) {
        error_ = fill(tr("there is no template «{id}»."), {{"id", id}});
        return false;
    }
    return choose_template(*entry);
}

bool ContractWizardViewModel::choose_template(const document::TemplateEntry& entry) {
    error_.clear();
    if (!entry.usable()) {
        error_ = unusable_template_line(entry);
        return false;
    }
    if (institution_ && !entry.country.empty() && entry.country != institution_->country) {
        error_ = fill(tr("«{title}» is a template of {country}; {institution} drafts with the templates of {own}."),
                      {{"title", entry.title},
                       {"country", entry.country == "PE" ? tr("Peru") : tr("Mexico")},
                       {"institution", institution_->name},
                       {"own", institution_->country == "PE" ? tr("Peru") : tr("Mexico")}});
        return false;
    }
    const std::string& id = entry.id;
    template_source_ = document::read_file(entry.path).value_or("");
    auto parsed = document::parse_template(template_source_, entry.path.filename().string());
    if (!parsed.value) {  // changed since the list was read
        auto changed = entry;
        changed.problem = d::Finding("template.unreadable", d::Severity::error, entry.path.filename().string());
        for (const auto& f : parsed.findings) {
            if (f.severity == d::Severity::error) {
                changed.problem = f;
                break;
            }
        }
        error_ = unusable_template_line(changed);
        return false;
    }
    template_ = std::move(*parsed.value);
    if (template_id_ != id) typed_.clear();
    template_id_ = id;
    // Start from the template's example for what only this contract says (fee, term...);
    // the records fill the rest and the user corrects any of it.
    extra_ = document::DataValue();
    if (const auto example = library_.example_path(id)) {
        if (auto data = document::parse_json_data(document::read_file(*example).value_or(""), id); data.value) {
            extra_ = std::move(*data.value);
        }
    }
    keep_contract_values(extra_, template_->info.person_prefix);
    chosen_.clear();
    redraft();
    step_ = Step::fields;
    return true;
}

std::vector<std::string> ContractWizardViewModel::suggestions(const std::string& path) const {
    std::vector<std::string> out;
    if (!institution_) return out;
    const auto named = [&path](const char* key) { return path == key || path.ends_with(std::string(".") + key); };
    const auto add = [&out](const std::string& value) {
        if (!value.empty() && std::find(out.begin(), out.end(), value) == out.end()) out.push_back(value);
    };
    if (named("cuenta")) {
        for (const auto& a : institution_->accounts) add(a.code);
    } else if (named("unidad_informacion")) {
        for (const auto& a : institution_->accounts) add(a.information_unit);
    } else if (named("centro_costos")) {
        for (const auto& u : institution_->units) add(u.cost_centre);
    } else if (named("area") || named("unidad")) {
        for (const auto& u : institution_->units) add(u.name);
    }
    return out;
}

std::string ContractWizardViewModel::currency_symbol() const {
    return template_ && template_->info.currency == d::Currency::PEN ? "S/" : "$";
}

void ContractWizardViewModel::redraft() {
    draft_ = draft_contract(*template_, *institution_, *person_, chosen_, extra_, today_);
    const auto generated = generate_with_rules(*template_, draft_.data);
    const auto rules = detail::wizard_rule_errors(*template_, draft_.data);
    fields_.clear();
    for (const auto& f : template_->fields) {
        if (f.path.find('.') != std::string::npos && !f.path.empty()) {
            // Record fields of a list ("firmantes.nombre") belong to their list.
            const auto parent = f.path.substr(0, f.path.rfind('.'));
            bool is_record_field = false;
            for (const auto& g : template_->fields) {
                is_record_field = is_record_field || (g.path == parent && g.type == document::FieldType::registros);
            }
            if (is_record_field) continue;
        }
        WizardField w;
        w.path = f.path;
        w.label = f.label;
        w.help = f.help;
        w.type = f.type;
        w.required = f.required;
        w.editable = f.type != document::FieldType::registros;
        w.value = f.type == document::FieldType::registros ? tr("(from the signatories)") : value_text(draft_.data.find(f.path));
        if (f.type == document::FieldType::registros) {
            std::vector<std::string> keys;
            for (const auto& g : template_->fields) {
                if (g.path.starts_with(f.path + ".")) {
                    keys.push_back(g.path.substr(f.path.size() + 1));
                    w.columns.push_back(g.label.empty() ? keys.back() : g.label);
                }
            }
            if (const auto* list = draft_.data.find(f.path); list != nullptr && list->is_list()) {
                for (const auto& record : list->list()) {
                    std::vector<std::string> row;
                    for (const auto& key : keys) row.push_back(value_text(record.find(key)));
                    w.rows.push_back(std::move(row));
                }
            }
        }
        if (f.type == document::FieldType::sexo) {
            // «hombre» or «mujer», whatever the letters mean in the template's country.
            if (const auto sex = document::normalise_sex(w.value, template_->info.country)) w.value = *sex;
        }
        if (f.type == document::FieldType::importe) {
            // As the institution writes amounts («68,858.30»); what was typed stays when it is wrong.
            const auto amount = d::parse_money(w.value, template_->info.currency, f.path);
            if (amount.value && !d::has_errors(amount.findings)) w.value = d::format_amount_digits(*amount.value);
        }
        for (const auto& finding : generated.findings) {
            if (finding.field == f.path && finding.severity == d::Severity::error) w.error = locale::describe(finding);
        }
        // What the draft's checks and the data step's rules say of this field, beside it.
        for (const auto& finding : draft_.findings) {
            if (w.error.empty() && finding.field == f.path && finding.severity == d::Severity::error) {
                w.error = locale::describe(finding);
            }
        }
        if (const auto rule = rules.find(f.path); w.error.empty() && rule != rules.end()) w.error = rule->second;
        fields_.push_back(std::move(w));
    }
    // Signatories: every role the template needs, among the institution's valid ones.
    choices_.clear();
    const auto* signing = draft_.data.find("firma.fecha");
    std::optional<d::Date> on;
    if (signing != nullptr && signing->is_text()) on = d::parse_iso_date(signing->text()).value;
    for (auto& c : signatory_choices(template_->info, *institution_, on)) {
        const auto it = draft_.signatories.find(c.role);
        c.chosen = it != draft_.signatories.end() ? it->second : (c.options.empty() ? "" : c.options.front().first);
        choices_.push_back(std::move(c));
    }
}

void ContractWizardViewModel::set_field(const std::string& path, const std::string& value) {
    typed_[path] = value;
    for (const auto& f : template_->fields) {
        if (f.path != path) continue;
        if (f.type == document::FieldType::lista) {
            document::DataValue::List items;
            for (auto& item : list_items(value)) items.emplace_back(std::move(item));
            extra_.set(path, document::DataValue(std::move(items)));
        } else {
            extra_.set(path, document::DataValue(value));
        }
    }
    redraft();
}

bool ContractWizardViewModel::fields_done() {
    error_.clear();
    for (const auto& f : fields_) {
        if (!f.error.empty()) {
            error_ = fill(tr("correct the fields marked in red first ({field})."), {{"field", f.label}});
            return false;
        }
    }
    step_ = Step::signatories;
    return true;
}

void ContractWizardViewModel::choose_signatory(const std::string& role, const std::string& code) {
    chosen_[role] = code;
    redraft();
}

bool ContractWizardViewModel::signatories_done() {
    error_.clear();
    for (const auto& c : choices_) {
        if (c.options.empty()) {
            error_ = fill(tr("the institution has no signatory with the role «{role}» and valid powers; add one "
                             "(Firmantes)."),
                          {{"role", c.role}});
            return false;
        }
    }
    if (d::has_errors(draft_.findings)) {
        error_ = locale::describe(draft_.findings.front());
        return false;
    }
    const auto generated = generate_with_rules(*template_, draft_.data);
    if (!generated.document) {
        error_ = generated.findings.empty() ? tr("the contract cannot be generated.") : locale::describe(generated.findings.front());
        return false;
    }
    document_ = *generated.document;
    record_ = new_contract_record(*template_, template_source_, draft_, generated.data, *person_, institution_->code);
    findings_ = d::check_contract_text(contract_text_of(document::render_text(*document_, {})));
    // A year it pays in without an ISR table: its payments would be refused; said now.
    for (const auto year : years_without_tariff(record_.schedule, record_.regime, &*institution_)) {
        std::string fee_field = "importe";
        for (const auto& f : template_->fields) {
            if (f.type == document::FieldType::importe) {
                fee_field = f.path;
                break;
            }
        }
        findings_.push_back(d::Finding("withholding.no_tariff_yet", d::Severity::warning, fee_field)
                                .with("year", std::to_string(year)));
    }
    pdf::ContractPdfWriter writer;
    pdf_ = render_contract(*document_, OutputFormat::pdf, "", {}, &writer);
    step_ = Step::review;
    return true;
}

std::vector<std::string> ContractWizardViewModel::schedule_lines() const {
    std::vector<std::string> out;
    for (const auto& i : record_.schedule) {
        out.push_back(std::to_string(i.number) + ".  " + display_date(i.period_start.iso()) + " – " +
                      display_date(i.period_end.iso()) + "   " + d::format_money(i.amount));
    }
    return out;
}

std::vector<std::string> ContractWizardViewModel::finding_lines() const {
    std::vector<std::string> out;
    for (auto f : findings_) {
        // A field of the template is named by the label the form shows, not by its path.
        const auto field = std::find_if(fields_.begin(), fields_.end(), [&](const WizardField& w) { return w.path == f.field; });
        if (field != fields_.end() && !field->label.empty() && f.param("field_label").empty()) f.with("field_label", field->label);
        const std::string where = locale::locate(f);
        out.push_back(locale::severity_label(f.severity) + ": " + (where.empty() ? "" : where + ": ") + locale::describe(f));
    }
    return out;
}

std::optional<std::string> ContractWizardViewModel::finish(const std::filesystem::path& folder) {
    error_.clear();
    if (step_ != Step::review || !document_) return std::nullopt;
    if (d::has_errors(findings_)) {
        error_ = tr("the checker found errors in the contract; go back and correct them.");
        return std::nullopt;
    }
    try {
        std::string folio = editing_;
        if (editing_.empty()) {
            folio = contracts_.create(record_, session_.actor());
        } else {
            // Over the data the correction started from only: a change saved meanwhile from
            // another desk is kept, and this one stays on screen.
            auto revision = record_;
            revision.replaces = editing_data_;
            contracts_.revise(editing_, revision, session_.actor());
        }
        pdf::ContractPdfWriter writer;
        const auto names = contract_file_names(folder, folio);
        written_pdf_ = write_contract_file(*document_, folio, &*institution_, names.complete, false, contracts_,
                                           session_.actor(), writer).path;
        // The contract and its PDF are kept even when the public version fails its read-back.
        try {
            written_public_ = write_contract_file(*document_, folio, &*institution_, names.public_version, true,
                                                  contracts_, session_.actor(), writer).path;
            public_problem_.clear();
        } catch (const ServiceError& e) {
            written_public_.clear();
            public_problem_ = e.what();
        }
        step_ = Step::done;
        return folio;
    } catch (const d::ConcurrentEdit& e) {
        error_ = concurrent_edit_text(e);
        return std::nullopt;
    } catch (...) {
        // A rule breach reads as itself; a fault as a plain message, its detail in the log.
        const auto problem = current_problem();
        error_ = problem.kind == Problem::Kind::fault
                     ? tr("the contract could not be stored.") + " " + problem.message
                     : fill(tr("the contract could not be stored: {detail}"), {{"detail", problem.message}});
        return std::nullopt;
    }
}

namespace {

const char* step_name(ContractWizardViewModel::Step step) {
    switch (step) {
        case ContractWizardViewModel::Step::person: return "persona";
        case ContractWizardViewModel::Step::template_choice: return "plantilla";
        case ContractWizardViewModel::Step::fields: return "datos";
        case ContractWizardViewModel::Step::signatories: return "firmantes";
        case ContractWizardViewModel::Step::review: return "revision";
        case ContractWizardViewModel::Step::done: return "listo";
    }
    return "persona";
}

}  // namespace

std::string ContractWizardViewModel::draft_json() const {
    // A correction is not kept as a draft: resuming one would draft a new contract.
    if (!person_ || step_ == Step::done || !editing_.empty()) return {};
    nlohmann::json j;
    j["version"] = 1;
    j["persona"] = person_->key();
    j["nombre"] = person_->full_name();
    j["plantilla"] = template_ ? template_id_ : std::string();
    j["campos"] = typed_;
    j["firmantes"] = chosen_;
    j["paso"] = step_name(step_);
    return j.dump(2);
}

bool ContractWizardViewModel::resume(const std::string& json) {
    error_.clear();
    const auto j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("version", 0) != 1) {
        error_ = tr("the unfinished contract could not be read; start again.");
        return false;
    }
    const std::string reached = j.value("paso", "persona");
    if (!choose_person_key(j.value("persona", ""))) return false;
    const std::string id = j.value("plantilla", "");
    if (id.empty() || reached == "plantilla") return true;
    if (!choose_template(id)) return false;
    const auto typed = j.value("campos", nlohmann::json::object());
    for (const auto& [path, value] : typed.items()) {
        if (value.is_string()) set_field(path, value.get<std::string>());
    }
    // From here a step that no longer passes (a signatory's powers ended since) stops the
    // replay there, with its error shown, as if the user had just pressed «Siguiente».
    if (reached == "datos" || !fields_done()) return true;
    const auto chosen = j.value("firmantes", nlohmann::json::object());
    for (const auto& [role, code] : chosen.items()) {
        if (code.is_string()) choose_signatory(role, code.get<std::string>());
    }
    if (reached != "firmantes") (void)signatories_done();
    return true;
}

}  // namespace pacta::presentation
