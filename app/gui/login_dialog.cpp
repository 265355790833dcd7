#include "login_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "wx_text.h"

namespace pacta::gui {

LoginDialog::LoginDialog(wxWindow* parent, presentation::LoginViewModel& model)
    : wxDialog(parent, wxID_ANY, tr_wx("Pacta: log in")), model_(model) {
    auto* grid = new wxFlexGridSizer(2, wxSize(8, 8));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("&User:")), 0, wxALIGN_CENTER_VERTICAL);
    username_ = new wxTextCtrl(this, wxID_ANY, to_wx(model_.username), wxDefaultPosition, wxSize(260, -1));
    grid->Add(username_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("&Password:")), 0, wxALIGN_CENTER_VERTICAL);
    // Prefilled only in the demonstration, whose credentials are public.
    password_ = new wxTextCtrl(this, wxID_ANY, to_wx(model_.password), wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    grid->Add(password_, 1, wxEXPAND);
    error_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    error_->SetForegroundColour(*wxRED);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(grid, 0, wxEXPAND | wxALL, 12);
    box->Add(error_, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
    box->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(box);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_ok(); }, wxID_OK);
    username_->SetFocus();
}

void LoginDialog::on_ok() {
    model_.username = from_wx(username_->GetValue());
    model_.password = from_wx(password_->GetValue());
    password_->Clear();
    account_ = model_.submit();
    if (account_) {
        EndModal(wxID_OK);
        return;
    }
    error_->SetLabel(message_wx(model_.error()));
    error_->Wrap(360);
    Fit();
}

}  // namespace pacta::gui
