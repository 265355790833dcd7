#pragma once
// The application's language: our catalog (Boost.Locale, shared with pacta-cli) and
// wxWidgets' own for stock buttons ("Aceptar", "Cancelar"), from Debian's wx3.2-i18n.

namespace pacta::gui {

void set_up_language();

}  // namespace pacta::gui
