#include "pacta/presentation/templates/installed_templates.h"

#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/platform/paths.h"

namespace pacta::presentation {

document::TemplateLibrary installed_templates() {
    return document::TemplateLibrary(platform::data_dir() / "plantillas", platform::user_data_dir() / "plantillas");
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
