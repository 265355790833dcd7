// pacta-cli plantillas / plantilla campos|ejemplo|esqueleto|validar / generar.
#include <filesystem>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/presentation/templates/installed_templates.h"
#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/render.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/contracts/contract_output.h"
#include "pacta/presentation/contracts/contract_service.h"
#include "pacta/presentation/templates/data_skeleton.h"
#include "pacta/presentation/templates/office_template_service.h"
#include "pacta/platform/paths.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;
namespace doc = document;
namespace fs = std::filesystem;

doc::TemplateLibrary library() { return presentation::installed_templates(); }

// On the office server the office's own templates live in its database: logging in brings
// this desk's copy up to date before anything reads it.
void bring_office_templates(const Console& console) {
    if (server_option()) (void)open_workspace(console);
}

// A template named by its id (bundled) or by the path of a file, its warnings reported.
std::optional<doc::Template> load(const std::string& id_or_path, const Console& console) {
    auto loaded = presentation::load_template(id_or_path);
    console.report_all(loaded.warnings);
    return std::move(loaded.tmpl);
}

int list_templates(const Console& console) {
    const auto entries = library().list();
    if (entries.empty()) {
        console.error(fill(tr("no templates found in {dir}"), {{"dir", library().directory().string()}}));
        return exit_invalid;
    }
    for (const auto& e : entries) {
        if (e.usable()) console.out << e.id << "\tv" << e.version << '\t' << e.country << '\t' << e.title << '\n';
    }
    // Those that cannot be used after the table, each with the first thing to correct.
    for (const auto& e : entries) {
        if (!e.usable()) console.out << presentation::unusable_template_line(e) << '\n';
    }
    return exit_ok;
}

int list_fields(const std::string& id, const Console& console) {
    const auto tmpl = load(id, console);
    if (!tmpl) return exit_invalid;
    for (const auto& f : tmpl->fields) {
        console.out << f.path << '\t' << doc::field_type_name(f.type) << '\t'
                    << (f.required_if ? fill(tr("required if {condition}"), {{"condition", f.required_if_text}})
                                      : f.required ? tr("required") : tr("optional"))
                    << '\t'
                    << (f.personal ? tr("personal") : tr("public")) << '\t' << f.label;
        if (!f.help.empty()) console.out << ": " << f.help;
        console.out << '\n';
    }
    for (const auto& d : tmpl->derived) {
        console.out << d.path << '\t' << tr("derived") << " = " << d.source << "\t-\t"
                    << (d.personal ? tr("personal") : tr("public")) << '\t' << d.label << '\n';
    }
    return exit_ok;
}

int print_example(const std::string& id, const Console& console) {
    const auto path = library().example_path(id);
    if (!path) {
        if (!library().find(id)) {
            console.error(fill(tr("there is no template «{id}»; «pacta-cli plantillas» lists them."), {{"id", id}}));
        } else {
            console.error(fill(tr("the template «{id}» has no example data; «pacta-cli plantilla esqueleto {id}» writes "
                                  "the data to fill in, every field empty and explained."),
                               {{"id", id}}));
        }
        return exit_invalid;
    }
    const auto text = doc::read_file(*path);
    auto parsed = doc::parse_json_data(text.value_or(""), path->filename().string());
    if (!console.report_all(parsed.findings) || !parsed.value) return exit_invalid;
    console.out << doc::to_json_text(*parsed.value);
    return exit_ok;
}

int print_skeleton(const std::string& id_or_path, const Console& console) {
    const auto tmpl = load(id_or_path, console);
    if (!tmpl) return exit_invalid;
    console.out << presentation::data_skeleton(*tmpl);
    return exit_ok;
}

// Keeps a checked template file as the office's own (on the office server, for every desk).
int install_template(const std::string& file, const Console& console) {
    const auto text = doc::read_file(file);
    if (!text) {
        console.error(fill(tr("the file «{file}» cannot be read"), {{"file", file}}));
        return exit_invalid;
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto kept = presentation::OfficeTemplateService(ws->session(), library(), ws->store().office_templates())
                          .install(*text, fs::path(file).filename().string());
    console.out << fill(tr("«{id}» is now one of the office's templates ({file})."),
                        {{"id", doc::declared_template_id(*text)}, {"file", kept.filename().string()}})
                << '\n';
    return exit_ok;
}

int validate_template(const std::string& file, const Console& console) {
    if (!fs::exists(file)) {
        console.error(fill(tr("the file «{file}» does not exist"), {{"file", file}}));
        return exit_invalid;
    }
    auto parsed = doc::load_template(file);
    if (!console.report_all(parsed.findings)) return exit_invalid;
    const auto& t = *parsed.value;
    console.out << fill(tr("{file}: valid template «{id}» version {version}, {fields} fields, {derived} derived "
                           "values."),
                        {{"file", file},
                         {"id", t.info.id},
                         {"version", std::to_string(t.info.version)},
                         {"fields", std::to_string(t.fields.size())},
                         {"derived", std::to_string(t.derived.size())}})
                << '\n';
    return exit_ok;
}

}  // namespace

std::optional<doc::Template> load_template_for_cli(const std::string& id_or_path, const Console& console) {
    return load(id_or_path, console);
}

int run_templates(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {});
    if (args.wants_help()) {
        console.out << template_help();
        return exit_ok;
    }
    args.require_positionals(0, 0, "");
    bring_office_templates(console);
    return list_templates(console);
}

int run_template(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {});
    if (args.wants_help()) {
        console.out << template_help();
        return exit_ok;
    }
    args.require_positionals(2, 2, tr("SUBCOMMAND TEMPLATE"));
    const std::string& sub = args.positionals()[0];
    const std::string& target = args.positionals()[1];
    if (sub == "instalar") return install_template(target, console);
    bring_office_templates(console);
    if (sub == "campos") return list_fields(target, console);
    if (sub == "ejemplo") return print_example(target, console);
    if (sub == "esqueleto") return print_skeleton(target, console);
    if (sub == "validar") return validate_template(target, console);
    throw UsageError(fill(tr("unknown subcommand «{name}» of «plantilla»; use campos, ejemplo, esqueleto, validar or instalar"),
                          {{"name", sub}}));
}

int run_generate(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"plantilla", true}, {"datos", true}, {"salida", true},
                                               {"version-publica", true}, {"folio", true}, {"leyenda", true},
                                               {"fundamento", true}});
    if (args.wants_help()) {
        console.out << generate_help();
        return exit_ok;
    }
    args.require_positionals(0, 0, "");
    bring_office_templates(console);
    const auto id = args.value("plantilla");
    const auto data_file = args.value("datos");
    const auto output = args.value("salida");
    if (!id || !data_file || !output) {
        throw UsageError(tr("«generar» needs --plantilla, --datos and --salida"));
    }
    for (const auto& target : {std::optional<std::string>(output), args.value("version-publica")}) {
        if (target && !presentation::output_format(*target)) {
            throw UsageError(fill(tr("cannot write «{file}»: the output must end in .pdf, .txt or .html"),
                                  {{"file", *target}}));
        }
    }

    const auto tmpl = load(*id, console);
    if (!tmpl) return exit_invalid;
    const auto text = doc::read_file(*data_file);
    if (!text) {
        console.error(fill(tr("cannot read the data file «{file}»"), {{"file", *data_file}}));
        return exit_invalid;
    }
    const auto data = doc::parse_json_data(*text, *data_file);
    if (!console.report_all(data.findings) || !data.value) return exit_invalid;

    const auto generated = doc::generate(*tmpl, *data.value);
    if (!console.report_all(generated.findings)) {
        console.error(tr("nothing was written; correct the data above and run the command again."));
        return exit_invalid;
    }
    const presentation::LooseRendering rendering{args.value("folio").value_or(fs::path(*output).stem().string()),
                                                 args.value("leyenda"), args.value("fundamento")};
    std::vector<presentation::LooseOutput> outputs{{*output, false}};
    if (const auto public_file = args.value("version-publica")) outputs.push_back({*public_file, true});
    for (const auto& written : presentation::write_loose_files(*generated.document, rendering, outputs)) {
        console.out << written.path.string() << "  sha256 " << written.sha256 << '\n';
    }
    return exit_ok;
}

}  // namespace pacta::cli
