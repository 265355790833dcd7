#pragma once
// The templates this installation offers: the bundled ones (share/pacta/plantillas) and the
// office's own, which replace bundled ones of the same id. On one desk the office's own are
// the files of the user's data folder (plantillas/); on the office server they live in the
// database and this desk reads its copy of them (mirror_office_templates). pacta-cli and the
// desktop application use the same.

#include <filesystem>
#include <string>

#include "pacta/document/template_library.h"
#include "pacta/domain/ports/office_templates.h"

namespace pacta::presentation {

[[nodiscard]] document::TemplateLibrary installed_templates();

// Where installed_templates() finds the office's own templates from now on; empty: the
// user's data folder again. The office opened (core::Office) sets it for its process.
void use_office_templates_folder(const std::filesystem::path& folder);

// Makes `folder` hold exactly the shelf's templates (written under a temporary name and
// renamed, private; other .md files removed). Names that could leave the folder are skipped.
void mirror_office_templates(domain::OfficeTemplateShelf& shelf, const std::filesystem::path& folder);

// Why a listed template cannot be used, in Spanish, on one line and without its file's name in
// front ("línea 12, columna 5: el campo «a.c» no está declarado; ..."); empty when it can be used.
[[nodiscard]] std::string template_problem(const document::TemplateEntry& entry);

// "roto.md: no se puede usar: línea 12, columna 5: ...", for a template that cannot be used.
[[nodiscard]] std::string unusable_template_line(const document::TemplateEntry& entry);

// How a list names a template: its id, or its file's name when it declares none.
[[nodiscard]] std::string template_name(const document::TemplateEntry& entry);

}  // namespace pacta::presentation
