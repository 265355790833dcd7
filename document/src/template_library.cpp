#include "pacta/document/template_library.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace pacta::document {

std::optional<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TemplateParse load_template(const std::filesystem::path& path) {
    const auto text = read_file(path);
    if (!text) {
        TemplateParse r;
        r.findings.emplace_back("template.unreadable", domain::Severity::error, path.string());
        return r;
    }
    return parse_template(*text, path.filename().string());
}

std::vector<TemplateEntry> TemplateLibrary::list() const {
    std::vector<TemplateEntry> entries;
    std::error_code ec;
    for (const auto& file : std::filesystem::directory_iterator(dir_, ec)) {
        if (file.path().extension() != ".md") continue;
        auto parsed = load_template(file.path());
        if (!parsed.value) continue;
        const auto& info = parsed.value->info;
        entries.push_back({info.id, info.version, info.title, info.country, file.path()});
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return entries;
}

std::optional<std::filesystem::path> TemplateLibrary::template_path(const std::string& id) const {
    auto p = dir_ / (id + ".md");
    if (std::filesystem::exists(p)) return p;
    return std::nullopt;
}

std::optional<std::filesystem::path> TemplateLibrary::example_path(const std::string& id) const {
    auto p = dir_ / (id + ".ejemplo.json");
    if (std::filesystem::exists(p)) return p;
    return std::nullopt;
}

}  // namespace pacta::document
