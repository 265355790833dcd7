// pacta: the desktop application. First start on an empty database runs the setup; then
// the login; then the main window.
#include <wx/app.h>
#include <wx/msgdlg.h>

#include <iostream>

#include "command_line.h"
#include "desktop_settings.h"
#include "problem_dialog.h"
#include "gui_locale.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/paths.h"
#include "pacta/platform/private_files.h"
#include "pacta/presentation/session/demo.h"
#include "gui_workspace.h"
#include "login_dialog.h"
#include "main_frame.h"
#include "setup_dialog.h"
#include "window_geometry.h"
#include "wx_text.h"

namespace {

using namespace pacta;

// Set by main() from the command line, read once the toolkit is up.
bool demo_requested = false;

class PactaApp : public wxApp {
public:
    bool OnInit() override {
        platform::keep_new_files_private();
        SetAppName("pacta");
        gui::use_desktop_settings_file();
        gui::set_up_language();
        // `pacta --demo`: the demonstration office (scripts/run), never the user's database.
        const bool demo = demo_requested;
        try {
            workspace_ = gui::open_gui_workspace(demo ? gui::demo_database() : gui::default_database());
            workspace_->demo = demo;
        } catch (...) {
            gui::show_current_problem(nullptr, gui::tr_wx("The database cannot be opened"));
            return false;
        }
        if (demo) {
            const auto problem = presentation::seed_demo(workspace_->users, workspace_->institutions, workspace_->staff,
                                                         workspace_->audit, platform::data_dir() / "demo");
            if (!problem.empty()) {
                wxMessageBox(gui::to_wx(problem), gui::tr_wx("The demonstration cannot start"), wxOK | wxICON_ERROR);
                return false;
            }
        }
        if (workspace_->users.count() == 0) {
            presentation::SetupViewModel setup(workspace_->users, workspace_->institutions, workspace_->audit);
            gui::SetupDialog dialog(nullptr, setup);
            if (dialog.ShowModal() != wxID_OK) return false;
        }
        return log_in_and_open();
    }

private:
    // The login, then the main window for whoever logged in; false when nobody did.
    bool log_in_and_open() {
        presentation::LoginViewModel login(workspace_->users, workspace_->audit);
        if (workspace_->demo) {
            login.username = presentation::demo_username;
            login.password = presentation::demo_password;
        }
        gui::LoginDialog dialog(nullptr, login);
        if (dialog.ShowModal() != wxID_OK || !dialog.account()) return false;
        workspace_->office->start_session(*dialog.account());
        // Dates and amounts as the institution's country writes them.
        gui::set_up_language(gui::institution_profile(*workspace_));
        auto* frame = new gui::MainFrame(*workspace_);
        frame->on_log_out([this, frame] { log_out(frame); });
        frame->Show();
        return true;
    }

    // Archivo › Cerrar sesión: the window hides while the login asks who is next; the next
    // user gets a window of their own, and cancelling the login closes Pacta.
    void log_out(gui::MainFrame* frame) {
        gui::save_geometry(frame, "principal");
        frame->Hide();
        workspace_->office->end_session();
        SetExitOnFrameDelete(false);
        const bool someone = log_in_and_open();
        frame->Destroy();
        SetExitOnFrameDelete(true);
        if (!someone) ExitMainLoop();
    }

    std::unique_ptr<gui::GuiWorkspace> workspace_;
};

}  // namespace

wxIMPLEMENT_APP_NO_MAIN(PactaApp);

// The command line is answered before the toolkit starts: `pacta --help` needs no display and
// opens no database.
int main(int argc, char** argv) {
    pacta::locale::set_language(pacta::platform::messages_dir(), pacta::locale::language_from_environment());
    const auto line = pacta::gui::read_command_line(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
    if (!line.run) return line.exit_code;
    demo_requested = line.run->demo;
    return wxEntry(argc, argv);
}
