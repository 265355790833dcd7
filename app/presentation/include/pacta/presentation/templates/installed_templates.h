#pragma once
// The templates this installation offers: the bundled ones (share/pacta/plantillas) and the
// office's own, kept in the user's data folder (plantillas/), which replace bundled ones of
// the same id. pacta-cli and the desktop application use the same.

#include <string>

#include "pacta/document/template_library.h"

namespace pacta::presentation {

[[nodiscard]] document::TemplateLibrary installed_templates();

// Why a listed template cannot be used, in Spanish, on one line and without its file's name in
// front ("línea 12, columna 5: el campo «a.c» no está declarado; ..."); empty when it can be used.
[[nodiscard]] std::string template_problem(const document::TemplateEntry& entry);

// "roto.md: no se puede usar: línea 12, columna 5: ...", for a template that cannot be used.
[[nodiscard]] std::string unusable_template_line(const document::TemplateEntry& entry);

// How a list names a template: its id, or its file's name when it declares none.
[[nodiscard]] std::string template_name(const document::TemplateEntry& entry);

}  // namespace pacta::presentation
