// pacta-cli generar-lote: one PDF per CSV row, on every core.
#include <filesystem>
#include <ostream>
#include <thread>

#include "arguments.h"
#include "commands.h"
#include "exit_codes.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/contracts/batch_generation.h"
#include "database_access.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;
namespace fs = std::filesystem;

unsigned thread_option(const Arguments& args) {
    const auto value = args.value("hilos");
    if (!value) return 0;
    try {
        const int n = std::stoi(*value);
        if (n >= 1 && n <= 256) return static_cast<unsigned>(n);
    } catch (...) {
    }
    throw UsageError(fill(tr("«--hilos» needs a whole number from 1 to 256, not «{value}»"), {{"value", *value}}));
}

}  // namespace

int run_batch(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"plantilla", true}, {"datos", true}, {"csv", true}, {"salida", true},
                                               {"hilos", true}, {"version-publica"}, {"institucion", true}});
    if (args.wants_help()) {
        console.out << batch_help();
        return exit_ok;
    }
    args.require_positionals(0, 0, "");
    const auto id = args.value("plantilla");
    const auto common_file = args.value("datos");
    const auto csv_file = args.value("csv");
    const auto out_dir = args.value("salida");
    if (!id || !common_file || !csv_file || !out_dir) {
        throw UsageError(tr("«generar-lote» needs --plantilla, --datos, --csv and --salida"));
    }
    const unsigned threads = thread_option(args);

    const auto tmpl = load_template_for_cli(*id, console);
    if (!tmpl) return exit_invalid;
    auto input = presentation::read_batch_input(*common_file, *csv_file);
    if (!console.report_all(input.findings) || !input.common) return exit_invalid;
    std::error_code ec;
    fs::create_directories(*out_dir, ec);
    if (ec) {
        console.error(fill(tr("cannot create the folder «{dir}»: {detail}"), {{"dir", *out_dir}, {"detail", ec.message()}}));
        return exit_invalid;
    }

    presentation::BatchRequest request;
    request.tmpl = &*tmpl;
    request.common = std::move(*input.common);
    request.table = std::move(input.table);
    request.output_dir = *out_dir;
    request.threads = threads;
    request.public_versions = args.flag("version-publica");
    if (const auto code = args.value("institucion")) {
        // The institution's public-version legend and legal basis, from the records.
        auto ws = open_workspace(console);
        if (!ws) return exit_invalid;
        request.institution = ws->institutions().find(*code);
        if (!request.institution) {
            console.error(fill(tr("there is no institution «{code}»; «pacta-cli institucion listar» shows them."),
                               {{"code", *code}}));
            return exit_invalid;
        }
    }
    const auto summary = presentation::generate_batch(request);

    for (const auto& row : summary.rows) {
        if (!row.file.empty()) {
            console.out << row.file.string() << "  sha256 " << row.sha256 << '\n';
            continue;
        }
        for (const auto& f : row.findings) {
            if (f.severity != domain::Severity::error) continue;
            console.err << fill(tr("row {row}"), {{"row", std::to_string(row.row)}}) << ": "
                        << locale::severity_label(f.severity) << ": " << locale::describe(f) << '\n';
        }
    }
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.2f", summary.seconds);
    console.out << fill(tr("Generated: {generated} · rejected: {rejected} · seconds: {seconds}"),
                        {{"generated", std::to_string(summary.generated)},
                         {"rejected", std::to_string(summary.rejected)},
                         {"seconds", seconds}})
                << '\n';
    return summary.rejected == 0 ? exit_ok : exit_invalid;
}

}  // namespace pacta::cli
