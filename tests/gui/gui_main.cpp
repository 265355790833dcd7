// The desktop tests' program: a wxApp without a main window, Spanish unless a run asks for
// another language, a fixed «today», and settings in a file of this run.
#include <gtest/gtest.h>
#include <unistd.h>
#include <wx/app.h>
#include <wx/fileconf.h>
#include <wx/init.h>

#include <cstdlib>
#include <filesystem>

#include "gui_locale.h"

namespace {

namespace fs = std::filesystem;

class TestApp : public wxApp {
public:
    bool OnInit() override { return true; }
};

}  // namespace

wxIMPLEMENT_APP_NO_MAIN(TestApp);

int main(int argc, char** argv) {
    testing::InitGoogleTest(&argc, argv);
    // Not the language a developer chose in Preferencias: Spanish, or the one a run asks for.
    const char* asked = std::getenv("PACTA_GUI_IDIOMA");
    ::setenv("PACTA_IDIOMA", asked ? asked : "es", 1);
    ::setenv("PACTA_FECHA_HOY", "2024-03-15", 1);  // the sample contract's time, for Inicio
    wxEntryStart(argc, argv);
    if (!wxTheApp->CallOnInit()) return 1;
    // Window sizes, column widths and the language go to a file of this run, not the
    // developer's own settings.
    const auto settings = fs::temp_directory_path() / ("pacta-gui-settings-" + std::to_string(::getpid()) + ".ini");
    wxConfigBase::Set(new wxFileConfig("pacta", wxEmptyString, settings.string(), wxEmptyString, wxCONFIG_USE_LOCAL_FILE));
    pacta::gui::set_up_language();
    const int result = RUN_ALL_TESTS();
    wxTheApp->OnExit();
    delete wxConfigBase::Set(nullptr);
    fs::remove(settings);
    wxEntryCleanup();
    return result;
}
