// pacta: the desktop application. First start on an empty database runs the setup; then
// the login; then the main window.
#include <wx/app.h>
#include <wx/msgdlg.h>

#include "gui_locale.h"
#include "gui_workspace.h"
#include "login_dialog.h"
#include "main_frame.h"
#include "setup_dialog.h"
#include "wx_text.h"

namespace {

using namespace pacta;

class PactaApp : public wxApp {
public:
    bool OnInit() override {
        SetAppName("pacta");
        gui::set_up_language();
        try {
            workspace_ = gui::open_gui_workspace(gui::default_database());
        } catch (const std::exception& e) {
            wxMessageBox(gui::to_wx(e.what()), gui::tr_wx("The database cannot be opened"), wxOK | wxICON_ERROR);
            return false;
        }
        if (workspace_->users.count() == 0) {
            presentation::SetupViewModel setup(workspace_->users, workspace_->institutions, workspace_->audit);
            gui::SetupDialog dialog(nullptr, setup);
            if (dialog.ShowModal() != wxID_OK) return false;
        }
        presentation::LoginViewModel login(workspace_->users, workspace_->audit);
        gui::LoginDialog dialog(nullptr, login);
        if (dialog.ShowModal() != wxID_OK || !dialog.account()) return false;
        workspace_->session.emplace(*dialog.account(), workspace_->audit);
        // Dates and amounts as the institution's country writes them.
        gui::set_up_language(gui::institution_profile(*workspace_));
        auto* frame = new gui::MainFrame(*workspace_);
        frame->Show();
        return true;
    }

private:
    std::unique_ptr<gui::GuiWorkspace> workspace_;
};

}  // namespace

wxIMPLEMENT_APP(PactaApp);
