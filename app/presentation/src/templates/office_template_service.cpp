#include "pacta/presentation/templates/office_template_service.h"

#include "pacta/document/template.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/atomic_file.h"

namespace pacta::presentation {

namespace d = pacta::domain;
namespace fs = std::filesystem;
using locale::fill;
using locale::tr;

fs::path OfficeTemplateService::install(const std::string& text, const std::string& source_name) {
    session_.require(d::Permission::manage_institutions, "plantilla " + source_name);
    const auto parsed = document::parse_template(text, source_name);
    if (!parsed.value || d::has_errors(parsed.findings)) {
        throw InvalidInput(fill(tr("«{file}» was not installed; correct it first."), {{"file", source_name}}),
                           parsed.findings);
    }
    const std::string id = parsed.value->info.id;
    const auto& own = library_.own_directory();
    // The office's file of that id is replaced where it is; a new id gets <id>.md.
    if (const auto found = library_.find(id); found && !own.empty() && found->path.parent_path() == own) {
        return keep(found->path.filename().string(), text, id);
    }
    const std::string file_name = id + ".md";
    if (const auto there = document::read_file(own / file_name); there && document::declared_template_id(*there) != id) {
        throw ServiceError(fill(tr("the office's templates already have a file named «{file}» that holds another "
                                   "template; rename that file first."),
                                {{"file", file_name}}));
    }
    return keep(file_name, text, id);
}

fs::path OfficeTemplateService::keep(const std::string& file_name, const std::string& text, const std::string& id) {
    session_.require(d::Permission::manage_institutions, "plantilla " + id);
    const auto& own = library_.own_directory();
    if (own.empty()) throw ServiceError(tr("this installation has no folder for the office's own templates."));
    if (shelf_ != nullptr) {
        // The server first: it is what every desk drafts from, and it writes the audit row.
        try {
            shelf_->save({file_name, text, {}, {}}, session_.actor());
        } catch (const std::exception&) {
            throw ServiceError(tr("the office server did not keep the template; nothing was changed. Try again, or "
                                  "ask the server's administrator if it goes on."));
        }
    }
    const fs::path target = own / file_name;
    try {
        fs::create_directories(own);
        platform::write_file_atomically(target, text);
    } catch (const std::exception& e) {
        throw ServiceError(fill(tr("the template could not be saved: {detail}"), {{"detail", e.what()}}));
    }
    if (shelf_ == nullptr) session_.record_access("actualizar", "plantilla", id, "{}");
    return target;
}

}  // namespace pacta::presentation
