#pragma once
// First start on an empty database: the administrator and the institution (from an
// institution file, docs/datos.md).

#include <wx/dialog.h>

#include "pacta/presentation/session/login_screen.h"
#include "pacta/presentation/contracts/contract_screen.h"
#include "pacta/presentation/institutions/signatory_list_screen.h"

class wxTextCtrl;
class wxStaticText;
class wxFilePickerCtrl;

namespace pacta::gui {

class SetupDialog : public wxDialog {
public:
    SetupDialog(wxWindow* parent, presentation::SetupViewModel& model);

private:
    void on_ok();

    presentation::SetupViewModel& model_;
    wxTextCtrl* username_;
    wxTextCtrl* password_;
    wxTextCtrl* again_;
    wxFilePickerCtrl* file_;
    wxStaticText* error_;
};

}  // namespace pacta::gui
