#include "pacta/presentation/staff/staff_transfer.h"

#include <algorithm>
#include <future>
#include <unordered_set>

#include "pacta/document/csv.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/sha256.h"
#include "pacta/presentation/staff/staff_service.h"
#include "pacta/presentation/staff/staff_file.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

std::string reasons(const d::Findings& findings) {
    std::string out;
    for (const auto& f : findings) out += (out.empty() ? "" : " | ") + locale::describe(f);
    return out;
}

void mark_already_recorded(StaffService& service, std::vector<StaffRow>& rows) {
    std::vector<std::string> keys;
    for (const auto& r : rows) {
        if (!r.member.key().empty()) keys.push_back(r.member.key());
    }
    const auto found = service.existing_keys(keys);
    const std::unordered_set<std::string> existing(found.begin(), found.end());
    for (auto& r : rows) {
        if (!existing.contains(r.member.key())) continue;
        r.findings.emplace_back("staff.exists", d::Severity::error, "curp");
        r.findings.back().with("field_label", r.member.curp.empty() ? "DNI" : "CURP").with("value", r.member.key());
    }
}

}  // namespace

StaffImportReport import_staff_file(const Session& session, d::StaffRepository& staff, const fs::path& file,
                                    const StaffImportOptions& options, const std::function<void(std::size_t)>& on_total,
                                    const d::ProgressReport& progress) {
    StaffImportReport report;
    const std::string name = file.filename().string();
    StaffFileRead read;
    const auto bytes = document::read_file(file.string());
    if (!bytes) {
        report.file_findings.emplace_back("staff.file_unreadable", d::Severity::error, "archivo");
        report.file_findings.back().with("file", file.string());
        return report;
    }
    // The import's audit row names the file by its name and its bytes' SHA-256, computed
    // while the file is read.
    d::ImportSource source;
    source.file_name = name;
    auto digest = std::async(std::launch::async, [&bytes] { return platform::sha256_hex(*bytes); });
    if (file.extension() == ".xlsx") {
        read = read_staff_xlsx(file.string(), name, options.units);
    } else {
        read = read_staff_csv(*bytes, name, options.units);
    }
    source.sha256 = digest.get();
    report.file_findings = read.file_findings;
    if (d::has_errors(report.file_findings)) return report;
    report.rows = read.rows.size();

    StaffService service(session, staff);
    if (!options.update_existing) mark_already_recorded(service, read.rows);
    std::vector<d::StaffMember> valid;
    std::string rejected_csv;
    valid.reserve(read.rows.size());
    for (auto& r : read.rows) {
        if (!d::has_errors(r.findings)) {
            valid.push_back(std::move(r.member));
            continue;
        }
        StaffRejection rejection{r.line, {}};
        std::ranges::copy_if(r.findings, std::back_inserter(rejection.findings),
                             [](const d::Finding& f) { return f.severity == d::Severity::error; });
        for (const auto& c : r.cells) rejected_csv += document::csv_field(c) + ",";
        rejected_csv += document::csv_field(reasons(rejection.findings)) + "\r\n";
        report.rejections.push_back(std::move(rejection));
    }
    if (!report.rejections.empty() && !options.partial) return report;
    if (on_total) on_total(valid.size());
    if (progress && !progress(0)) throw d::Cancelled();
    report.stored = service.import(valid, options.institution_code, options.update_existing, progress, source);
    report.imported = true;
    if (!report.rejections.empty()) {
        std::string header;
        for (const auto& h : read.header) header += document::csv_field(h) + ",";
        report.rejected_file = fs::path(file).replace_extension("").string() + ".rechazados.csv";
        platform::write_file_atomically(report.rejected_file, "\xEF\xBB\xBF" + header + "motivo\r\n" + rejected_csv);
    }
    return report;
}

std::size_t export_staff_file(const Session& session, d::StaffRepository& staff, const fs::path& file,
                              const d::ProgressReport& progress) {
    const auto ext = file.extension();
    if (ext != ".csv" && ext != ".xlsx") {
        throw ServiceError(fill(tr("cannot write «{file}»: the output must end in .csv or .xlsx"), {{"file", file.string()}}));
    }
    const auto people = StaffService(session, staff).export_all(fs::absolute(file).string());
    if (progress && !progress(people.size() / 2)) throw d::Cancelled();
    if (ext == ".xlsx") {
        auto temporary = file;
        temporary += ".parcial.xlsx";
        if (!write_staff_xlsx(people, temporary.string())) {
            fs::remove(temporary);
            throw ServiceError(fill(tr("cannot write «{file}»"), {{"file", file.string()}}));
        }
        if (progress && !progress(people.size())) {
            fs::remove(temporary);
            throw d::Cancelled();
        }
        fs::rename(temporary, file);
    } else {
        const auto text = write_staff_csv(people);
        if (progress && !progress(people.size())) throw d::Cancelled();
        platform::write_file_atomically(file, text);
    }
    return people.size();
}

std::string import_institution(domain::InstitutionRepository& institutions, const std::optional<std::string>& named) {
    if (named) return *named;
    const auto all = institutions.list();
    if (all.size() == 1) return all.front().code;
    if (all.empty()) return {};
    throw AmbiguousInstitution(locale::tr("there are several institutions; say which one the staff belong to."));
}

std::vector<std::string> unit_codes(domain::InstitutionRepository& institutions, const std::string& code) {
    std::vector<std::string> out;
    if (const auto institution = institutions.find(code)) {
        for (const auto& u : institution->units) out.push_back(u.code);
    }
    return out;
}

StaffImportReport StaffFiles::import(const std::filesystem::path& file, const std::optional<std::string>& institution,
                                     bool update_existing, bool partial,
                                     const std::function<void(std::size_t total)>& on_total,
                                     const domain::ProgressReport& progress) {
    const auto code = import_institution(institutions_, institution);
    const StaffImportOptions options{code, unit_codes(institutions_, code), update_existing, partial};
    return import_staff_file(session_, staff_, file, options, on_total, progress);
}

}  // namespace pacta::presentation
