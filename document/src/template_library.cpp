#include "pacta/document/template_library.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace pacta::document {

namespace fs = std::filesystem;

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TemplateParse load_template(const fs::path& path) {
    const auto text = read_file(path);
    if (!text) {
        TemplateParse r;
        r.findings.emplace_back("template.unreadable", domain::Severity::error, path.string());
        return r;
    }
    return parse_template(*text, path.filename().string());
}

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}

// The words of a header line as the parser splits them: blanks between words, a quoted word
// running to its closing quote.
std::vector<std::string_view> header_words(std::string_view line) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && is_blank(line[i])) ++i;
        if (i >= line.size()) break;
        if (line[i] == '"') {
            const std::size_t close = line.find('"', i + 1);
            const std::size_t stop = close == std::string_view::npos ? line.size() : close;
            words.push_back(line.substr(i + 1, stop - i - 1));
            i = stop + 1;
        } else {
            const std::size_t start = i;
            while (i < line.size() && !is_blank(line[i]) && line[i] != '"') ++i;
            words.push_back(line.substr(start, i - start));
        }
    }
    return words;
}

// The *.md files of a directory, by name; none when it is missing or unreadable.
std::vector<fs::path> template_files(const fs::path& dir) {
    std::vector<fs::path> files;
    if (dir.empty()) return files;
    std::error_code ec;
    for (const auto& file : fs::directory_iterator(dir, ec)) {
        std::error_code type_ec;
        if (file.path().extension() == ".md" && file.is_regular_file(type_ec)) files.push_back(file.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

TemplateEntry entry_of(const fs::path& file) {
    TemplateEntry entry;
    entry.path = file;
    const std::string name = file.filename().string();
    const auto text = read_file(file);
    if (!text) {
        entry.problem = domain::Finding("template.unreadable", domain::Severity::error, name);
        return entry;
    }
    auto parsed = parse_template(*text, name);
    if (parsed.value) {
        const auto& info = parsed.value->info;
        entry.id = info.id;
        entry.version = info.version;
        entry.title = info.title;
        entry.country = info.country;
        return entry;
    }
    entry.id = declared_template_id(*text);
    const auto first_error = std::find_if(parsed.findings.begin(), parsed.findings.end(),
                                          [](const auto& f) { return f.severity == domain::Severity::error; });
    entry.problem = first_error != parsed.findings.end()
                        ? *first_error
                        : domain::Finding("template.unreadable", domain::Severity::error, name);
    return entry;
}

domain::Finding duplicate_id(const fs::path& file, const fs::path& other, const std::string& id) {
    domain::Finding f("template.duplicate_id", domain::Severity::error, file.filename().string());
    f.with("id", id).with("other", other.filename().string());
    return f;
}

// The templates of one directory; files of it that declare the same id are all unusable,
// each naming another of them.
std::vector<TemplateEntry> entries_of(const fs::path& dir) {
    std::vector<TemplateEntry> entries;
    for (const auto& file : template_files(dir)) entries.push_back(entry_of(file));
    std::map<std::string, std::vector<std::size_t>> by_id;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].id.empty()) by_id[entries[i].id].push_back(i);
    }
    for (const auto& [id, same] : by_id) {
        if (same.size() < 2) continue;
        for (std::size_t k = 0; k < same.size(); ++k) {
            auto& entry = entries[same[k]];
            entry.problem = duplicate_id(entry.path, entries[same[k == 0 ? 1 : 0]].path, id);
        }
    }
    return entries;
}

std::string sort_key(const TemplateEntry& e) { return e.id.empty() ? e.path.filename().string() : e.id; }

}  // namespace

std::string declared_template_id(std::string_view text) {
    std::string id;
    std::size_t offset = 0;
    while (offset < text.size()) {
        std::size_t end = text.find('\n', offset);
        if (end == std::string_view::npos) end = text.size();
        const auto line = trimmed(text.substr(offset, end - offset));
        if (!line.empty() && line.front() != '@' && line.rfind("%%", 0) != 0) break;  // the body starts
        if (!line.empty() && line.front() == '@') {
            const auto words = header_words(line);
            if (words.size() >= 2 && words[0] == "@plantilla") id = std::string(words[1]);
        }
        offset = end + 1;
    }
    return id;
}

std::vector<TemplateEntry> TemplateLibrary::list() const {
    std::vector<TemplateEntry> entries = entries_of(own_dir_);
    std::set<std::string> replaced;
    for (const auto& e : entries) {
        if (!e.id.empty()) replaced.insert(e.id);
    }
    if (own_dir_ != dir_) {
        for (auto& e : entries_of(dir_)) {
            if (e.id.empty() || !replaced.contains(e.id)) entries.push_back(std::move(e));
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const TemplateEntry& a, const TemplateEntry& b) {
        const auto ka = sort_key(a);
        const auto kb = sort_key(b);
        return ka != kb ? ka < kb : a.path.filename() < b.path.filename();
    });
    return entries;
}

std::optional<TemplateEntry> TemplateLibrary::find(const std::string& id) const {
    if (id.empty()) return std::nullopt;
    for (const auto& dir : {own_dir_, dir_}) {
        // Only the header is read to match the id; only a match is parsed.
        std::vector<fs::path> matching;
        for (const auto& file : template_files(dir)) {
            if (const auto text = read_file(file); text && declared_template_id(*text) == id) matching.push_back(file);
        }
        if (matching.empty()) continue;
        auto entry = entry_of(matching.front());
        if (matching.size() > 1) entry.problem = duplicate_id(matching[0], matching[1], id);
        return entry;
    }
    return std::nullopt;
}

std::optional<fs::path> TemplateLibrary::template_path(const std::string& id) const {
    if (auto entry = find(id)) return std::move(entry->path);
    return std::nullopt;
}

std::optional<fs::path> TemplateLibrary::example_path(const std::string& id) const {
    std::error_code ec;
    if (const auto entry = find(id)) {
        const auto dir = entry->path.parent_path();
        for (const auto& name : {id + ".ejemplo.json", entry->path.stem().string() + ".ejemplo.json"}) {
            if (auto p = dir / name; fs::is_regular_file(p, ec)) return p;
        }
    }
    for (const auto& dir : {own_dir_, dir_}) {
        if (dir.empty()) continue;
        if (auto p = dir / (id + ".ejemplo.json"); fs::is_regular_file(p, ec)) return p;
    }
    return std::nullopt;
}

}  // namespace pacta::document
