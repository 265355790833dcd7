#pragma once
// The templates this installation offers: the bundled ones (share/pacta/plantillas) and the
// office's own, kept in the user's data folder (plantillas/), which replace bundled ones of
// the same id. pacta-cli and the desktop application use the same.

#include "pacta/document/template_library.h"

namespace pacta::presentation {

[[nodiscard]] document::TemplateLibrary installed_templates();

}  // namespace pacta::presentation
