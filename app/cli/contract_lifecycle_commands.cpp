// pacta-cli contrato estados|mover|editar|modificar|imprimir: a contract's life, from draft
// through legal review and signing to its end, and its amendments.
#include <filesystem>
#include <ostream>

#include <nlohmann/json.hpp>

#include "arguments.h"
#include "commands.h"
#include "contract_support.h"
#include "database_access.h"
#include "exit_codes.h"
#include "input_parsing.h"
#include "pacta/db/contract_lifecycle_repository.h"
#include "pacta/db/contract_repository.h"
#include "pacta/db/instalment_repository.h"
#include "pacta/db/institution_repository.h"
#include "pacta/db/review_repository.h"
#include "pacta/db/staff_repository.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/contract_drafting.h"
#include "pacta/presentation/contract_lifecycle.h"
#include "pacta/presentation/contract_output.h"
#include "pacta/presentation/payment_schedule.h"
#include "pacta/presentation/review_service.h"
#include "pacta/version.h"

namespace pacta::cli {

namespace {

namespace d = pacta::domain;
namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

std::string label(d::ContractState s) { return std::string(d::contract_state_label(s)); }

d::ContractState state_argument(const std::string& text) {
    if (auto s = d::contract_state_from_name(text)) return *s;
    std::string known;
    for (const auto s : d::all_contract_states()) known += (known.empty() ? "" : ", ") + std::string(d::contract_state_name(s));
    throw UsageError(fill(tr("unknown state «{state}»; the states are: {states}"), {{"state", text}, {"states", known}}));
}

// The JSON file named by --datos, or nullopt after reporting why it cannot be used.
std::optional<document::DataValue> changes_file(const Arguments& args, const std::string& usage, const Console& console) {
    const auto file = args.value("datos");
    if (!file) throw UsageError(usage);
    const auto bytes = document::read_file(*file);
    if (!bytes) throw UsageError(fill(tr("cannot read «{file}»"), {{"file", *file}}));
    auto read = document::parse_json_data(*bytes, *file);
    if (!console.report_all(read.findings) || !read.value) return std::nullopt;
    return std::move(*read.value);
}

db::ContractRecord find_contract(db::Database& database, const std::string& folio) {
    auto record = db::SqliteContractRepository(database).find(folio);
    if (!record) {
        throw presentation::ServiceError(fill(tr("there is no contract «{folio}»; «pacta-cli contrato listar» shows them."),
                                              {{"folio", folio}}));
    }
    return *record;
}

}  // namespace

int contract_states(const Arguments& args, const Console& console) {
    const auto& folio = args.positionals()[1];
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    db::SqliteContractLifecycleRepository lifecycle(ws->database);
    presentation::ContractLifecycleService service(ws->session(), lifecycle);
    const auto status = service.status(folio);
    const auto moves = service.available_moves(folio);
    console.out << fill(tr("Contract {folio}: {state}."), {{"folio", folio}, {"state", label(status.state)}}) << '\n';
    if (moves.empty()) {
        console.out << fill(tr("{user} has no move to make on it."), {{"user", ws->session().actor()}}) << '\n';
        return exit_ok;
    }
    console.out << fill(tr("Moves {user} may make:"), {{"user", ws->session().actor()}}) << '\n';
    for (const auto& m : moves) {
        std::string needs;
        if (m.reason_required) needs += " --motivo \"...\"";
        if (m.signed_document_required) needs += " --archivo " + tr("SIGNED_FILE");
        console.out << "  " << label(m.to) << "\t";
        if (m.by_termination) {
            console.out << "pacta-cli contrato terminar " << folio << " --fecha " << tr("DATE") << " --causa "
                        << (m.to == d::ContractState::rescindido ? "rescision" : "aviso|interrupcion") << needs << '\n';
        } else {
            console.out << "pacta-cli contrato mover " << folio << ' ' << d::contract_state_name(m.to) << needs << '\n';
        }
    }
    return exit_ok;
}

int move_contract(const Arguments& args, const Console& console) {
    args.require_positionals(3, 3, "FOLIO " + tr("STATE"));
    const auto& folio = args.positionals()[1];
    const auto to = state_argument(args.positionals()[2]);
    std::optional<fs::path> signed_file;
    if (const auto f = args.value("archivo")) signed_file = *f;
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    db::SqliteContractLifecycleRepository lifecycle(ws->database);
    presentation::ContractLifecycleService service(ws->session(), lifecycle, signed_documents_dir());
    service.set_pre_review_check([&](const std::string& f) {
        return check_stored_contract(ws->database, find_contract(ws->database, f), console);
    });
    db::SqliteReviewComments comments(ws->database);
    db::SqliteReviewChecklist checklist(ws->database);
    service.set_approval_check([&](const std::string& f) {
        return presentation::ReviewService(ws->session(), comments, lifecycle).approval_blocker(f, checklist);
    });
    const auto from = service.status(folio).state;
    try {
        service.move(folio, to, args.value("motivo").value_or(""), signed_file);
    } catch (const presentation::ReviewBlocked& blocked) {
        print_findings(folio, blocked.findings(), console);
        throw;
    }
    console.out << fill(tr("Contract {folio}: {from} → {to}."), {{"folio", folio}, {"from", label(from)}, {"to", label(to)}})
                << '\n';
    if (to == d::ContractState::firmado) {
        for (const auto& doc : lifecycle.signed_documents(folio)) {
            if (doc.signers.empty()) {
                console.out << fill(tr("Signed document (scan): {file}  sha256 {sha}"), {{"file", doc.path}, {"sha", doc.sha256}})
                            << '\n';
            }
            for (const auto& s : doc.signers) {
                console.out << fill(tr("Valid digital signature by {name} ({time})."), {{"name", s.name}, {"time", s.signing_time}})
                            << '\n';
            }
        }
    }
    return exit_ok;
}

// The content of a draft, or of a contract returned by legal review.
int edit_contract(const Arguments& args, const Console& console) {
    const auto& folio = args.positionals()[1];
    const auto changes = changes_file(args, tr("«contrato editar» needs --datos CHANGES.json"), console);
    if (!changes) return exit_invalid;
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    db::SqliteContractLifecycleRepository lifecycle(ws->database);
    presentation::ContractLifecycleService(ws->session(), lifecycle).check_content_change(folio, d::Permission::draft_contracts);
    const auto record = find_contract(ws->database, folio);
    auto tmpl = document::parse_template(record.template_source, record.template_code);
    auto data = document::parse_json_data(record.data_json, folio);
    if (!tmpl.value || !data.value) return exit_invalid;
    presentation::overlay_data(*data.value, *changes);
    const auto generated = document::generate(*tmpl.value, *data.value);
    if (!console.report_all(generated.findings)) {
        console.error(tr("nothing was changed; correct the data above and run the command again."));
        return exit_invalid;
    }
    const auto content = content_of(*tmpl.value, generated.data, document::to_json_text(*data.value));
    db::SqliteContractRepository(ws->database).update_content(folio, content, ws->session().actor());
    if (record.amends.empty()) {
        // The schedule follows the amount and the term.
        const auto rules = presentation::load_installed_rule_data(tmpl.value->info.currency);
        const auto schedule = presentation::contract_schedule(*tmpl.value, generated.data, rules.calendar);
        if (!schedule.empty()) db::SqliteInstalmentRepository(ws->database).replace_schedule(folio, schedule, ws->session().actor());
    }
    console.out << fill(tr("Contract {folio} updated."), {{"folio", folio}}) << '\n';
    return exit_ok;
}

// An amendment ("convenio modificatorio", in Peru "adenda") of a signed contract.
int amend_contract(const Arguments& args, const Console& console) {
    const auto& folio = args.positionals()[1];
    const auto changes = changes_file(args, tr("«contrato modificar» needs --datos CHANGES.json (motivo and modificaciones)"),
                                      console);
    if (!changes) return exit_invalid;
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    db::SqliteContractLifecycleRepository lifecycle(ws->database);
    presentation::ContractLifecycleService service(ws->session(), lifecycle);
    const auto status = service.status(folio);
    ws->session().require(d::Permission::draft_contracts, "contrato " + folio, status.institution_code);
    if (status.state != d::ContractState::firmado && status.state != d::ContractState::vigente) {
        console.error(fill(tr("the contract {folio} is «{state}»: amendments are made to signed contracts in force; "
                              "before signing, a draft is edited («contrato editar») or returned by legal review."),
                           {{"folio", folio}, {"state", label(status.state)}}));
        return exit_invalid;
    }
    const auto original = find_contract(ws->database, folio);
    const auto institution = db::SqliteInstitutionRepository(ws->database).find(original.institution_code);
    const auto person = db::SqliteStaffRepository(ws->database).find(original.staff_key);
    if (!institution || !person) return exit_invalid;
    const bool peru = original.currency == "PEN";
    const auto loaded = load_template_with_source(peru ? "adenda" : "convenio-modificatorio", console);
    if (!loaded) return exit_invalid;
    auto original_data = document::parse_json_data(original.data_json, folio);
    auto original_tmpl = document::parse_template(original.template_source, original.template_code);
    if (!original_data.value || !original_tmpl.value) return exit_invalid;

    // What the amendment takes from the original; the changes file may say otherwise.
    nlohmann::json base{{"contrato",
                         {{"folio", folio}, {"titulo", original_tmpl.value->info.title}, {"fecha_firma", original.signing_date}}},
                        {"convenio", {{"numero", std::to_string(original.amendments.size() + 1)}}},
                        {"institucion", {{"nombre", institution->name}}},
                        {"firma", {{"fecha", today().iso()}}}};
    document::DataValue extra = *document::parse_json_data(base.dump(), folio).value;
    for (const char* path : {"firma.lugar", "firma.ejemplares", "firmantes"}) {
        if (const auto* v = original_data.value->find(path)) extra.set(path, *v);
    }
    presentation::overlay_data(extra, *changes);
    auto draft = presentation::draft_contract(loaded->tmpl, *institution, *person, original.signatories, extra, today());
    if (!console.report_all(draft.findings)) return exit_invalid;
    const auto generated = document::generate(loaded->tmpl, draft.data);
    if (!console.report_all(generated.findings)) {
        console.error(tr("nothing was written; correct the data above and run the command again."));
        return exit_invalid;
    }
    const auto content = content_of(loaded->tmpl, generated.data, document::to_json_text(draft.data));
    db::ContractDraft record;
    record.institution_code = original.institution_code;
    record.template_code = loaded->tmpl.info.id;
    record.template_version = loaded->tmpl.info.version;
    record.template_title = loaded->tmpl.info.title;
    record.template_source = loaded->source;
    record.staff_key = original.staff_key;
    record.data_json = content.data_json;
    record.currency = original.currency;
    record.signing_date = content.signing_date;
    record.start_date = original.start_date;
    record.end_date = original.end_date;
    record.signatories = draft.signatories;
    record.amends = folio;
    const std::string amendment = db::SqliteContractRepository(ws->database).create(record, ws->session().actor());
    console.out << fill(tr("Amendment {amendment} of contract {folio} drafted; it goes through legal review and "
                           "signing like any contract."),
                        {{"amendment", amendment}, {"folio", folio}})
                << '\n';
    return exit_ok;
}

// The copies to sign by hand, each page marked with its copy number.
int print_copies(const Arguments& args, const Console& console) {
    const auto& folio = args.positionals()[1];
    const auto output = args.value("salida");
    if (!output || fs::path(*output).extension() != ".pdf") {
        throw UsageError(tr("«contrato imprimir» needs --salida FILE.pdf"));
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    db::SqliteContractLifecycleRepository lifecycle(ws->database);
    const auto status = presentation::ContractLifecycleService(ws->session(), lifecycle).status(folio);
    ws->session().require(d::Permission::draft_contracts, "contrato " + folio, status.institution_code);
    if (status.state != d::ContractState::aprobado) {
        console.error(fill(tr("the contract {folio} is «{state}»: the copies for signing are printed once legal review "
                              "has approved it."),
                           {{"folio", folio}, {"state", label(status.state)}}));
        return exit_invalid;
    }
    const auto record = find_contract(ws->database, folio);
    const auto generated = regenerate(record, console);
    if (!generated) return exit_invalid;
    int copies = 0;
    if (const auto text = args.value("ejemplares")) {
        const auto n = parse_integer(*text, "ejemplares", console);
        if (!n) return exit_invalid;
        copies = static_cast<int>(*n);
    } else if (const auto* v = generated->data.find("firma.ejemplares"); v != nullptr && v->is_text()) {
        copies = std::atoi(v->text().c_str());
    }
    if (copies < 1 || copies > 20) {
        console.error(tr("say how many copies with --ejemplares N (1 to 20): the contract does not state it."));
        return exit_invalid;
    }
    const auto institution = db::SqliteInstitutionRepository(ws->database).find(record.institution_code);
    pdf::ContractPdfWriter writer;
    const std::string bytes = presentation::render_paper_copies(
        *generated->document, folio, copies, render_options(institution, *generated->document, false),
        std::string("Pacta ") + pacta::version, writer);
    platform::write_file_atomically(*output, bytes);
    const std::string sha = platform::sha256_hex(bytes);
    ws->session().record_access("crear", "copias_impresas", folio,
                             nlohmann::json{{"archivo", fs::absolute(*output).string()}, {"sha256", sha}, {"ejemplares", copies}}
                                 .dump());
    console.out << fill(tr("{count} numbered copies of {folio} for signing: {file}  sha256 {sha}"),
                        {{"count", std::to_string(copies)}, {"folio", folio}, {"file", *output}, {"sha", sha}})
                << '\n';
    return exit_ok;
}

}  // namespace pacta::cli
