#include "pacta/presentation/templates/installed_templates.h"

#include <cctype>
#include <set>

#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/platform/atomic_file.h"
#include "pacta/platform/paths.h"

namespace pacta::presentation {

namespace {

std::filesystem::path& office_folder() {
    static std::filesystem::path folder;
    return folder;
}

bool plain_template_name(const std::string& name) {
    if (name.size() < 4 || name.size() > 124 || name.compare(name.size() - 3, 3, ".md") != 0 || name[0] == '.') return false;
    for (const char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '.' && c != '_' && c != '-') return false;
    }
    return true;
}

}  // namespace

document::TemplateLibrary installed_templates() {
    const auto& own = office_folder();
    return document::TemplateLibrary(platform::data_dir() / "plantillas",
                                     own.empty() ? platform::user_data_dir() / "plantillas" : own);
}

void use_office_templates_folder(const std::filesystem::path& folder) { office_folder() = folder; }

void mirror_office_templates(domain::OfficeTemplateShelf& shelf, const std::filesystem::path& folder) {
    namespace fs = std::filesystem;
    std::set<std::string> kept;
    fs::create_directories(folder);
    for (const auto& file : shelf.all()) {
        if (!plain_template_name(file.file_name)) continue;
        kept.insert(file.file_name);
        const fs::path target = folder / file.file_name;
        if (document::read_file(target) == file.text) continue;
        platform::write_file_atomically(target, file.text);
    }
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const auto name = entry.path().filename().string();
        if (entry.path().extension() == ".md" && !kept.contains(name)) fs::remove(entry.path(), ec);
    }
}

std::string template_problem(const document::TemplateEntry& entry) {
    if (!entry.problem) return {};
    std::string message = locale::describe(*entry.problem);
    // A template's findings open with the file's name ("roto.md, línea 12, ..." or "roto.md: ..."),
    // which the list shows already.
    const std::string file = entry.problem->field;
    if (!file.empty() && message.rfind(file, 0) == 0 && message.size() > file.size() + 2 &&
        (message.compare(file.size(), 2, ", ") == 0 || message.compare(file.size(), 2, ": ") == 0)) {
        message.erase(0, file.size() + 2);
    }
    // One line in a list: the lines that may follow (the text quoted with a caret under the
    // place) are for «plantilla validar» and the editor.
    if (const auto end = message.find('\n'); end != std::string::npos) message.erase(end);
    return message;
}

std::string unusable_template_line(const document::TemplateEntry& entry) {
    return locale::fill(locale::tr("{file}: cannot be used: {problem}"),
                        {{"file", entry.path.filename().string()}, {"problem", template_problem(entry)}});
}

std::string template_name(const document::TemplateEntry& entry) {
    return entry.id.empty() ? entry.path.filename().string() : entry.id;
}

}  // namespace pacta::presentation
