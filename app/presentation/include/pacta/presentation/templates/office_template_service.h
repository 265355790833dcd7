#pragma once
// Keeping a template as the office's own (administradores): on one desk a file of the user's
// data folder; on the office server a row of its database first, so every desk drafts from
// it, then this desk's copy. The editor's «Guardar» and «pacta-cli plantilla instalar» both
// come here.

#include <filesystem>
#include <string>

#include "pacta/document/template_library.h"
#include "pacta/domain/ports/office_templates.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

class OfficeTemplateService {
public:
    OfficeTemplateService(const Session& session, document::TemplateLibrary library,
                          domain::OfficeTemplateShelf* shelf)
        : session_(session), library_(std::move(library)), shelf_(shelf) {}

    // Keeps `text` as the office's template under its own id: in place of the office's file
    // that already declares that id, else as <id>.md. Refused (InvalidInput with the parser's
    // findings) when it has errors; ServiceError without the role or when a file of that name
    // holds another template. Returns where this desk keeps it.
    std::filesystem::path install(const std::string& text, const std::string& source_name);
    // Writes `text` as the office's file `file_name` (a plain name ending in .md), which
    // declares `id`; the caller has checked the text. Throws ServiceError.
    std::filesystem::path keep(const std::string& file_name, const std::string& text, const std::string& id);

private:
    const Session& session_;
    document::TemplateLibrary library_;
    domain::OfficeTemplateShelf* shelf_;
};

}  // namespace pacta::presentation
