#include "gui_locale.h"

#include <wx/intl.h>
#include <wx/translation.h>

#include "pacta/locale/catalog.h"
#include "pacta/platform/paths.h"

namespace pacta::gui {

void set_up_language() {
    const auto language = locale::language_from_environment();
    locale::set_language(platform::messages_dir(), language);
    auto* translations = new wxTranslations;
    translations->SetLanguage(language == "en" ? "en" : "es");
    translations->AddStdCatalog();
    wxTranslations::Set(translations);
}

}  // namespace pacta::gui
