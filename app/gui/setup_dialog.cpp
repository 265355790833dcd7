#include "setup_dialog.h"

#include <wx/button.h>
#include <wx/filepicker.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "pacta/document/template_library.h"
#include "wx_text.h"

namespace pacta::gui {

SetupDialog::SetupDialog(wxWindow* parent, presentation::SetupViewModel& model)
    : wxDialog(parent, wxID_ANY, tr_wx("Pacta: first start")), model_(model) {
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   tr_wx("This database is new. Create the administrator's account and load your "
                                         "institution from its file (units, budget accounts, signatories)."));
    intro->Wrap(420);
    auto* grid = new wxFlexGridSizer(2, wxSize(8, 8));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("Administrator's &user name:")), 0, wxALIGN_CENTER_VERTICAL);
    username_ = new wxTextCtrl(this, wxID_ANY, "admin");
    grid->Add(username_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("&Password (10 characters or more):")), 0, wxALIGN_CENTER_VERTICAL);
    password_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    grid->Add(password_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("&Repeat the password:")), 0, wxALIGN_CENTER_VERTICAL);
    again_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    grid->Add(again_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("&Institution file:")), 0, wxALIGN_CENTER_VERTICAL);
    file_ = new wxFilePickerCtrl(this, wxID_ANY, wxEmptyString, tr_wx("Institution file"), "*.json");
    grid->Add(file_, 1, wxEXPAND);
    error_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    error_->SetForegroundColour(*wxRED);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(intro, 0, wxEXPAND | wxALL, 12);
    box->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
    box->Add(error_, 0, wxEXPAND | wxALL, 12);
    box->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(box);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_ok(); }, wxID_OK);
}

void SetupDialog::on_ok() {
    model_.username = from_wx(username_->GetValue());
    model_.password = from_wx(password_->GetValue());
    model_.password_again = from_wx(again_->GetValue());
    const std::string path = from_wx(file_->GetPath());
    model_.institution_file_name = path;
    model_.institution_file_text = document::read_file(path).value_or("");
    if (model_.complete()) {
        EndModal(wxID_OK);
        return;
    }
    error_->SetLabel(message_wx(model_.error()));
    error_->Wrap(420);
    Fit();
}

}  // namespace pacta::gui
