// pacta-cli institucion importar|exportar|listar, firmante listar.
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/presentation/institutions/institution_file.h"
#include "pacta/presentation/institutions/institution_service.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;

int import_institution(const std::string& file, const Console& console) {
    const auto text = document::read_file(file);
    if (!text) {
        console.error(fill(tr("cannot read the data file «{file}»"), {{"file", file}}));
        return exit_invalid;
    }
    const auto read = presentation::read_institution_file(*text, file);
    if (!console.report_all(read.findings) || !read.institution) {
        console.error(tr("nothing was written; correct the data above and run the command again."));
        return exit_invalid;
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const bool created = ws->institutions().save(*read.institution);
    const auto& i = *read.institution;
    console.out << fill(created ? tr("Institution {code} created: {units} units, {accounts} budget accounts, "
                                     "{signatories} signatories.")
                                : tr("Institution {code} updated: {units} units, {accounts} budget accounts, "
                                     "{signatories} signatories."),
                        {{"code", i.code},
                         {"units", std::to_string(i.units.size())},
                         {"accounts", std::to_string(i.accounts.size())},
                         {"signatories", std::to_string(i.signatories.size())}})
                << '\n';
    return exit_ok;
}

int export_institution(const std::string& code, const std::optional<std::string>& output, const Console& console) {
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto inst = ws->institutions().find(code);
    if (!inst) {
        console.error(fill(tr("there is no institution «{code}»; «pacta-cli institucion listar» shows them."),
                           {{"code", code}}));
        return exit_invalid;
    }
    const std::string json = presentation::write_institution_file(*inst);
    if (output) {
        platform::write_file_atomically(*output, json);
        console.out << *output << '\n';
    } else {
        console.out << json;
    }
    return exit_ok;
}

int list_institutions(const Console& console) {
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    for (const auto& i : ws->institutions().list()) {
        console.out << i.code << '\t' << i.country << '\t' << i.name << '\t'
                    << fill(tr("{units} units, {signatories} signatories"),
                            {{"units", std::to_string(i.units)}, {"signatories", std::to_string(i.signatories)}})
                    << '\n';
    }
    return exit_ok;
}

}  // namespace

int run_institution(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"salida", true}});
    if (args.wants_help()) {
        console.out << institution_help();
        return exit_ok;
    }
    args.require_positionals(1, 2, tr("SUBCOMMAND"));
    const std::string& sub = args.positionals()[0];
    if (sub == "listar") return list_institutions(console);
    if (sub == "importar") {
        args.require_positionals(2, 2, tr("FILE"));
        return import_institution(args.positionals()[1], console);
    }
    if (sub == "exportar") {
        args.require_positionals(2, 2, tr("CODE"));
        return export_institution(args.positionals()[1], args.value("salida"), console);
    }
    throw UsageError(fill(tr("unknown subcommand «{name}» of «institucion»; use importar, exportar or listar"),
                          {{"name", sub}}));
}

int run_signatory(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"institucion", true}});
    if (args.wants_help()) {
        console.out << institution_help();
        return exit_ok;
    }
    args.require_positionals(1, 1, tr("SUBCOMMAND"));
    if (args.positionals()[0] != "listar") {
        throw UsageError(fill(tr("unknown subcommand «{name}» of «firmante»; use listar"),
                              {{"name", args.positionals()[0]}}));
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    for (const auto& [institution, s] : ws->institutions().signatories(args.value("institucion").value_or(""))) {
        std::string roles;
        for (const auto& r : s.roles) roles += (roles.empty() ? "" : ", ") + r;
        console.out << institution << '\t' << s.code << '\t' << s.name << '\t' << s.title << '\t' << roles << '\t'
                    << s.valid_from.iso() << " – " << (s.valid_to ? s.valid_to->iso() : "") << '\n';
    }
    return exit_ok;
}

}  // namespace pacta::cli
