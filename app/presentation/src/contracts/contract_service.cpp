#include "pacta/presentation/contracts/contract_service.h"

#include <cstdlib>
#include <limits>

#include <nlohmann/json.hpp>

#include "pacta/document/json_data.h"
#include "pacta/document/render.h"
#include "pacta/document/template_library.h"
#include "pacta/domain/contract_check.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/common/display_date.h"
#include "pacta/presentation/contracts/contract_drafting.h"
#include "pacta/presentation/contracts/contract_lifecycle.h"
#include "pacta/presentation/review/comparison.h"
#include "pacta/presentation/review/contract_reading.h"
#include "pacta/presentation/templates/installed_templates.h"
#include "pacta/presentation/payments/payment_schedule.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

std::string nothing_written() { return tr("nothing was written; correct the data above and run the command again."); }

// Warnings pass on; errors stop the use case with all findings.
void keep_warnings(const d::Findings& findings, d::Findings& warnings, const std::string& message) {
    if (d::has_errors(findings)) throw InvalidInput(message, findings);
    warnings.insert(warnings.end(), findings.begin(), findings.end());
}

std::string label(d::ContractState s) { return locale::contract_state_label(s); }

}  // namespace

std::string concurrent_edit_text(const d::ConcurrentEdit& e) {
    const std::string when = display_timestamp(e.at());
    const auto space = when.find(' ');
    return fill(tr("{who} saved contract {folio} on {date} at {time} while you were correcting it; nothing was written "
                   "over their change. Open the contract again to see it, and correct from there."),
                {{"who", e.who()}, {"folio", e.folio()}, {"date", when.substr(0, space)},
                 {"time", space == std::string::npos ? std::string() : when.substr(space + 1, 5)}});
}

TemplateWithSource load_template(const std::string& id_or_path) {
    fs::path template_path = id_or_path;
    std::optional<document::TemplateEntry> installed;
    if (!fs::exists(template_path)) {
        installed = installed_templates().find(id_or_path);
        if (!installed) {
            throw ServiceError(fill(tr("there is no template «{id}»; check its name, or give the path of a template "
                                       "file."),
                                    {{"id", id_or_path}}));
        }
        template_path = installed->path;
    }
    auto source = document::read_file(template_path).value_or("");
    auto parsed = document::parse_template(source, template_path.filename().string());
    // Its own errors, all of them; else what keeps it from use in the library (a second file
    // of the office with the same id).
    if (!d::has_errors(parsed.findings) && installed && installed->problem) parsed.findings = {*installed->problem};
    if (d::has_errors(parsed.findings) || !parsed.value) {
        throw InvalidInput(fill(tr("the template {file} cannot be used; correct it first."),
                                {{"file", template_path.filename().string()}}),
                           parsed.findings);
    }
    return {std::move(*parsed.value), std::move(source), std::move(parsed.findings)};
}

d::Institution contract_institution(d::Store& store, const std::string& code) {
    std::string institution_code = code;
    if (institution_code.empty()) {
        const auto all = store.institutions().list();
        if (all.size() != 1) throw AmbiguousInstitution(tr("say which institution the contract is for."));
        institution_code = all.front().code;
    }
    auto institution = store.institutions().find(institution_code);
    if (!institution) {
        throw ServiceError(fill(tr("there is no institution «{code}»; check its code."),
                                {{"code", institution_code}}));
    }
    return std::move(*institution);
}

Drafted ContractService::draft(const DraftRequest& request) {
    const auto institution = std::optional<d::Institution>(contract_institution(store_, request.institution_code));
    const std::string institution_code = institution->code;
    session_.require(d::Permission::draft_contracts, "contrato nuevo", institution_code);
    const auto person = store_.staff().find(request.person_key);
    if (!person) {
        throw ServiceError(fill(tr("nobody is recorded with «{key}»; search for the person by name, CURP or DNI."),
                                {{"key", request.person_key}}));
    }
    const auto& tmpl = request.tmpl->tmpl;
    Drafted out;
    auto draft = draft_contract(tmpl, *institution, *person, request.signatories, request.extra, request.today);
    keep_warnings(draft.findings, out.warnings, nothing_written());
    const auto generated = generate_with_rules(tmpl, draft.data);
    keep_warnings(generated.findings, out.warnings, nothing_written());
    const auto record = new_contract_record(tmpl, request.tmpl->source, draft, generated.data, *person, institution_code);
    out.folio = store_.drafts().create(record, session_.actor());
    out.person = person->full_name();
    return out;
}

std::vector<d::ContractSummary> ContractService::list() {
    session_.require(d::Permission::read_records, "contratos");
    d::ContractQuery query;
    query.institutions.assign(session_.user().institutions.begin(), session_.user().institutions.end());
    return store_.contracts().page(query, 0, std::numeric_limits<std::size_t>::max() / 2);
}

d::StoredContract ContractService::stored(const std::string& folio) {
    auto found = store_.contracts().find(folio);
    if (!found) {
        throw ServiceError(fill(tr("there is no contract «{folio}»; check its folio."),
                                {{"folio", folio}}));
    }
    return std::move(*found);
}

d::StoredContract ContractService::readable(const std::string& folio, const std::string& what) {
    auto contract = stored(folio);
    session_.require(d::Permission::read_records, what + " " + folio, contract.institution_code);
    return contract;
}

ContractView ContractService::view(const std::string& folio) {
    ContractView out{readable(folio, "contrato"), {}, {}};
    out.signed_documents = store_.lifecycle().signed_documents(folio);
    out.history = store_.lifecycle().history(folio);
    return out;
}

document::Generation ContractService::generate_stored(const d::StoredContract& contract) {
    // The exact template version the contract was made from, as stored.
    auto tmpl = document::parse_template(contract.template_source, contract.template_code);
    auto data = document::parse_json_data(contract.data_json, contract.folio);
    const auto cannot = fill(tr("the contract {folio} cannot be generated."), {{"folio", contract.folio}});
    if (!tmpl.value) throw InvalidInput(cannot, tmpl.findings);
    if (!data.value) throw InvalidInput(cannot, data.findings);
    auto generated = generate_with_rules(*tmpl.value, *data.value);
    label_template_fields(generated.findings, *tmpl.value);
    if (d::has_errors(generated.findings) || !generated.document) throw InvalidInput(cannot, generated.findings);
    return generated;
}

document::Generation ContractService::generated(const std::string& folio) {
    return generate_stored(readable(folio, "contrato"));
}

GeneratedFiles ContractService::generate(const std::string& folio, const fs::path& file,
                                         const std::optional<fs::path>& public_file) {
    const auto contract = stored(folio);
    session_.require(d::Permission::draft_contracts, "contrato " + folio, contract.institution_code);
    const auto generation = generate_stored(contract);
    const auto institution = store_.institutions().find(contract.institution_code);
    pdf::ContractPdfWriter writer;
    GeneratedFiles out{{}, generation.findings};
    const auto* inst = institution ? &*institution : nullptr;
    out.files.push_back(write_contract_file(*generation.document, folio, inst, file, false, store_.drafts(),
                                            session_.actor(), writer));
    if (public_file) {
        out.files.push_back(write_contract_file(*generation.document, folio, inst, *public_file, true, store_.drafts(),
                                                session_.actor(), writer));
    }
    return out;
}

GeneratedFiles ContractService::generate_public(const std::string& folio, const fs::path& public_file) {
    const auto contract = stored(folio);
    session_.require(d::Permission::draft_contracts, "contrato " + folio, contract.institution_code);
    const auto generation = generate_stored(contract);
    const auto institution = store_.institutions().find(contract.institution_code);
    pdf::ContractPdfWriter writer;
    GeneratedFiles out{{}, generation.findings};
    out.files.push_back(write_contract_file(*generation.document, folio, institution ? &*institution : nullptr,
                                            public_file, true, store_.drafts(), session_.actor(), writer));
    return out;
}

PublicVersionCheck ContractService::check_public_file(const std::string& folio, const fs::path& file) {
    const auto contract = stored(folio);
    session_.require(d::Permission::view_personal_data, "publica verificar " + folio, contract.institution_code);
    const auto bytes = read_public_candidate(file);
    const auto generation = generate_stored(contract);
    auto check = check_public_version(*generation.document, bytes, output_format(file).value_or(OutputFormat::pdf), file);
    const nlohmann::json detail{{"archivo", file.filename().string()},
                                {"resultado", !check.readable ? "ilegible" : check.leaks.empty() ? "limpio" : "con_datos"}};
    session_.record_access("consultar", "version_publica", folio, detail.dump());
    return check;
}

d::Findings ContractService::edit(const std::string& folio, const document::DataValue& changes) {
    ContractLifecycleService(session_, store_.lifecycle()).check_content_change(folio, d::Permission::draft_contracts);
    const auto contract = stored(folio);
    auto tmpl = document::parse_template(contract.template_source, contract.template_code);
    auto data = document::parse_json_data(contract.data_json, folio);
    if (!tmpl.value || !data.value) {
        throw ServiceError(fill(tr("the contract {folio} cannot be generated."), {{"folio", folio}}));
    }
    overlay_data(*data.value, changes);
    const auto generated = generate_with_rules(*tmpl.value, *data.value);
    d::Findings warnings;
    keep_warnings(generated.findings, warnings,
                  tr("nothing was changed; correct the data above and run the command again."));
    // Everything a draft says, recomputed from the new data; person, template, signatories,
    // regime and unit stay as stored.
    const Draft draft{*data.value, contract.signatories, {}};
    d::StaffMember person;
    if (auto found = store_.staff().find(contract.staff_key)) person = std::move(*found);
    person.regime = contract.regime;
    person.unit_code = contract.unit_code;
    auto record = new_contract_record(*tmpl.value, contract.template_source, draft, generated.data, person,
                                      contract.institution_code);
    record.staff_key = contract.staff_key;
    record.amends = contract.amends;
    if (!contract.amends.empty()) {
        record.schedule.clear();  // an amendment has no schedule of its own
    } else if (record.schedule.empty()) {
        // A template that does not compute one: the schedule on record (entered by hand) stays.
        for (const auto& i : store_.instalments().for_contract(folio)) record.schedule.push_back(i.record.plan);
    }
    // Over the data read above only: a change saved meanwhile from another desk is kept.
    record.replaces = contract.data_json;
    try {
        store_.drafts().revise(folio, record, session_.actor());
    } catch (const d::ConcurrentEdit& e) {
        throw ServiceError(concurrent_edit_text(e));
    }
    return warnings;
}

Drafted ContractService::amend(const std::string& folio, const document::DataValue& changes, d::Date today) {
    const auto original = stored(folio);
    session_.require(d::Permission::draft_contracts, "contrato " + folio, original.institution_code);
    if (original.state != d::ContractState::firmado && original.state != d::ContractState::vigente) {
        throw ServiceError(fill(tr("the contract {folio} is «{state}»: amendments are made to signed contracts in "
                                   "force; before signing, a draft is edited («contrato editar») or returned by legal "
                                   "review."),
                                {{"folio", folio}, {"state", label(original.state)}}));
    }
    const auto institution = store_.institutions().find(original.institution_code);
    const auto person = store_.staff().find(original.staff_key);
    if (!institution || !person) {
        throw ServiceError(fill(tr("the contract {folio} cannot be generated."), {{"folio", folio}}));
    }
    const bool peru = original.total.currency() == d::Currency::PEN;
    const auto loaded = load_template(peru ? "adenda" : "convenio-modificatorio");
    auto original_data = document::parse_json_data(original.data_json, folio);
    auto original_tmpl = document::parse_template(original.template_source, original.template_code);
    if (!original_data.value || !original_tmpl.value) {
        throw ServiceError(fill(tr("the contract {folio} cannot be generated."), {{"folio", folio}}));
    }
    // What the amendment takes from the original; the changes may say otherwise.
    const nlohmann::json base{
        {"contrato",
         {{"folio", folio},
          {"titulo", original_tmpl.value->info.title},
          {"fecha_firma", original.signing_date ? original.signing_date->iso() : std::string()}}},
        {"convenio", {{"numero", std::to_string(original.amendments.size() + 1)}}},
        {"institucion", {{"nombre", institution->name}}},
        {"firma", {{"fecha", today.iso()}}}};
    document::DataValue extra = *document::parse_json_data(base.dump(), folio).value;
    for (const char* path : {"firma.lugar", "firma.ejemplares", "firmantes"}) {
        if (const auto* v = original_data.value->find(path)) extra.set(path, *v);
    }
    overlay_data(extra, changes);
    Drafted out;
    out.person = original.person;
    out.warnings = loaded.warnings;
    auto draft = draft_contract(loaded.tmpl, *institution, *person, original.signatories, extra, today);
    keep_warnings(draft.findings, out.warnings, nothing_written());
    const auto generated = generate_with_rules(loaded.tmpl, draft.data);
    keep_warnings(generated.findings, out.warnings, nothing_written());
    auto record = new_contract_record(loaded.tmpl, loaded.source, draft, generated.data, *person, original.institution_code);
    record.total = d::Money(0, original.total.currency());
    record.start = original.start;
    record.end = original.end;
    record.regime = original.regime;
    record.unit_code = original.unit_code;
    record.budget_account = {};
    record.schedule.clear();
    record.amends = folio;
    out.folio = store_.drafts().create(record, session_.actor());
    return out;
}

PaperCopies ContractService::print_copies(const std::string& folio, std::optional<int> copies, const fs::path& file) {
    const auto contract = stored(folio);
    session_.require(d::Permission::draft_contracts, "contrato " + folio, contract.institution_code);
    if (contract.state != d::ContractState::aprobado) {
        throw ServiceError(fill(tr("the contract {folio} is «{state}»: the copies for signing are printed once legal "
                                   "review has approved it."),
                                {{"folio", folio}, {"state", label(contract.state)}}));
    }
    const auto generation = generate_stored(contract);
    PaperCopies out;
    if (copies) {
        out.copies = *copies;
    } else if (const auto* v = generation.data.find("firma.ejemplares"); v != nullptr && v->is_text()) {
        out.copies = std::atoi(v->text().c_str());
    }
    if (out.copies < 1 || out.copies > 20) {
        throw ServiceError(tr("say how many copies (1 to 20): the contract does not state it."));
    }
    const auto institution = store_.institutions().find(contract.institution_code);
    pdf::ContractPdfWriter writer;
    const std::string bytes = render_paper_copies(
        *generation.document, folio, out.copies,
        render_options(institution ? &*institution : nullptr, *generation.document, false), writer);
    platform::write_file_atomically(file, bytes);
    out.sha256 = platform::sha256_hex(bytes);
    session_.record_access(
        "crear", "copias_impresas", folio,
        nlohmann::json{{"archivo", fs::absolute(file).string()}, {"sha256", out.sha256}, {"ejemplares", out.copies}}.dump());
    return out;
}

document::Generation ContractService::generated_with_library(const std::string& folio) {
    auto contract = readable(folio, "comparar");
    std::map<std::string, std::string> texts;
    for (const auto& c : store_.clauses().approved()) texts[c.key] = c.text;
    if (texts.empty()) {
        throw ServiceError(tr("the clause library has no approved clause yet; add the clauses of a template and "
                              "have a legal reviewer approve them."));
    }
    contract.template_source = with_clause_texts(contract.template_source, texts);
    try {
        return generate_stored(contract);
    } catch (const InvalidInput& e) {
        throw InvalidInput(tr("the approved wording cannot be generated with this contract's data."), e.findings());
    }
}

std::optional<std::string> ContractService::stored_template(const std::string& code, int version) {
    session_.require(d::Permission::read_records, "plantilla " + code + "@" + std::to_string(version));
    return store_.contracts().template_source(code, version);
}

std::vector<ClauseName> ContractService::clause_names(const std::string& folio) {
    std::vector<ClauseName> out;
    try {
        const auto generation = generate_stored(stored(folio));
        for (const auto& b : generation.document->blocks) {
            if (b.kind == document::Block::Kind::clause) out.push_back({b.clause_key, b.clause_ordinal});
        }
    } catch (const InvalidInput&) {
        // A contract that cannot be generated has no clauses to name.
    }
    return out;
}

d::Findings ContractService::check(const std::string& folio) {
    const auto contract = readable(folio, "revisar");
    document::Generation generation;
    try {
        generation = generate_stored(contract);
    } catch (const InvalidInput& e) {
        return e.findings().empty() ? d::Findings{d::Finding("check.empty", d::Severity::error, "texto")} : e.findings();
    }
    d::CheckContext context;
    context.records_known = true;
    context.country = contract.total.currency() == d::Currency::PEN ? "PE" : "MX";
    // The person's other contracts under way: sent to review or further, not ended (drafts
    // and amendments aside).
    for (const auto& other : store_.contracts().of_person(contract.staff_key)) {
        if (other.folio == contract.folio || !other.amends.empty() ||
            other.folio == contract.amends) {
            continue;
        }
        if (other.state == d::ContractState::borrador || d::is_final(other.state)) continue;
        if (other.start && other.end) context.other_contracts.push_back({other.folio, *other.start, *other.end});
    }
    if (const auto institution = store_.institutions().find(contract.institution_code)) {
        for (const auto& [role, code] : contract.signatories) {
            for (const auto& s : institution->signatories) {
                if (s.code == code) context.signatories.push_back({s.name, s.valid_from, s.valid_to});
            }
        }
    }
    // The schedule adds up to the total until an early ending prorates and cancels it.
    if (contract.state != d::ContractState::terminado_anticipadamente && contract.state != d::ContractState::rescindido) {
        std::int64_t scheduled = 0;
        const auto instalments = store_.instalments().for_contract(contract.folio);
        for (const auto& i : instalments) scheduled += i.record.plan.amount.minor_units();
        if (!instalments.empty()) context.schedule_total_minor = scheduled;
    }
    auto findings = d::check_contract_text(contract_text_of(document::render_text(*generation.document, {})), context);
    if (const auto tmpl = document::parse_template(contract.template_source, contract.template_code); tmpl.value) {
        label_template_fields(findings, *tmpl.value);
    }
    return findings;
}

}  // namespace pacta::presentation
