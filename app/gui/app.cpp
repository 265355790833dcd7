// pacta: the desktop application. The login (which asks where the data lives: this computer
// or the office server); on this computer's empty database, the setup first; then the main
// window.
#include <wx/app.h>
#include <wx/config.h>
#include <wx/msgdlg.h>
#include <wx/progdlg.h>

#include <chrono>
#include <future>
#include <iostream>
#include <vector>

#include "command_line.h"
#include "desktop_settings.h"
#include "problem_dialog.h"
#include "gui_locale.h"
#include "pacta/locale/catalog.h"
#include "pacta/platform/paths.h"
#include "pacta/platform/private_files.h"
#include "pacta/presentation/common/problem.h"
#include "pacta/presentation/session/database_opening.h"
#include "pacta/presentation/session/demo.h"
#include "pacta/presentation/session/office_place.h"
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

// Where the person logged in last: remembered for the next start.
constexpr const char* place_key = "/inicio/lugar";

presentation::OfficePlace remembered_place() {
    wxString kept;
    if (wxConfigBase::Get()->Read(place_key, &kept)) {
        if (auto place = presentation::place_from_setting(gui::from_wx(kept))) return *place;
    }
    return {};
}

void remember_place(const presentation::OfficePlace& place) {
    wxConfigBase::Get()->Write(place_key, gui::to_wx(presentation::place_setting(place)));
    wxConfigBase::Get()->Flush();
}

class PactaApp : public wxApp {
public:
    bool OnInit() override {
        platform::keep_new_files_private();
        SetAppName("pacta");
        gui::use_desktop_settings_file();
        gui::set_up_language();
        // `pacta --demo`: the demonstration office (scripts/run), never the user's database.
        demo_ = demo_requested;
        if (demo_) {
            try {
                workspace_ = gui::open_gui_workspace(gui::demo_database());
                workspace_->demo = true;
            } catch (...) {
                gui::show_current_problem(nullptr, gui::tr_wx("The database cannot be opened"));
                return false;
            }
            const auto problem = presentation::seed_demo(workspace_->users, workspace_->institutions, workspace_->staff,
                                                         workspace_->audit, platform::data_dir() / "demo");
            if (!problem.empty()) {
                wxMessageBox(gui::to_wx(problem), gui::tr_wx("The demonstration cannot start"), wxOK | wxICON_ERROR);
                return false;
            }
        }
        return log_in_and_open();
    }

private:
    // This computer's database: opened (and, on an empty one, set up by its first
    // administrator, who is then logged in) and the person logged in; "" on success.
    std::string log_in_here(const std::string& username, const std::string& password) {
        if (!workspace_ || workspace_->office->store().office_templates() != nullptr) {
            try {
                retire(gui::open_gui_workspace(gui::default_database()));
            } catch (const domain::StoreUnavailable& e) {
                return presentation::describe(e);
            }
        }
        if (workspace_->users.count() == 0) {
            presentation::SetupViewModel setup(workspace_->users, workspace_->institutions, workspace_->audit);
            gui::SetupDialog dialog(nullptr, setup);
            if (dialog.ShowModal() != wxID_OK || !setup.administrator()) {
                return locale::tr("this computer's database has no users yet; its first administrator creates one.");
            }
            workspace_->office->start_session(*setup.administrator());
            return {};
        }
        presentation::LoginViewModel login(workspace_->users, workspace_->audit);
        login.username = username;
        login.password = password;
        const auto account = login.submit();
        if (!account) return login.error();
        workspace_->office->start_session(*account);
        return {};
    }

    // The office server: PostgreSQL checks the password. The connection is made off the
    // window's thread, so a server that does not answer never freezes it (libpq gives up
    // after its connect timeout and says why).
    std::string log_in_to_server(const presentation::OfficePlace& place, const std::string& username,
                                 const std::string& password) {
        auto pending = std::async(std::launch::async, [place, username, password] {
            return gui::open_server_workspace(place, username, password);
        });
        {
            wxProgressDialog waiting(gui::tr_wx("Pacta"), gui::tr_wx("Connecting to the office server..."), 100, nullptr,
                                     wxPD_APP_MODAL | wxPD_SMOOTH);
            while (pending.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) waiting.Pulse();
        }
        auto opened = pending.get();
        if (!opened.workspace) return opened.problem;
        retire(std::move(opened.workspace));
        return {};
    }

    // A new workspace in place of the old one, which lives on until the window that used it
    // is gone.
    void retire(std::unique_ptr<gui::GuiWorkspace> next) {
        if (workspace_) retired_.push_back(std::move(workspace_));
        workspace_ = std::move(next);
    }

    // The login, then the main window for whoever logged in; false when nobody did.
    bool log_in_and_open() {
        gui::LoginForm form;
        form.choose_place = !demo_;
        form.place = demo_ ? presentation::OfficePlace{} : remembered_place();
        if (demo_) {
            form.username = presentation::demo_username;
            form.password = presentation::demo_password;
        }
        gui::LoginDialog dialog(nullptr, form, [this](const presentation::OfficePlace& place, const std::string& user,
                                                      const std::string& password) {
            if (demo_) {
                presentation::LoginViewModel login(workspace_->users, workspace_->audit);
                login.username = user;
                login.password = password;
                const auto account = login.submit();
                if (!account) return login.error();
                workspace_->office->start_session(*account);
                return std::string();
            }
            return place.kind == presentation::OfficePlace::Kind::office_server ? log_in_to_server(place, user, password)
                                                                                : log_in_here(user, password);
        });
        if (dialog.ShowModal() != wxID_OK) return false;
        if (!demo_) remember_place(dialog.place());
        // Dates and amounts as the institution's country writes them.
        gui::set_up_language(gui::institution_profile(*workspace_));
        auto* frame = new gui::MainFrame(*workspace_);
        frame->on_log_out([this, frame] { log_out(frame); });
        frame->Show();
        return true;
    }

    // Archivo › Cerrar sesión: the window hides while the login asks who is next (and where);
    // the next user gets a window of their own, and cancelling the login closes Pacta.
    void log_out(gui::MainFrame* frame) {
        gui::save_geometry(frame, "principal");
        frame->Hide();
        workspace_->office->end_session();
        SetExitOnFrameDelete(false);
        const bool someone = log_in_and_open();
        frame->Destroy();
        // The workspaces the old window used go once it has.
        CallAfter([this] { retired_.clear(); });
        SetExitOnFrameDelete(true);
        if (!someone) ExitMainLoop();
    }

    bool demo_ = false;
    std::unique_ptr<gui::GuiWorkspace> workspace_;
    std::vector<std::unique_ptr<gui::GuiWorkspace>> retired_;
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
