#pragma once
// The desktop's settings (language, window size and position, column widths) in
// $XDG_CONFIG_HOME/pacta/pacta.conf, where wxWidgets would otherwise write ~/.pacta.

namespace pacta::gui {

// Makes that file wxConfigBase's, moving an older ~/.pacta there the first time.
void use_desktop_settings_file();

}  // namespace pacta::gui
