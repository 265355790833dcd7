#include "pacta/document/template_library.h"

#include <algorithm>
#include <map>
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
    std::map<std::string, TemplateEntry> by_id;
    // The office's own directory last, so its templates replace bundled ones of the same id.
    for (const auto& dir : {dir_, own_dir_}) {
        if (dir.empty()) continue;
        std::error_code ec;
        for (const auto& file : std::filesystem::directory_iterator(dir, ec)) {
            if (file.path().extension() != ".md") continue;
            auto parsed = load_template(file.path());
            if (!parsed.value) continue;
            const auto& info = parsed.value->info;
            by_id[info.id] = {info.id, info.version, info.title, info.country, file.path()};
        }
    }
    std::vector<TemplateEntry> entries;
    for (auto& [_, entry] : by_id) entries.push_back(std::move(entry));
    return entries;
}

std::optional<std::filesystem::path> TemplateLibrary::find(const std::string& name) const {
    for (const auto& dir : {own_dir_, dir_}) {
        if (dir.empty()) continue;
        if (auto p = dir / name; std::filesystem::exists(p)) return p;
    }
    return std::nullopt;
}

std::optional<std::filesystem::path> TemplateLibrary::template_path(const std::string& id) const { return find(id + ".md"); }

std::optional<std::filesystem::path> TemplateLibrary::example_path(const std::string& id) const {
    return find(id + ".ejemplo.json");
}

}  // namespace pacta::document
