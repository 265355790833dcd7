// pacta-cli contrato nuevo|generar|descargar|listar|ver: contracts made from the records.
#include <filesystem>
#include <map>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "input_parsing.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/locale/labels.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/presentation/contracts/contract_import.h"
#include "pacta/presentation/contracts/contract_lifecycle.h"
#include "pacta/presentation/contracts/contract_output.h"
#include "pacta/presentation/contracts/contract_service.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;
namespace fs = std::filesystem;


// The JSON file named by `option`, or an empty record.
document::DataValue data_file(const Arguments& args, const std::string& option) {
    const auto file = args.value(option);
    if (!file) return {};
    auto read = document::parse_json_data(document::read_file(*file).value_or(""), *file);
    if (!read.value) throw presentation::InvalidInput(tr("nothing was written; correct the data above and run the command again."),
                                                      read.findings);
    return std::move(*read.value);
}

std::string date_text(const std::optional<domain::Date>& date) { return date ? date->iso() : std::string(); }

int new_contract(const Arguments& args, const Console& console) {
    const auto template_id = args.value("plantilla");
    const auto person_key = args.value("persona");
    if (!template_id || !person_key) throw UsageError(tr("«contrato nuevo» needs --plantilla and --persona"));
    // First: on the office server, opening brings the office's own templates to this desk.
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto tmpl = presentation::load_template(*template_id);
    console.report_all(tmpl.warnings);
    presentation::DraftRequest request;
    request.tmpl = &tmpl;
    request.extra = data_file(args, "datos");
    for (const auto& pair : args.values("firmante")) {
        const auto eq = pair.find('=');
        if (eq == std::string::npos) throw UsageError(fill(tr("«--firmante» takes ROLE=CODE, not «{value}»"), {{"value", pair}}));
        request.signatories[pair.substr(0, eq)] = pair.substr(eq + 1);
    }
    request.institution_code = args.value("institucion").value_or("");
    request.person_key = *person_key;
    request.today = today();
    const auto drafted = ws->contracts().draft(request);
    console.report_all(drafted.warnings);
    console.out << fill(tr("Contract {folio} drafted for {person} from {template} version {version}."),
                        {{"folio", drafted.folio},
                         {"person", drafted.person},
                         {"template", tmpl.tmpl.info.id},
                         {"version", std::to_string(tmpl.tmpl.info.version)}})
                << '\n';
    return exit_ok;
}

int import_contracts(const Arguments& args, const Console& console) {
    const auto template_id = args.value("plantilla");
    if (!template_id) throw UsageError(tr("«contrato importar» needs the spreadsheet and --plantilla"));
    auto ws = open_workspace(console);  // first: see new_contract
    if (!ws) return exit_invalid;
    const auto tmpl = presentation::load_template(*template_id);
    console.report_all(tmpl.warnings);
    presentation::ContractImportRequest request;
    request.tmpl = &tmpl;
    request.common = data_file(args, "datos");
    for (const auto& pair : args.values("firmante")) {
        const auto eq = pair.find('=');
        if (eq == std::string::npos) throw UsageError(fill(tr("«--firmante» takes ROLE=CODE, not «{value}»"), {{"value", pair}}));
        request.signatories[pair.substr(0, eq)] = pair.substr(eq + 1);
    }
    request.institution_code = args.value("institucion").value_or("");
    request.today = today();
    request.table = presentation::read_table_file(args.positionals().at(1));
    const auto report = ws->contract_import().import(request);
    for (const auto& row : report.rows) {
        for (const auto& f : row.findings) {
            if (f.severity != domain::Severity::error) continue;
            console.err << fill(tr("row {row}"), {{"row", std::to_string(row.row)}}) << ": "
                        << locale::severity_label(f.severity) << ": " << locale::describe(f) << '\n';
        }
        if (!row.folio.empty()) console.out << row.folio << '\t' << row.person << '\n';
    }
    if (report.refused > 0) {
        console.error(fill(locale::trn("{refused} of {rows} rows has errors; nothing was recorded. Correct it and "
                                       "run the command again.",
                                       "{refused} of {rows} rows have errors; nothing was recorded. Correct them and "
                                       "run the command again.",
                                       static_cast<long>(report.refused)),
                           {{"refused", std::to_string(report.refused)}, {"rows", std::to_string(report.rows.size())}}));
        return exit_invalid;
    }
    console.out << fill(tr("Contracts recorded: {count}."), {{"count", std::to_string(report.recorded)}}) << '\n';
    return exit_ok;
}

int generate_contract(const Arguments& args, const Console& console) {
    const std::string folio = args.positionals().at(1);
    const auto output = args.value("salida");
    if (!output || !presentation::output_format(*output)) {
        throw UsageError(tr("«contrato generar» needs --salida ending in .pdf, .txt or .html"));
    }
    std::optional<fs::path> public_file;
    if (const auto p = args.value("version-publica")) public_file = *p;
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto generated = ws->contracts().generate(folio, *output, public_file);
    console.report_all(generated.warnings);
    for (const auto& written : generated.files) console.out << written.path.string() << "  sha256 " << written.sha256 << '\n';
    return exit_ok;
}

int list_contracts(const Console& console) {
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto contracts = ws->contracts().list();
    // Oldest first, as a register reads.
    for (auto it = contracts.rbegin(); it != contracts.rend(); ++it) {
        const auto& c = *it;
        console.out << c.folio << '\t' << locale::contract_state_label(c.state) << '\t' << c.person << '\t'
                    << c.template_code << " v" << c.template_version << '\t' << domain::format_money(c.total) << '\n';
    }
    return exit_ok;
}

int show_contract(const std::string& folio, const Console& console) {
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto view = ws->contracts().view(folio);
    const auto& c = view.contract;
    console.out << tr("Folio") << ": " << c.folio << '\n'
                << tr("State") << ": " << locale::contract_state_label(c.state) << '\n'
                << tr("Person") << ": " << c.person << " (" << c.staff_key << ")\n"
                << tr("Template") << ": " << c.template_code << " v" << c.template_version << '\n'
                << tr("Amount") << ": " << domain::format_money(c.total) << '\n'
                << tr("Signing date") << ": " << date_text(c.signing_date) << '\n'
                << tr("Term") << ": " << date_text(c.start) << " – " << date_text(c.end) << '\n';
    if (!c.drafted_by.empty()) console.out << tr("Drafted by") << ": " << c.drafted_by << '\n';
    if (!c.amends.empty()) console.out << tr("Amends") << ": " << c.amends << '\n';
    for (const auto& a : c.amendments) console.out << tr("Amendment") << ": " << a << '\n';
    for (const auto& [role, code] : c.signatories) console.out << tr("Signatory") << " " << role << ": " << code << '\n';
    for (const auto& f : c.files) console.out << tr("File") << " " << f.kind << ": " << f.path << "  sha256 " << f.sha256 << '\n';
    for (const auto& doc : view.signed_documents) {
        console.out << (doc.digital ? tr("Digitally signed document") : tr("Signed document (scan)")) << ": " << doc.path
                    << "  sha256 " << doc.sha256 << '\n';
        for (const auto& s : doc.signers) console.out << "  " << tr("Signed by") << ": " << s.name << " (" << s.signing_time << ")\n";
    }
    for (const auto& h : view.history) console.out << presentation::history_line(h) << '\n';
    return exit_ok;
}

// The newest file of the kind asked for, from the store (on the office server, whichever desk
// wrote it), written under a temporary name and renamed.
int download_contract_file(const Arguments& args, const Console& console) {
    using Kind = presentation::ContractDocument::Kind;
    const std::string folio = args.positionals().at(1);
    const auto output = args.value("salida");
    if (!output) throw UsageError(tr("«contrato descargar» needs --salida FILE"));
    const std::string kind_name = args.value("tipo").value_or("completo");
    const std::map<std::string, Kind> kinds{{"completo", Kind::complete}, {"publico", Kind::public_version},
                                            {"firmado", Kind::signed_copy}};
    const auto kind = kinds.find(kind_name);
    if (kind == kinds.end()) {
        throw UsageError(fill(tr("unknown --tipo «{kind}»; use completo, publico or firmado"), {{"kind", kind_name}}));
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    auto documents = ws->documents();
    std::optional<presentation::ContractDocument> newest;
    for (const auto& doc : documents.list(folio)) {
        if (doc.kind == kind->second) newest = doc;
    }
    if (!newest) {
        console.error(fill(tr("contract {folio} keeps no file of that kind; «pacta-cli contrato ver {folio}» lists its files."),
                           {{"folio", folio}}));
        return exit_invalid;
    }
    platform::write_file_atomically(*output, documents.contents(folio, newest->sha256));
    console.out << *output << "  sha256 " << newest->sha256 << '\n';
    return exit_ok;
}

}  // namespace

int run_contract(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"plantilla", true}, {"persona", true}, {"institucion", true},
                                               {"firmante", true}, {"datos", true}, {"salida", true},
                                               {"version-publica", true}, {"fecha", true}, {"causa", true},
                                               {"motivo", true}, {"aviso", true}, {"archivo", true},
                                               {"ejemplares", true}, {"tipo", true}, {"campo", true},
                                               {"cer", true}, {"key", true}, {"p12", true},
                                               {"pkcs11", true}, {"token-label", true},
                                               {"clave-firma-stdin", false}});
    if (args.wants_help()) {
        console.out << contract_help();
        return exit_ok;
    }
    args.require_positionals(1, 3, tr("SUBCOMMAND"));
    const std::string& sub = args.positionals()[0];
    if (sub == "nuevo") return new_contract(args, console);
    if (sub == "listar") return list_contracts(console);
    if (sub == "mover") return move_contract(args, console);
    args.require_positionals(2, 2, "FOLIO");
    if (sub == "terminar") return terminate_contract(args, console);
    if (sub == "importar") return import_contracts(args, console);
    if (sub == "generar") return generate_contract(args, console);
    if (sub == "ver") return show_contract(args.positionals()[1], console);
    if (sub == "estados") return contract_states(args, console);
    if (sub == "editar") return edit_contract(args, console);
    if (sub == "modificar") return amend_contract(args, console);
    if (sub == "imprimir") return print_copies(args, console);
    if (sub == "descargar") return download_contract_file(args, console);
    if (sub == "firmar") return sign_contract(args, console);
    if (sub == "firmas") return list_signature_fields(args, console);
    throw UsageError(fill(tr("unknown subcommand «{name}» of «contrato»; use nuevo, importar, listar, ver, generar, descargar, "
                             "firmar, firmas, estados, mover, editar, modificar, imprimir or terminar"),
                          {{"name", sub}}));
}

}  // namespace pacta::cli
