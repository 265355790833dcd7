// pacta-cli clausula listar|ver|agregar|aprobar|retirar, comparar A B, revision
// comentar|resolver|listar: the legal reviewers' tools.
#include <filesystem>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "input_parsing.h"
#include "pacta/presentation/templates/installed_templates.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/paths.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/review/comparison.h"
#include "pacta/presentation/contracts/contract_output.h"
#include "pacta/presentation/review/contract_reading.h"
#include "pacta/presentation/review/review_service.h"
#include "pacta/presentation/contracts/contract_service.h"

namespace pacta::cli {

namespace {

namespace d = pacta::domain;
namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

std::string status_text(d::ClauseStatus s) { return locale::clause_status_label(s); }

// ---- clausula ------------------------------------------------------------------------

int add_from_template(presentation::ClauseLibraryService& library, const std::string& id, const Console& console) {
    const auto loaded = presentation::load_template(id);
    std::size_t added = 0;
    for (const auto& segment : presentation::segments_of_template(loaded.source)) {
        if (segment.key == "antes" || segment.key == "despues" || segment.key.rfind("entre-", 0) == 0) continue;
        d::LibraryClause c;
        c.key = segment.key;
        c.title = segment.key;
        c.text = segment.text;
        const auto first = c.text.find_first_not_of("\n");
        c.text.erase(0, first == std::string::npos ? c.text.size() : first);
        while (!c.text.empty() && c.text.back() == '\n') c.text.pop_back();
        const int version = library.add(c);
        console.out << c.key << " v" << version << '\n';
        ++added;
    }
    console.out << fill(tr("{count} clauses of {template} added to the library as drafts."),
                        {{"count", std::to_string(added)}, {"template", id}})
                << '\n';
    return exit_ok;
}

std::optional<int> version_option(const Arguments& args, const Console& console) {
    const auto text = args.value("version");
    if (!text) return std::nullopt;
    return parse_integer(*text, "version", console);
}

}  // namespace

int run_clause(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"version", true}, {"titulo", true}, {"texto", true},
                                               {"texto-archivo", true}, {"fundamento", true}, {"desde-plantilla", true}});
    if (args.wants_help()) {
        console.out << clause_help();
        return exit_ok;
    }
    args.require_positionals(1, 2, tr("SUBCOMMAND"));
    const std::string& sub = args.positionals()[0];
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    auto library = ws->clause_library();
    if (sub == "listar") {
        for (const auto& c : library.list()) {
            console.out << c.key << "\tv" << c.version << '\t' << status_text(c.status) << '\t' << c.title << '\t'
                        << c.created_by << '\n';
        }
        return exit_ok;
    }
    if (sub == "agregar" && args.value("desde-plantilla")) return add_from_template(library, *args.value("desde-plantilla"), console);
    args.require_positionals(2, 2, tr("KEY"));
    const std::string& key = args.positionals()[1];
    if (sub == "ver") {
        const auto c = library.view(key, version_option(args, console));
        console.out << tr("Clause") << ": " << c.key << " v" << c.version << " (" << status_text(c.status) << ")\n"
                    << tr("Title") << ": " << c.title << '\n'
                    << tr("Legal basis") << ": " << c.legal_basis << '\n'
                    << tr("Written by") << ": " << c.created_by << '\n';
        if (!c.decided_by.empty()) console.out << tr("Decided by") << ": " << c.decided_by << '\n';
        console.out << '\n' << c.text << '\n';
        return exit_ok;
    }
    if (sub == "agregar") {
        d::LibraryClause c;
        c.key = key;
        c.title = args.value("titulo").value_or("");
        c.legal_basis = args.value("fundamento").value_or("");
        if (const auto file = args.value("texto-archivo")) {
            const auto text = document::read_file(*file);
            if (!text) throw UsageError(fill(tr("cannot read «{file}»"), {{"file", *file}}));
            c.text = *text;
        } else {
            c.text = args.value("texto").value_or("");
        }
        const int version = library.add(c);
        console.out << fill(tr("Clause {key} version {version} added as a draft; another legal reviewer approves it."),
                            {{"key", key}, {"version", std::to_string(version)}})
                    << '\n';
        return exit_ok;
    }
    const auto version = version_option(args, console);
    if (!version) throw UsageError(fill(tr("«clausula {sub}» needs --version N"), {{"sub", sub}}));
    if (sub == "aprobar") {
        library.approve(key, *version);
        console.out << fill(tr("Clause {key} version {version} approved."), {{"key", key}, {"version", std::to_string(*version)}})
                    << '\n';
        return exit_ok;
    }
    if (sub == "retirar") {
        library.retire(key, *version);
        console.out << fill(tr("Clause {key} version {version} retired."), {{"key", key}, {"version", std::to_string(*version)}})
                    << '\n';
        return exit_ok;
    }
    throw UsageError(fill(tr("unknown subcommand «{name}» of «clausula»; use listar, ver, agregar, aprobar or retirar"),
                          {{"name", sub}}));
}

// ---- comparar ------------------------------------------------------------------------

namespace {

struct Side {
    std::string name;
    std::vector<d::Segment> segments;
};

class Sources {
public:
    explicit Sources(const Console& console) : console_(console) {}

    Side load(const std::string& spec, const std::string& other) {
        if (spec == "biblioteca") {
            const auto generated = workspace().contracts().generated_with_library(other);
            return {tr("the approved clause library"), presentation::segments_of(*generated.document)};
        }
        if (spec.rfind("plantilla:", 0) == 0) return template_side(spec.substr(10));
        if (fs::exists(spec)) {
            // A template file is compared clause block by clause block, by key.
            if (const auto text = document::read_file(spec); text && text->rfind("@plantilla", 0) == 0) {
                return {spec, presentation::segments_of_template(*text)};
            }
            const auto read = presentation::read_contract_file(spec);
            if (const auto* failure = std::get_if<presentation::ReadFailure>(&read)) {
                throw presentation::ServiceError(failure->message);
            }
            return {spec, d::segments_of_text(std::get<d::ContractText>(read))};
        }
        auto& ws = workspace();
        if (!ws.contracts().exists(spec)) {
            throw presentation::ServiceError(fill(tr("«{target}» is neither a file, a template (plantilla:ID@VERSION) nor "
                                                     "a contract's folio."),
                                                  {{"target", spec}}));
        }
        const auto generated = ws.contracts().generated(spec);
        return {spec, presentation::segments_of(*generated.document)};
    }

private:
    core::Office& workspace() {
        if (!ws_) ws_ = open_workspace(console_);
        if (!ws_) throw presentation::ServiceError(tr("the database cannot be opened."));
        return *ws_;
    }

    Side template_side(const std::string& spec) {
        const auto at = spec.find('@');
        const std::string id = spec.substr(0, at);
        std::optional<int> version;
        if (at != std::string::npos) {
            version = parse_integer(spec.substr(at + 1), "version", console_);
            if (!version) throw UsageError(fill(tr("«{spec}»: write plantilla:ID@VERSION"), {{"spec", spec}}));
        }
        // The bundled template when it is that version, else the one stored with contracts.
        if (const auto entry = presentation::installed_templates().find(id); entry && entry->usable()) {
            const auto source = document::read_file(entry->path).value_or("");
            const auto parsed = document::parse_template(source, id);
            if (parsed.value && (!version || parsed.value->info.version == *version)) {
                return {"plantilla:" + id + "@" + std::to_string(parsed.value->info.version),
                        presentation::segments_of_template(source)};
            }
        }
        if (!version) throw presentation::ServiceError(fill(tr("there is no template «{id}»."), {{"id", id}}));
        const auto source = workspace().contracts().stored_template(id, *version);
        if (!source) {
            throw presentation::ServiceError(fill(tr("template {id} version {version} is neither bundled nor stored with "
                                                     "any contract."),
                                                  {{"id", id}, {"version", std::to_string(*version)}}));
        }
        return {"plantilla:" + spec, presentation::segments_of_template(*source)};
    }

    const Console& console_;
    std::shared_ptr<core::Office> ws_;
};

}  // namespace

int run_compare(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"salida", true}});
    if (args.wants_help()) {
        console.out << compare_help();
        return exit_ok;
    }
    args.require_positionals(2, 2, "A B");
    const auto& a_spec = args.positionals()[0];
    const auto& b_spec = args.positionals()[1];
    if (a_spec == "biblioteca" && b_spec == "biblioteca") throw UsageError(tr("compare the library with a contract's folio"));
    Sources sources(console);
    const auto a = sources.load(a_spec, b_spec);
    const auto b = sources.load(b_spec, a_spec);
    const auto result = d::compare_segments(a.segments, b.segments);
    if (const auto output = args.value("salida")) {
        const fs::path file = *output;
        std::string bytes;
        if (file.extension() == ".pdf") {
            pdf::ContractPdfWriter writer;
            pdf::PdfOptions options;
            options.initials_box = false;
            const auto doc = presentation::comparison_document(result, a.name, b.name);
            options.metadata.title = doc.title;
            options.metadata.creator = presentation::pdf_creator();
            bytes = writer.render(doc, options);
        } else if (file.extension() == ".txt") {
            bytes = presentation::comparison_text(result, a.name, b.name);
        } else {
            throw UsageError(fill(tr("cannot write «{file}»: the comparison is written as .pdf or .txt"), {{"file", file.string()}}));
        }
        platform::write_file_atomically(file, bytes);
        console.out << file.string() << "  sha256 " << platform::sha256_hex(bytes) << '\n';
    } else {
        console.out << presentation::comparison_text(result, a.name, b.name);
    }
    return exit_ok;
}

// ---- revision ------------------------------------------------------------------------

int run_review_comments(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"clausula", true}, {"texto", true}, {"respuesta", true}, {"punto", true}, {"quitar", true}});
    if (args.wants_help()) {
        console.out << review_comments_help();
        return exit_ok;
    }
    args.require_positionals(2, 3, tr("SUBCOMMAND FOLIO|N"));
    const std::string& sub = args.positionals()[0];
    const std::string& target = args.positionals()[1];
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    auto review = ws->review();
    auto checklist = ws->checklist();
    if (sub == "lista") {
        // revision lista PLANTILLA [--punto TEXTO | --quitar N]
        if (args.value("quitar") && args.value("punto")) {
            throw UsageError(tr("«revision lista» takes --punto or --quitar, not both."));
        }
        if (const auto retired = args.value("quitar")) {
            const auto position = parse_integer(*retired, "quitar", console);
            if (!position) return exit_invalid;
            checklist.retire(target, *position);
            console.out << fill(tr("Point {point} removed from the review checklist of {template}; contracts keep what was "
                                   "confirmed of it."),
                                {{"point", std::to_string(*position)}, {"template", target}})
                        << '\n';
            return exit_ok;
        }
        if (const auto point = args.value("punto")) {
            const int position = checklist.add(target, *point);
            console.out << fill(tr("Point {point} added to the review checklist of {template}."),
                                {{"point", std::to_string(position)}, {"template", target}})
                        << '\n';
            return exit_ok;
        }
        for (const auto& item : checklist.for_template(target)) console.out << item.position << '\t' << item.text << '\n';
        return exit_ok;
    }
    if (sub == "marcar") {
        args.require_positionals(3, 3, "FOLIO N");
        const auto position = parse_integer(args.positionals()[2], "punto", console);
        if (!position) return exit_invalid;
        checklist.check(target, *position);
        console.out << fill(tr("Point {point} of {folio} confirmed."), {{"point", std::to_string(*position)}, {"folio", target}})
                    << '\n';
        return exit_ok;
    }
    if (sub == "comentar") {
        const auto clause = args.value("clausula");
        const auto text = args.value("texto");
        if (!clause || !text) throw UsageError(tr("«revision comentar» needs --clausula KEY and --texto TEXT"));
        if (!ws->contracts().exists(target)) {
            console.error(fill(tr("there is no contract «{folio}»; «pacta-cli contrato listar» shows them."), {{"folio", target}}));
            return exit_invalid;
        }
        const auto id = review.comment(target, *clause, *text, ws->contracts().clause_names(target));
        console.out << fill(tr("Comment {id} on {folio}."), {{"id", std::to_string(id)}, {"folio", target}}) << '\n';
        return exit_ok;
    }
    if (sub == "resolver") {
        const auto id = parse_integer(target, "comentario", console);
        if (!id) return exit_invalid;
        review.resolve(*id, args.value("respuesta").value_or(""));
        console.out << fill(tr("Comment {id} resolved."), {{"id", std::to_string(*id)}}) << '\n';
        return exit_ok;
    }
    if (sub == "listar") {
        for (const auto& item : checklist.for_contract(target)) {
            console.out << "[" << (item.checked ? "x" : " ") << "] " << item.position << '\t' << item.text
                        << (item.checked ? "\t" + item.checked_by : std::string())
                        << (item.retired ? "\t" + tr("(out of use)") : std::string()) << '\n';
        }
        for (const auto& c : review.list(target)) {
            console.out << c.id << '\t' << c.clause_key << '\t' << (c.resolved ? tr("resolved") : tr("open")) << '\t'
                        << c.author << '\t' << c.text;
            if (c.resolved) console.out << '\t' << c.resolved_by << (c.resolution.empty() ? "" : ": " + c.resolution);
            console.out << '\n';
        }
        return exit_ok;
    }
    throw UsageError(fill(tr("unknown subcommand «{name}» of «revision»; use comentar, resolver, listar, lista or marcar"),
                          {{"name", sub}}));
}

}  // namespace pacta::cli
