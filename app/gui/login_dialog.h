#pragma once
// Logging in: user name, password, and the reason a login failed under the fields.

#include <wx/dialog.h>

#include "pacta/presentation/session/login_screen.h"
#include "pacta/presentation/contracts/contract_screen.h"
#include "pacta/presentation/institutions/signatory_list_screen.h"

class wxTextCtrl;
class wxStaticText;

namespace pacta::gui {

class LoginDialog : public wxDialog {
public:
    LoginDialog(wxWindow* parent, presentation::LoginViewModel& model);
    [[nodiscard]] const std::optional<domain::UserAccount>& account() const { return account_; }

private:
    void on_ok();

    presentation::LoginViewModel& model_;
    wxTextCtrl* username_;
    wxTextCtrl* password_;
    wxStaticText* error_;
    std::optional<domain::UserAccount> account_;
};

}  // namespace pacta::gui
