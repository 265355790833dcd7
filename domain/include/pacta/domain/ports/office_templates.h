#pragma once
// Storage port: the office's own contract templates, where the store keeps them. On the
// office server they live in the database, so every desk drafts from the same ones; on one
// desk they are files of the user's data folder, which the template library reads directly
// (Store::office_templates() is null there).

#include <string>
#include <vector>

namespace pacta::domain {

struct OfficeTemplateFile {
    std::string file_name;  // «honorarios-2025.md»: letters, digits, «.», «_», «-»; ends in .md
    std::string text;
    std::string saved_by;   // filled by the store
    std::string saved_at;   // UTC, filled by the store
};

// Guarantees: a save is one transaction with its audit row; a file name keeps one text (a
// save replaces it); names outside the pattern and texts above 1 MB are refused.
class OfficeTemplateShelf {
public:
    virtual ~OfficeTemplateShelf() = default;
    // Every template the office keeps, by file name.
    [[nodiscard]] virtual std::vector<OfficeTemplateFile> all() = 0;
    virtual void save(const OfficeTemplateFile& file, const std::string& actor) = 0;
};

}  // namespace pacta::domain
