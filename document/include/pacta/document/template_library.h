#pragma once
// Templates: the *.md files of the bundled directory and, when given, of the office's own
// directory. A template is known by the id its @plantilla line declares, whatever the file is
// called; the office's templates take the place of bundled ones with the same id. Example data
// sit next to a template as <id>.ejemplo.json or <file name>.ejemplo.json.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pacta/document/template.h"
#include "pacta/domain/finding.h"

namespace pacta::document {

struct TemplateEntry {
    std::string id;  // as its @plantilla line says; empty when the file declares none
    int version = 0;
    std::string title;
    std::string country;
    std::filesystem::path path;
    // Why the template cannot be used: the first error of its file, or another file of the
    // same directory declaring the same id ("template.duplicate_id", params id and other).
    // The finding's field is the file's name. Unset when the template can be used.
    std::optional<domain::Finding> problem;

    [[nodiscard]] bool usable() const { return !problem.has_value(); }
};

class TemplateLibrary {
public:
    explicit TemplateLibrary(std::filesystem::path dir, std::filesystem::path own_dir = {})
        : dir_(std::move(dir)), own_dir_(std::move(own_dir)) {}

    [[nodiscard]] const std::filesystem::path& directory() const { return dir_; }
    // Where the office keeps its own templates (empty when there is none).
    [[nodiscard]] const std::filesystem::path& own_directory() const { return own_dir_; }
    // Every template file, usable or not (a broken one carries its problem), sorted by id
    // (by file name for a file that declares none); bundled ones the office replaces left out.
    [[nodiscard]] std::vector<TemplateEntry> list() const;
    // The template that answers to `id`: the office's first, then the bundled one. It may be
    // unusable (see TemplateEntry::problem); nullopt when no file declares the id.
    [[nodiscard]] std::optional<TemplateEntry> find(const std::string& id) const;
    // The file of find(id), usable or not.
    [[nodiscard]] std::optional<std::filesystem::path> template_path(const std::string& id) const;
    // <id>.ejemplo.json or <file name>.ejemplo.json next to the template, else <id>.ejemplo.json
    // in either directory (the office's copy of a bundled template keeps the bundled example).
    [[nodiscard]] std::optional<std::filesystem::path> example_path(const std::string& id) const;

private:
    std::filesystem::path dir_;
    std::filesystem::path own_dir_;
};

// The id a template's header declares with @plantilla (the last one, as the parser reads it),
// without parsing the rest; empty when there is none.
[[nodiscard]] std::string declared_template_id(std::string_view text);

// Reads and parses a template file; I/O problems become a finding ("template.unreadable").
[[nodiscard]] TemplateParse load_template(const std::filesystem::path& path);

// Reads a whole file as bytes; nullopt when it cannot be read.
[[nodiscard]] std::optional<std::string> read_file(const std::filesystem::path& path);

}  // namespace pacta::document
