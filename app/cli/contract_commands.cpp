// pacta-cli contrato nuevo|generar|listar|ver: contracts made from the records.
#include <filesystem>
#include <memory>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "contract_support.h"
#include "database_access.h"
#include "exit_codes.h"
#include "input_parsing.h"
#include "pacta/db/contract_lifecycle_repository.h"
#include "pacta/db/contract_repository.h"
#include "pacta/db/institution_repository.h"
#include "pacta/db/staff_repository.h"
#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/paths.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/contract_drafting.h"
#include "pacta/presentation/contract_output.h"
#include "pacta/presentation/payment_schedule.h"
#include "pacta/version.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;
namespace fs = std::filesystem;


int new_contract(const Arguments& args, const Console& console) {
    const auto template_id = args.value("plantilla");
    const auto person_key = args.value("persona");
    if (!template_id || !person_key) throw UsageError(tr("«contrato nuevo» needs --plantilla and --persona"));
    const auto loaded = load_template_with_source(*template_id, console);
    if (!loaded) return exit_invalid;
    const auto& tmpl = loaded->tmpl;
    const auto& source = loaded->source;

    document::DataValue extra;
    if (const auto file = args.value("datos")) {
        auto read = document::parse_json_data(document::read_file(*file).value_or(""), *file);
        if (!console.report_all(read.findings) || !read.value) return exit_invalid;
        extra = std::move(*read.value);
    }
    std::map<std::string, std::string> chosen;
    for (const auto& pair : args.values("firmante")) {
        const auto eq = pair.find('=');
        if (eq == std::string::npos) throw UsageError(fill(tr("«--firmante» takes ROLE=CODE, not «{value}»"), {{"value", pair}}));
        chosen[pair.substr(0, eq)] = pair.substr(eq + 1);
    }

    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    auto* database = &ws->database;
    db::SqliteInstitutionRepository institutions(*database);
    std::string institution_code = args.value("institucion").value_or("");
    if (institution_code.empty()) {
        const auto all = institutions.list();
        if (all.size() != 1) throw UsageError(tr("say which institution with --institucion CODE."));
        institution_code = all.front().code;
    }
    const auto institution = institutions.find(institution_code);
    if (!institution) {
        console.error(fill(tr("there is no institution «{code}»; «pacta-cli institucion listar» shows them."),
                           {{"code", institution_code}}));
        return exit_invalid;
    }
    ws->session().require(domain::Permission::draft_contracts, "contrato nuevo", institution_code);
    const auto person = db::SqliteStaffRepository(*database).find(*person_key);
    if (!person) {
        console.error(fill(tr("nobody is recorded with «{key}»; «pacta-cli personal buscar» finds people."),
                           {{"key", *person_key}}));
        return exit_invalid;
    }
    auto draft = presentation::draft_contract(tmpl, *institution, *person, chosen, extra, today());
    if (!console.report_all(draft.findings)) return exit_invalid;
    const auto generated = document::generate(tmpl, draft.data);
    if (!console.report_all(generated.findings)) {
        console.error(tr("nothing was written; correct the data above and run the command again."));
        return exit_invalid;
    }

    const auto record = presentation::new_contract_record(tmpl, source, draft, generated.data, *person, institution_code);
    const std::string folio = db::SqliteContractRepository(*database).create(record, ws->session().actor());
    console.out << fill(tr("Contract {folio} drafted for {person} from {template} version {version}."),
                        {{"folio", folio},
                         {"person", person->full_name()},
                         {"template", tmpl.info.id},
                         {"version", std::to_string(tmpl.info.version)}})
                << '\n';
    return exit_ok;
}

int generate_contract(const Arguments& args, const Console& console) {
    const std::string folio = args.positionals().at(1);
    const auto output = args.value("salida");
    if (!output || !presentation::output_format(*output)) {
        throw UsageError(tr("«contrato generar» needs --salida ending in .pdf, .txt or .html"));
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    auto* database = &ws->database;
    db::SqliteContractRepository contracts(*database);
    const auto record = contracts.find(folio);
    if (!record) {
        console.error(fill(tr("there is no contract «{folio}»; «pacta-cli contrato listar» shows them."), {{"folio", folio}}));
        return exit_invalid;
    }
    ws->session().require(domain::Permission::draft_contracts, "contrato " + folio, record->institution_code);
    const auto generated = regenerate(*record, console);
    if (!generated) return exit_invalid;
    const auto institution = db::SqliteInstitutionRepository(*database).find(record->institution_code);
    std::unique_ptr<pdf::ContractPdfWriter> writer;
    auto write = [&](const fs::path& path, bool public_version) {
        const auto render = render_options(institution, *generated->document, public_version);
        const auto format = *presentation::output_format(path);
        if (format == presentation::OutputFormat::pdf && !writer) writer = std::make_unique<pdf::ContractPdfWriter>();
        const std::string bytes = presentation::render_contract(*generated->document, format, folio, render,
                                                                std::string("Pacta ") + pacta::version, writer.get());
        platform::write_file_atomically(path, bytes);
        const std::string sha = platform::sha256_hex(bytes);
        contracts.add_file(folio, {public_version ? "publico" : "completo", fs::absolute(path).string(), sha, ""},
                           ws->session().actor());
        console.out << path.string() << "  sha256 " << sha << '\n';
    };
    write(*output, false);
    if (const auto p = args.value("version-publica")) write(*p, true);
    return exit_ok;
}

std::string money_text(std::int64_t minor, const std::string& currency) {
    return domain::format_money(domain::Money(minor, domain::currency_from_code(currency).value_or(domain::Currency::MXN)));
}

int list_contracts(const Console& console) {
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    ws->session().require(domain::Permission::read_records, "contratos");
    for (const auto& c : db::SqliteContractRepository(ws->database).list()) {
        if (!ws->session().user().covers(c.institution_code)) continue;
        const auto state = domain::contract_state_from_name(c.state);
        console.out << c.folio << '\t' << (state ? domain::contract_state_label(*state) : c.state) << '\t' << c.person_name
                    << '\t' << c.template_code << " v" << c.template_version << '\t'
                    << money_text(c.total_minor, c.currency) << '\n';
    }
    return exit_ok;
}

int show_contract(const std::string& folio, const Console& console) {
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto c = db::SqliteContractRepository(ws->database).find(folio);
    if (!c) {
        console.error(fill(tr("there is no contract «{folio}»; «pacta-cli contrato listar» shows them."), {{"folio", folio}}));
        return exit_invalid;
    }
    ws->session().require(domain::Permission::read_records, "contrato " + folio, c->institution_code);
    const auto state = domain::contract_state_from_name(c->state);
    console.out << tr("Folio") << ": " << c->folio << '\n'
                << tr("State") << ": " << (state ? domain::contract_state_label(*state) : c->state) << '\n'
                << tr("Person") << ": " << c->person_name << " (" << c->staff_key << ")\n"
                << tr("Template") << ": " << c->template_code << " v" << c->template_version << '\n'
                << tr("Amount") << ": " << money_text(c->total_minor, c->currency) << '\n'
                << tr("Signing date") << ": " << c->signing_date << '\n'
                << tr("Term") << ": " << c->start_date << " – " << c->end_date << '\n';
    if (!c->drafted_by.empty()) console.out << tr("Drafted by") << ": " << c->drafted_by << '\n';
    if (!c->amends.empty()) console.out << tr("Amends") << ": " << c->amends << '\n';
    for (const auto& a : c->amendments) console.out << tr("Amendment") << ": " << a << '\n';
    for (const auto& [role, code] : c->signatories) console.out << tr("Signatory") << " " << role << ": " << code << '\n';
    for (const auto& f : c->files) console.out << tr("File") << " " << f.kind << ": " << f.path << "  sha256 " << f.sha256 << '\n';
    db::SqliteContractLifecycleRepository lifecycle(ws->database);
    for (const auto& doc : lifecycle.signed_documents(folio)) {
        console.out << (doc.digital ? tr("Digitally signed document") : tr("Signed document (scan)")) << ": " << doc.path
                    << "  sha256 " << doc.sha256 << '\n';
        for (const auto& s : doc.signers) console.out << "  " << tr("Signed by") << ": " << s.name << " (" << s.signing_time << ")\n";
    }
    for (const auto& h : lifecycle.history(folio)) {
        console.out << h.at << "  " << h.actor << "  " << domain::contract_state_label(h.from) << " → "
                    << domain::contract_state_label(h.to) << (h.reason.empty() ? "" : "  «" + h.reason + "»") << '\n';
    }
    return exit_ok;
}

}  // namespace

int run_contract(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"plantilla", true}, {"persona", true}, {"institucion", true},
                                               {"firmante", true}, {"datos", true}, {"salida", true},
                                               {"version-publica", true}, {"fecha", true}, {"causa", true},
                                               {"motivo", true}, {"aviso", true}, {"archivo", true},
                                               {"ejemplares", true}});
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
    if (sub == "generar") return generate_contract(args, console);
    if (sub == "ver") return show_contract(args.positionals()[1], console);
    if (sub == "estados") return contract_states(args, console);
    if (sub == "editar") return edit_contract(args, console);
    if (sub == "modificar") return amend_contract(args, console);
    if (sub == "imprimir") return print_copies(args, console);
    throw UsageError(fill(tr("unknown subcommand «{name}» of «contrato»; use nuevo, listar, ver, generar, estados, mover, "
                             "editar, modificar, imprimir or terminar"),
                          {{"name", sub}}));
}

}  // namespace pacta::cli
