// pacta-cli personal importar|buscar|exportar.
#include <algorithm>
#include <filesystem>
#include <ostream>

#include "arguments.h"
#include "commands.h"
#include "database_access.h"
#include "exit_codes.h"
#include "pacta/db/institution_repository.h"
#include "pacta/db/staff_repository.h"
#include "pacta/document/csv.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/domain/access.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/presentation/records_service.h"
#include "pacta/presentation/staff_file.h"

namespace pacta::cli {

namespace {

using locale::fill;
using locale::tr;
namespace fs = std::filesystem;

// The institution staff belong to: the one named, or the only one there is.
std::optional<std::string> institution_for(const Arguments& args, db::Database& database, const Console& console) {
    if (auto code = args.value("institucion")) return *code;
    const auto all = db::SqliteInstitutionRepository(database).list();
    if (all.size() == 1) return all.front().code;
    if (all.empty()) return std::string();
    console.error(tr("there are several institutions; say which with --institucion CODE."));
    return std::nullopt;
}

std::string reasons(const domain::Findings& findings) {
    std::string out;
    for (const auto& f : findings) {
        if (f.severity != domain::Severity::error) continue;
        out += (out.empty() ? "" : " | ") + locale::describe(f);
    }
    return out;
}

int import_staff(const Arguments& args, const Console& console) {
    const std::string file = args.positionals()[1];
    const auto bytes = document::read_file(file);
    if (!bytes) {
        console.error(fill(tr("cannot read the data file «{file}»"), {{"file", file}}));
        return exit_invalid;
    }
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    auto* database = &ws->database;
    const auto institution = institution_for(args, *database, console);
    if (!institution) return exit_usage;
    const auto units = db::unit_codes(*database, *institution);
    const std::string name = fs::path(file).filename().string();
    auto read = fs::path(file).extension() == ".xlsx" ? presentation::read_staff_xlsx(file, name, units)
                                                      : presentation::read_staff_csv(*bytes, name, units);
    if (!console.report_all(read.file_findings)) return exit_invalid;

    db::SqliteStaffRepository repository(*database);
    presentation::StaffService repo(ws->session(), repository);
    const bool update = args.flag("actualizar");
    if (!update) {
        std::vector<std::string> keys;
        for (const auto& r : read.rows) {
            if (!r.member.key().empty()) keys.push_back(r.member.key());
        }
        const auto existing = repo.existing_keys(keys);
        for (auto& r : read.rows) {
            if (std::find(existing.begin(), existing.end(), r.member.key()) != existing.end()) {
                r.findings.emplace_back("staff.exists", domain::Severity::error, "curp");
                r.findings.back().with("field_label", r.member.curp.empty() ? "dni" : "curp").with("value", r.member.key());
            }
        }
    }
    std::vector<domain::StaffMember> valid;
    std::size_t rejected = 0;
    std::string rejected_csv;
    for (const auto& r : read.rows) {
        if (!domain::has_errors(r.findings)) {
            valid.push_back(r.member);
            continue;
        }
        ++rejected;
        for (const auto& f : r.findings) {
            if (f.severity != domain::Severity::error) continue;
            console.err << fill(tr("line {line}"), {{"line", std::to_string(r.line)}}) << ": "
                        << locale::severity_label(f.severity) << ": " << locale::describe(f) << '\n';
        }
        for (const auto& c : r.cells) rejected_csv += document::csv_field(c) + ",";
        rejected_csv += document::csv_field(reasons(r.findings)) + "\r\n";
    }
    const bool partial = args.flag("parcial");
    if (rejected > 0 && !partial) {
        console.error(fill(tr("{rejected} of {total} rows have errors; nothing was imported. Correct them, or import the "
                              "valid rows with --parcial."),
                           {{"rejected", std::to_string(rejected)}, {"total", std::to_string(read.rows.size())}}));
        return exit_invalid;
    }
    const auto result = repo.import(valid, *institution, update);
    if (rejected > 0) {
        std::string header;
        for (const auto& h : read.header) header += document::csv_field(h) + ",";
        const fs::path out = fs::path(file).replace_extension("").string() + ".rechazados.csv";
        platform::write_file_atomically(out, "\xEF\xBB\xBF" + header + "motivo\r\n" + rejected_csv);
        console.out << fill(tr("Rejected rows, with their reasons: {file}"), {{"file", out.string()}}) << '\n';
    }
    console.out << fill(tr("Imported: {created} new, {updated} updated; rejected: {rejected}."),
                        {{"created", std::to_string(result.created)},
                         {"updated", std::to_string(result.updated)},
                         {"rejected", std::to_string(rejected)}})
                << '\n';
    return rejected > 0 ? exit_invalid : exit_ok;
}

int search_staff(const Arguments& args, const Console& console) {
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    auto* database = &ws->database;
    std::string text;
    for (std::size_t i = 1; i < args.positionals().size(); ++i) text += (i > 1 ? " " : "") + args.positionals()[i];
    db::SqliteStaffRepository repository(*database);
    const auto found = presentation::StaffService(ws->session(), repository).search(text, 50);
    for (const auto& m : found) {
        console.out << m.full_name() << '\t' << m.key() << '\t' << m.unit_code << '\t' << domain::regime_name(m.regime)
                    << '\t' << domain::category_name(m.category) << '\n';
    }
    if (found.empty()) console.err << fill(tr("nobody matches «{text}»"), {{"text", text}}) << '\n';
    return exit_ok;
}

int export_staff(const Arguments& args, const Console& console) {
    const std::string file = args.positionals()[1];
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    auto* database = &ws->database;
    db::SqliteStaffRepository repository(*database);
    const auto staff = presentation::StaffService(ws->session(), repository).export_all(fs::absolute(file).string());
    const auto ext = fs::path(file).extension();
    if (ext == ".xlsx") {
        const auto temporary = file + ".parcial.xlsx";
        if (!presentation::write_staff_xlsx(staff, temporary)) {
            console.error(fill(tr("cannot write «{file}»"), {{"file", file}}));
            return exit_invalid;
        }
        fs::rename(temporary, file);
    } else if (ext == ".csv") {
        platform::write_file_atomically(file, presentation::write_staff_csv(staff));
    } else {
        throw UsageError(fill(tr("cannot write «{file}»: the output must end in .csv or .xlsx"), {{"file", file}}));
    }
    console.out << fill(tr("{count} people exported to {file}"), {{"count", std::to_string(staff.size())}, {"file", file}})
                << '\n';
    return exit_ok;
}

// Everything on record about one person, identity and bank account included: audited.
int show_staff(const Arguments& args, const Console& console) {
    const std::string key = args.positionals()[1];
    auto ws = open_workspace(console);
    if (!ws) return exit_invalid;
    db::SqliteStaffRepository repository(ws->database);
    const auto m = std::optional(presentation::StaffService(ws->session(), repository).view(key));
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
    line(tr("Category"), std::string(domain::category_name(m->category)));
    line(tr("Regime"), std::string(domain::regime_name(m->regime)));
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
