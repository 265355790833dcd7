#include "pacta/presentation/templates/template_editor_screen.h"

#include "pacta/presentation/payments/payment_schedule.h"

#include <map>

#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/presentation/contracts/contract_output.h"
#include "pacta/presentation/templates/installed_templates.h"
#include "pacta/presentation/templates/office_template_service.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

int number_param(const d::Finding& f, const char* name) {
    const auto text = f.param(name);
    return text.empty() ? 0 : std::stoi(text);
}

}  // namespace

TemplateEditorViewModel::TemplateEditorViewModel(const Session& session, document::TemplateLibrary library,
                                                 d::ContractCatalog& catalog, d::OfficeTemplateShelf* shelf)
    : list({tr("Template"), tr("State"), tr("Version"), tr("Title"), tr("Country"), tr("Origin"),
            tr("Contracts made from it")}),
      session_(session), library_(std::move(library)), catalog_(catalog), shelf_(shelf) {}

void TemplateEditorViewModel::reload() {
    session_.require(d::Permission::read_records, "plantillas");
    entries_ = library_.list();
    // Contracts per stored version, for the versions' status.
    std::map<std::string, std::map<int, std::size_t>> used;
    const auto& mine = session_.user().institutions;
    for (const auto& [template_version, count] : catalog_.count_by_template({mine.begin(), mine.end()})) {
        used[template_version.first][template_version.second] = count;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& e : entries_) {
        const bool own = !library_.own_directory().empty() && e.path.parent_path() == library_.own_directory();
        std::string versions;
        for (const auto& [number, count] : used[e.id]) {
            versions += (versions.empty() ? "" : "; ") +
                        fill(tr("v{version}: {count}"), {{"version", std::to_string(number)}, {"count", std::to_string(count)}});
        }
        // One that cannot be used shows why where its title would be (a broken file has none).
        rows.push_back({template_name(e), e.usable() ? tr("can be used") : tr("cannot be used"),
                        e.usable() ? std::to_string(e.version) : std::string(), e.usable() ? e.title : template_problem(e),
                        e.country, own ? tr("the office's") : tr("bundled"), versions.empty() ? tr("none yet") : versions});
    }
    list.set_rows(std::move(rows));
}

bool TemplateEditorViewModel::open(std::size_t row) {
    error_.clear();
    const auto& entry = entries_.at(list.source_index(row));
    const auto text = document::read_file(entry.path);
    if (!text) {
        error_ = fill(tr("the template file «{file}» cannot be read."), {{"file", entry.path.string()}});
        return false;
    }
    open_id_ = entry.id;
    open_path_ = entry.path;
    example_json_.clear();
    if (const auto example = library_.example_path(entry.id)) example_json_ = document::read_file(*example).value_or("");
    saved_text_ = *text;
    set_text(*text);
    return true;
}

void TemplateEditorViewModel::set_text(const std::string& text) {
    text_ = text;
    problems_.clear();
    errors_ = false;
    const auto parsed = document::parse_template(text_, open_path_.filename().string());
    for (const auto& f : parsed.findings) {
        errors_ = errors_ || f.severity == d::Severity::error;
        problems_.push_back({number_param(f, "line"), number_param(f, "column"), locale::describe(f)});
    }
    if (!parsed.value) errors_ = true;
}

std::string TemplateEditorViewModel::preview_pdf() {
    note_.clear();
    if (errors_) {
        note_ = tr("The preview waits until the template has no errors.");
        return {};
    }
    const auto tmpl = document::parse_template(text_, open_path_.filename().string());
    const auto data = document::parse_json_data(example_json_.empty() ? "{}" : example_json_, open_id_ + ".ejemplo.json");
    if (!tmpl.value || !data.value) return {};
    const auto generated = generate_with_rules(*tmpl.value, *data.value);
    if (!generated.document) {
        note_ = generated.findings.empty() ? tr("The example data do not fit this template.")
                                          : fill(tr("With the example data: {problem}"),
                                                 {{"problem", locale::describe(generated.findings.front())}});
        return {};
    }
    pdf::ContractPdfWriter writer;
    return render_contract(*generated.document, OutputFormat::pdf, tr("PREVIEW"), {}, &writer);
}

bool TemplateEditorViewModel::save() {
    error_.clear();
    try {
        session_.require(d::Permission::manage_institutions, "plantilla " + open_id_);
    } catch (const ServiceError& e) {
        error_ = e.what();
        return false;
    }
    if (errors_) {
        error_ = tr("correct the template's errors first; each one names its line and column.");
        return false;
    }
    // Other files and contracts know the template by its id: it must stay (a file that declared
    // none may take any).
    const auto parsed = document::parse_template(text_, open_path_.filename().string());
    const std::string declared_id = parsed.value->info.id;
    if (!open_id_.empty() && declared_id != open_id_) {
        error_ = fill(tr("the template's @plantilla line must keep the id «{id}»; to make another template, copy the "
                         "file under a new name."),
                      {{"id", open_id_}});
        return false;
    }
    const auto& own = library_.own_directory();
    // The office's file is saved in place; a bundled template gets an office copy named by its id.
    const bool office_file = !own.empty() && open_path_.parent_path() == own;
    const std::string file_name = office_file ? open_path_.filename().string() : declared_id + ".md";
    std::error_code ec;
    if (!office_file && !own.empty() && fs::exists(own / file_name, ec)) {
        error_ = fill(tr("the office's templates already have a file named «{file}» that holds another template; "
                         "rename that file first."),
                      {{"file", file_name}});
        return false;
    }
    fs::path target;
    try {
        target = OfficeTemplateService(session_, library_, shelf_).keep(file_name, text_, declared_id);
    } catch (const ServiceError& e) {
        error_ = e.what();
        return false;
    }
    open_id_ = declared_id;
    open_path_ = target;
    saved_text_ = text_;
    reload();
    return true;
}

}  // namespace pacta::presentation
