#include "problem_dialog.h"

#include <wx/msgdlg.h>

#include "wx_text.h"

namespace pacta::gui {

void show_problem(wxWindow* parent, const wxString& title, const presentation::Problem& problem) {
    const long icon = problem.kind == presentation::Problem::Kind::fault ? wxICON_ERROR : wxICON_WARNING;
    wxMessageBox(message_wx(problem.message), title, wxOK | icon, parent);
}

void show_problem(wxWindow* parent, const wxString& title, const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (...) {
        show_current_problem(parent, title);
    }
}

void show_current_problem(wxWindow* parent, const wxString& title) {
    show_problem(parent, title, presentation::current_problem());
}

}  // namespace pacta::gui
