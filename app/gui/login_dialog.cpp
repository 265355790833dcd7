#include "login_dialog.h"

#include <wx/button.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "wx_text.h"

namespace pacta::gui {

using presentation::OfficePlace;

LoginDialog::LoginDialog(wxWindow* parent, const LoginForm& form, LoginAttempt attempt)
    : wxDialog(parent, wxID_ANY, tr_wx("Pacta: log in")), attempt_(std::move(attempt)) {
    auto* box = new wxBoxSizer(wxVERTICAL);
    auto* grid = new wxFlexGridSizer(2, wxSize(8, 8));
    grid->AddGrowableCol(1);
    if (form.choose_place) {
        grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("Your data is on:")), 0, wxALIGN_CENTER_VERTICAL);
        auto* places = new wxBoxSizer(wxHORIZONTAL);
        this_computer_ = new wxRadioButton(this, wxID_ANY, tr_wx("&This computer"), wxDefaultPosition, wxDefaultSize,
                                           wxRB_GROUP);
        office_server_ = new wxRadioButton(this, wxID_ANY, tr_wx("The office &server"));
        places->Add(this_computer_, 0, wxRIGHT, 12);
        places->Add(office_server_, 0);
        grid->Add(places, 1, wxEXPAND);
        grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("Ser&ver:")), 0, wxALIGN_CENTER_VERTICAL);
        server_ = new wxTextCtrl(this, wxID_ANY, to_wx(form.place.server));
        server_->SetHint(tr_wx("name or address, as its administrator gave it"));
        grid->Add(server_, 1, wxEXPAND);
        grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("&Database:")), 0, wxALIGN_CENTER_VERTICAL);
        database_ = new wxTextCtrl(this, wxID_ANY, to_wx(form.place.database.empty() ? "pacta" : form.place.database));
        grid->Add(database_, 1, wxEXPAND);
        (form.place.kind == OfficePlace::Kind::office_server ? office_server_ : this_computer_)->SetValue(true);
        for (auto* radio : {this_computer_, office_server_}) {
            radio->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { show_place_fields(); });
        }
    }
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("&User:")), 0, wxALIGN_CENTER_VERTICAL);
    username_ = new wxTextCtrl(this, wxID_ANY, to_wx(form.username), wxDefaultPosition, wxSize(260, -1));
    grid->Add(username_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("&Password:")), 0, wxALIGN_CENTER_VERTICAL);
    password_ = new wxTextCtrl(this, wxID_ANY, to_wx(form.password), wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    grid->Add(password_, 1, wxEXPAND);
    error_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    error_->SetForegroundColour(*wxRED);
    box->Add(grid, 0, wxEXPAND | wxALL, 12);
    box->Add(error_, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
    box->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(box);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_ok(); }, wxID_OK);
    if (form.choose_place) show_place_fields();
    (form.username.empty() ? username_ : password_)->SetFocus();
}

void LoginDialog::show_place_fields() {
    const bool server = office_server_ != nullptr && office_server_->GetValue();
    server_->Enable(server);
    database_->Enable(server);
}

OfficePlace LoginDialog::place() const {
    OfficePlace out;
    if (office_server_ == nullptr || !office_server_->GetValue()) return out;
    out.kind = OfficePlace::Kind::office_server;
    out.server = from_wx(server_->GetValue());
    out.database = from_wx(database_->GetValue());
    return out;
}

void LoginDialog::on_ok() {
    std::string problem = presentation::place_problem(place());
    if (problem.empty()) {
        problem = attempt_(place(), from_wx(username_->GetValue()), from_wx(password_->GetValue()));
    }
    if (problem.empty()) {
        EndModal(wxID_OK);
        return;
    }
    password_->Clear();
    error_->SetLabel(message_wx(problem));
    error_->Wrap(400);
    Fit();
    password_->SetFocus();
}

}  // namespace pacta::gui
