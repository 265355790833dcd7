// pacta-cli personal importar|buscar|exportar.
#include <algorithm>
#include <filesystem>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/document/csv.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/locale/labels.h"
#include "pacta/domain/access.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/presentation/staff/staff_service.h"
#include "pacta/presentation/staff/staff_transfer.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;
namespace fs = std::filesystem;

int import_staff(const Arguments& args, const Console& console) {
    const fs::path file = args.positionals()[1];
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto report =
        ws->staff_files().import(file, args.value("institucion"), args.flag("actualizar"), args.flag("parcial"));
    if (!console.report_all(report.file_findings)) return exit_invalid;
    for (const auto& rejection : report.rejections) {
        for (const auto& f : rejection.findings) {
            console.err << fill(tr("line {line}"), {{"line", std::to_string(rejection.line)}}) << ": "
                        << locale::severity_label(f.severity) << ": " << locale::describe(f) << '\n';
        }
    }
    // The remedy in this front end's words: the desktop offers a check box instead.
    const bool recorded_already = std::any_of(report.rejections.begin(), report.rejections.end(), [](const auto& r) {
        return std::any_of(r.findings.begin(), r.findings.end(),
                           [](const domain::Finding& f) { return f.code == "staff.exists"; });
    });
    if (recorded_already) console.err << tr("To update the people already recorded, import again with --actualizar.") << '\n';
    const auto rejected = report.rejections.size();
    if (!report.imported) {
        console.error(fill(locale::trn("{rejected} of {total} rows has errors; nothing was imported. Correct it, or "
                                       "import the valid rows with --parcial.",
                                       "{rejected} of {total} rows have errors; nothing was imported. Correct them, or "
                                       "import the valid rows with --parcial.",
                                       static_cast<long>(rejected)),
                           {{"rejected", std::to_string(rejected)}, {"total", std::to_string(report.rows)}}));
        return exit_invalid;
    }
    if (!report.rejected_file.empty()) {
        console.out << fill(tr("Rejected rows, with their reasons: {file}"), {{"file", report.rejected_file.string()}})
                    << '\n';
    }
    console.out << fill(tr("Imported: {created} new, {updated} updated, {unchanged} unchanged; rejected: {rejected}."),
                        {{"created", std::to_string(report.stored.created)},
                         {"updated", std::to_string(report.stored.updated)},
                         {"unchanged", std::to_string(report.stored.unchanged)},
                         {"rejected", std::to_string(rejected)}})
                << '\n';
    if (const auto moved = presentation::moved_people_text(report.stored); !moved.empty()) console.out << moved << '\n';
    return rejected > 0 ? exit_invalid : exit_ok;
}

int search_staff(const Arguments& args, const Console& console) {
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    std::string text;
    for (std::size_t i = 1; i < args.positionals().size(); ++i) text += (i > 1 ? " " : "") + args.positionals()[i];
    const auto found = ws->staff().search(text, 50);
    for (const auto& m : found) {
        console.out << m.full_name() << '\t' << m.key() << '\t' << m.unit_code << '\t' << locale::regime_label(m.regime)
                    << '\t' << locale::category_label(m.category) << '\n';
    }
    if (found.empty()) console.err << fill(tr("nobody matches «{text}»"), {{"text", text}}) << '\n';
    return exit_ok;
}

int export_staff(const Arguments& args, const Console& console) {
    const std::string file = args.positionals()[1];
    const auto ext = fs::path(file).extension();
    if (ext != ".csv" && ext != ".xlsx") {
        throw UsageError(fill(tr("cannot write «{file}»: the output must end in .csv or .xlsx"), {{"file", file}}));
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto count = ws->staff_files().export_to(file);
    console.out << fill(locale::trn("{count} person exported to {file}", "{count} people exported to {file}", static_cast<long>(count)), {{"count", std::to_string(count)}, {"file", file}})
                << '\n';
    return exit_ok;
}

// Everything on record about one person, identity and bank account included: audited.
int show_staff(const Arguments& args, const Console& console) {
    const std::string key = args.positionals()[1];
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    const auto m = std::optional(ws->staff().view(key));
    const auto line = [&](const std::string& label, const std::string& value) {
        if (!value.empty()) console.out << label << ": " << value << '\n';
    };
    line(tr("Name"), m->full_name());
    line(tr("Sex"), m->sex == domain::Sex::man ? tr("man") : tr("woman"));
    line(tr("Birth date"), m->birth_date.iso());
    line(tr("Nationality"), m->nationality);
    line(tr("Civil status"), m->civil_status);
    line("CURP", m->curp);
    line("RFC", m->rfc);
    line("DNI", m->dni);
    line(tr("Foreign resident card"), m->foreign_card);
    line("RUC", m->ruc);
    line(tr("Address"), m->domicile);
    line(tr("Phone"), m->phone);
    line(tr("E-mail"), m->email);
    line(tr("Bank account"), m->bank_account);
    line(tr("Profession"), m->profession);
    line(tr("Category"), locale::category_label(m->category));
    line(tr("Regime"), locale::regime_label(m->regime));
    line(tr("Unit"), m->unit_code);
    return exit_ok;
}

}  // namespace

int run_staff(std::span<const std::string> words, const Console& console) {
    const auto args = Arguments::parse(words, {{"parcial"}, {"actualizar"}, {"institucion", true}});
    if (args.wants_help()) {
        console.out << staff_help();
        return exit_ok;
    }
    args.require_positionals(2, 64, tr("SUBCOMMAND FILE"));
    const std::string& sub = args.positionals()[0];
    if (sub == "importar") return import_staff(args, console);
    if (sub == "buscar") return search_staff(args, console);
    if (sub == "exportar") return export_staff(args, console);
    if (sub == "ver") return show_staff(args, console);
    throw UsageError(fill(tr("unknown subcommand «{name}» of «personal»; use importar, buscar, ver or exportar"),
                          {{"name", sub}}));
}

}  // namespace pacta::cli
