#include "desktop_settings.h"

#include <wx/fileconf.h>

#include "pacta/platform/paths.h"
#include "wx_text.h"

namespace pacta::gui {

void use_desktop_settings_file() {
    const auto file = platform::desktop_settings_file();
    delete wxConfigBase::Set(new wxFileConfig("pacta", wxEmptyString, to_wx(file.string()), wxEmptyString,
                                              wxCONFIG_USE_LOCAL_FILE));
}

}  // namespace pacta::gui
