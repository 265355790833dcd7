#pragma once
// Templates: <dir>/<id>.md with example data in <dir>/<id>.ejemplo.json, from the bundled
// directory and, when given, the office's own directory, whose templates take the place of
// bundled ones with the same id.

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
    explicit TemplateLibrary(std::filesystem::path dir, std::filesystem::path own_dir = {})
        : dir_(std::move(dir)), own_dir_(std::move(own_dir)) {}

    [[nodiscard]] const std::filesystem::path& directory() const { return dir_; }
    // Where the office keeps its own templates (empty when there is none).
    [[nodiscard]] const std::filesystem::path& own_directory() const { return own_dir_; }
    // Every template in the directory that parses, sorted by id.
    [[nodiscard]] std::vector<TemplateEntry> list() const;
    [[nodiscard]] std::optional<std::filesystem::path> template_path(const std::string& id) const;
    [[nodiscard]] std::optional<std::filesystem::path> example_path(const std::string& id) const;

private:
    [[nodiscard]] std::optional<std::filesystem::path> find(const std::string& name) const;

    std::filesystem::path dir_;
    std::filesystem::path own_dir_;
};

// Reads and parses a template file; I/O problems become a finding ("template.unreadable").
[[nodiscard]] TemplateParse load_template(const std::filesystem::path& path);

// Reads a whole file as bytes; nullopt when it cannot be read.
[[nodiscard]] std::optional<std::string> read_file(const std::filesystem::path& path);

}  // namespace pacta::document
