#pragma once
// The bundled templates: <dir>/<id>.md with example data in <dir>/<id>.ejemplo.json.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pacta/document/template.h"

namespace pacta::document {

struct TemplateEntry {
    std::string id;
    int version = 0;
    std::string title;
    std::string country;
    std::filesystem::path path;
};

class TemplateLibrary {
public:
    explicit TemplateLibrary(std::filesystem::path dir) : dir_(std::move(dir)) {}

    [[nodiscard]] const std::filesystem::path& directory() const { return dir_; }
    // Every template in the directory that parses, sorted by id.
    [[nodiscard]] std::vector<TemplateEntry> list() const;
    [[nodiscard]] std::optional<std::filesystem::path> template_path(const std::string& id) const;
    [[nodiscard]] std::optional<std::filesystem::path> example_path(const std::string& id) const;

private:
    std::filesystem::path dir_;
};

// Reads and parses a template file; I/O problems become a finding ("template.unreadable").
[[nodiscard]] TemplateParse load_template(const std::filesystem::path& path);

// Reads a whole file as bytes; nullopt when it cannot be read.
[[nodiscard]] std::optional<std::string> read_file(const std::filesystem::path& path);

}  // namespace pacta::document
