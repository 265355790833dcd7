#include "pacta/presentation/installed_templates.h"

#include "pacta/platform/paths.h"

namespace pacta::presentation {

document::TemplateLibrary installed_templates() {
    return document::TemplateLibrary(platform::data_dir() / "plantillas", platform::user_data_dir() / "plantillas");
}

}  // namespace pacta::presentation
