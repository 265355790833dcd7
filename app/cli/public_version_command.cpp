// pacta-cli publica verificar ARCHIVO --folio F | --datos D --plantilla P: reads any file back
// as a public version and says which personal values of the contract it shows, and where.
#include <filesystem>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/contracts/contract_service.h"
#include "pacta/presentation/contracts/public_version_check.h"

namespace pacta::cli {

namespace {

namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

int report(const presentation::PublicVersionCheck& check, const fs::path& file, const Console& console) {
    if (check.clean()) {
        console.out << fill(tr("«{file}» shows none of the contract's personal data: it can be published."),
                            {{"file", file.string()}})
                    << '\n';
        return exit_ok;
    }
    console.error(presentation::public_version_problem(check, file, false));
    return exit_invalid;
}

int verify(const Arguments& args, const Console& console) {
    args.require_positionals(2, 2, tr("verificar FILE"));
    const fs::path file = args.positionals()[1];
    const auto folio = args.value("folio");
    const auto data_file = args.value("datos");
    const auto template_id = args.value("plantilla");
    if (folio.has_value() == data_file.has_value() || data_file.has_value() != template_id.has_value()) {
        throw UsageError(tr("«publica verificar» needs --folio, or --datos and --plantilla"));
    }
    if (!fs::is_regular_file(file)) {
        console.error(fill(tr("«{file}» is not a file that can be read."), {{"file", file.string()}}));
        return exit_invalid;
    }
    if (folio) {
        auto ws = open_workspace(console);
        if (!ws) return exit_invalid;
        return report(ws->contracts().check_public_file(*folio, file), file, console);
    }
    const auto tmpl = presentation::load_template(*template_id);
    console.report_all(tmpl.warnings);
    auto data = document::parse_json_data(document::read_file(*data_file).value_or(""), *data_file);
    if (!data.value) {
        throw presentation::InvalidInput(tr("nothing was checked; correct the data above and run the command again."),
                                         data.findings);
    }
    return report(presentation::check_public_file_against(tmpl.tmpl, *data.value, file), file, console);
}

}  // namespace

int run_public_version(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"folio", true}, {"datos", true}, {"plantilla", true}});
    if (args.wants_help() || args.positionals().empty()) {
        console.out << public_version_help();
        return args.wants_help() ? exit_ok : exit_usage;
    }
    if (args.positionals()[0] == "verificar") return verify(args, console);
    throw UsageError(fill(tr("unknown subcommand «{name}»"), {{"name", args.positionals()[0]}}));
}

}  // namespace pacta::cli
