#pragma once
// Logging in: where the data lives (this computer or the office server, remembered), user
// name, password, and the reason a login failed under the fields. The application decides
// what a login is (LoginAttempt); the dialog stays open, with the reason, until one succeeds
// or the person cancels.

#include <functional>
#include <string>

#include <wx/dialog.h>

#include "pacta/presentation/session/office_place.h"

class wxTextCtrl;
class wxStaticText;
class wxRadioButton;

namespace pacta::gui {

// "" when the person is logged in; else why not, in their words.
using LoginAttempt = std::function<std::string(const presentation::OfficePlace& place, const std::string& username,
                                               const std::string& password)>;

struct LoginForm {
    presentation::OfficePlace place;
    bool choose_place = true;  // false in the demonstration, which lives on this computer
    std::string username;
    std::string password;      // prefilled only in the demonstration, whose credentials are public
};

class LoginDialog : public wxDialog {
public:
    LoginDialog(wxWindow* parent, const LoginForm& form, LoginAttempt attempt);
    // Where the person logged in (to remember it).
    [[nodiscard]] presentation::OfficePlace place() const;

private:
    void on_ok();
    void show_place_fields();

    LoginAttempt attempt_;
    wxRadioButton* this_computer_ = nullptr;
    wxRadioButton* office_server_ = nullptr;
    wxTextCtrl* server_ = nullptr;
    wxTextCtrl* database_ = nullptr;
    wxTextCtrl* username_;
    wxTextCtrl* password_;
    wxStaticText* error_;
};

}  // namespace pacta::gui
