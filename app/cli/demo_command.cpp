// pacta-cli demo: what `scripts/run` shows until the desktop application exists. It opens the
// embedded database and prints the reference contract's figures, all computed by Pacta.
#include <filesystem>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/domain/amount_in_words.h"
#include "pacta/domain/ordinals.h"
#include "pacta/domain/spanish_dates.h"
#include "pacta/locale/catalog.h"
#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/pdf/contract_pdf.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/paths.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/contracts/contract_output.h"
#include "pacta/presentation/contracts/public_version_check.h"
#include "pacta/version.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;
namespace d = domain;

// The IMSS-Bienestar contract of 2024 (tests/fixtures/reference keeps its public version).
struct ReferenceContract {
    d::Money fee = d::Money::from_units(68'858, 30, d::Currency::MXN);
    int instalments = 5;
    int copies = 5;
    int clauses = 15;
    d::Date signed_on = *d::Date::from_ymd(2024, 1, 29);
    d::Date starts = *d::Date::from_ymd(2024, 2, 1);
    d::Date ends = *d::Date::from_ymd(2024, 6, 30);
};

void print_database(domain::Store& store, const Console& console) {
    console.out << fill(tr("Database: {path}"), {{"path", store.location()}}) << '\n'
                << fill(tr("  schema version {version}, {engine}, integrity check: {check}"),
                        {{"version", std::to_string(store.schema_version())},
                         {"engine", store.engine()},
                         {"check", store.integrity_check()}})
                << "\n\n";
}

void print_reference(const Console& console) {
    const ReferenceContract c;
    const d::LongDateOptions two_digits{false, true};
    const auto parts = c.fee.split_evenly(c.instalments);
    console.out << tr("Reference contract (IMSS-Bienestar, 2024), computed by Pacta:") << '\n'
                << fill(tr("  Fee: {amount}"), {{"amount", d::amount_with_words(c.fee)}}) << '\n'
                << fill(tr("  Instalments: {count} of {amount}"),
                        {{"count", std::to_string(c.instalments)},
                         {"amount", d::amount_with_words(parts.front())}})
                << '\n'
                << fill(tr("  Term: {term}, from {start} to {end}"),
                        {{"term", d::term_in_words(d::term_between(c.starts, c.ends))},
                         {"start", d::long_date(c.starts, two_digits)},
                         {"end", d::long_date(c.ends, two_digits)}})
                << '\n'
                << fill(tr("  Signed on: {date}, in {copies}"),
                        {{"date", d::long_date(c.signed_on, {true, false})},
                         {"copies", d::copies_in_words(c.copies)}})
                << '\n'
                << fill(tr("  Clauses: {first} to {last}"),
                        {{"first", d::clause_ordinal(1)}, {"last", d::clause_ordinal(c.clauses)}})
                << '\n';
}

// The bundled contract from its example data, as the PDF an office would sign and its public
// version, next to the database.
void print_generated_contract(const std::filesystem::path& dir, const Console& console) {
    const document::TemplateLibrary library(platform::data_dir() / "plantillas");
    const std::string id = "imss-bienestar-honorarios";
    const auto tmpl_path = library.template_path(id);
    const auto data_path = library.example_path(id);
    if (!tmpl_path || !data_path) return;
    const auto tmpl = document::load_template(*tmpl_path);
    const auto data = document::parse_json_data(document::read_file(*data_path).value_or(""), data_path->string());
    if (!tmpl.value || !data.value) return;
    const auto generated = document::generate(*tmpl.value, *data.value);
    if (!generated.document) return;
    std::filesystem::create_directories(dir);
    pdf::ContractPdfWriter writer;
    console.out << '\n' << tr("Example contract generated from the bundled template:") << '\n';
    for (const bool public_version : {false, true}) {
        const auto names = presentation::contract_file_names(dir, "contrato-ejemplo");
        const auto file = public_version ? names.public_version : names.complete;
        const std::string bytes = presentation::render_contract(
            *generated.document, presentation::OutputFormat::pdf, "DEMO-0001",
            presentation::render_options(nullptr, *generated.document, public_version), &writer);
        if (public_version) {
            presentation::write_public_version(*generated.document, file, bytes, presentation::OutputFormat::pdf);
        } else {
            platform::write_file_atomically(file, bytes);
        }
        console.out << "  " << file.string() << "  sha256 " << platform::sha256_hex(bytes) << '\n';
    }
}

}  // namespace

int run_demo(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"base", true}});
    if (args.wants_help()) {
        console.out << demo_help();
        return exit_ok;
    }
    args.require_positionals(0, 0, "");
    const std::filesystem::path path = args.value("base").value_or(database_path().string());
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());

    console.out << fill(tr("Pacta {version}: headless demonstration"), {{"version", pacta::version}})
                << "\n\n";
    set_database_option(path.string());
    auto office = open_workspace_without_login(console);
    if (!office) return exit_invalid;
    print_database(office->store(), console);
    print_reference(console);
    print_generated_contract(path.parent_path() / "demo", console);
    return exit_ok;
}

}  // namespace pacta::cli
