#pragma once
// The application's language: our catalog (Boost.Locale, shared with pacta-cli) and
// wxWidgets' own for stock buttons ("Aceptar", "Cancelar"), from Debian's wx3.2-i18n; and the
// formats (dates in pickers) of the institution's country.

#include <string>

#include "pacta/domain/money.h"

namespace pacta::gui {

// $PACTA_IDIOMA when set, else the choice saved in Configuración › Preferencias, else "es".
[[nodiscard]] std::string preferred_language();
void set_preferred_language(const std::string& language);

// Loads the catalogs for the preferred language, with Mexican or Peruvian formats. Called
// at start-up and again after the login, when the institution (and its profile) is known.
void set_up_language(domain::FormatProfile profile = domain::FormatProfile::es_MX);

}  // namespace pacta::gui
