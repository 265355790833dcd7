#pragma once
// Plantillas y cláusulas: the templates this installation offers, with their version, where
// they come from (bundled or the office's own), how many contracts were made from each
// version and whether they can be used (a broken file of the office is listed with its first
// error in place of its title, and can be opened to correct it); and an editor whose problems
// carry their line and column and whose preview is the contract generated with the
// template's example data, redrawn as one types. Saving writes the office's own copy
// (administradores), so the bundled one is never changed.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pacta/document/template_library.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/office_templates.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/common/record_list.h"

namespace pacta::presentation {

struct TemplateProblem {
    int line = 0, column = 0;
    std::string message;  // "línea 12, columna 5: …", in Spanish
};

class TemplateEditorViewModel {
public:
    enum Column { id, state, version, title, country, origin, contracts };
    // With `shelf` (the office server's), a save goes to the server first, so every desk
    // drafts from it; the library's own folder is then this desk's copy.
    TemplateEditorViewModel(const Session& session, document::TemplateLibrary library, domain::ContractCatalog& catalog,
                            domain::OfficeTemplateShelf* shelf = nullptr);
    void reload();
    RecordList list;

    // Opens the template of a row for editing; false with error() when it cannot be read.
    bool open(std::size_t row);
    [[nodiscard]] const std::string& text() const { return text_; }
    [[nodiscard]] const std::string& open_id() const { return open_id_; }
    // Checks the text as it is now; problems() and preview_pdf() follow it.
    void set_text(const std::string& text);
    [[nodiscard]] const std::vector<TemplateProblem>& problems() const { return problems_; }
    [[nodiscard]] bool has_errors() const { return errors_; }
    // The contract generated with the template's example data, as PDF bytes; empty while the
    // template has errors or the example does not fit it (preview_note() says why).
    [[nodiscard]] std::string preview_pdf();
    [[nodiscard]] const std::string& preview_note() const { return note_; }
    [[nodiscard]] bool modified() const { return text_ != saved_text_; }
    // Writes the office's file it was opened from, or <own directory>/<id>.md for a bundled one
    // (atomically; on the office server, in its database first); refused with errors or
    // without the role.
    bool save();
    [[nodiscard]] const std::string& error() const { return error_; }

private:
    const Session& session_;
    document::TemplateLibrary library_;
    domain::ContractCatalog& catalog_;
    domain::OfficeTemplateShelf* shelf_;
    std::vector<document::TemplateEntry> entries_;
    std::string open_id_;
    std::filesystem::path open_path_;
    std::string text_, saved_text_;
    std::string example_json_;
    std::vector<TemplateProblem> problems_;
    bool errors_ = false;
    std::string note_;
    std::string error_;
};

}  // namespace pacta::presentation
