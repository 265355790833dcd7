#include "sign_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "wx_text.h"

namespace pacta::gui {

SignDialog::SignDialog(wxWindow* parent, presentation::SignFieldForm& form, std::function<std::string()> now)
    : wxDialog(parent, wxID_ANY, tr_wx("Sign the contract")), form_(form), now_(std::move(now)) {
    auto* box = new wxBoxSizer(wxVERTICAL);
    auto* grid = new wxFlexGridSizer(2, wxSize(8, 8));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("&Field:")), 0, wxALIGN_CENTER_VERTICAL);
    field_ = new wxChoice(this, wxID_ANY);
    for (const auto& label : form_.field_labels()) field_->Append(to_wx(label));
    if (!field_->IsEmpty()) field_->SetSelection(static_cast<int>(form_.chosen_field()));
    grid->Add(field_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("Certificate:")), 0, wxALIGN_CENTER_VERTICAL);
    auto* kinds = new wxBoxSizer(wxHORIZONTAL);
    efirma_ = new wxRadioButton(this, wxID_ANY, tr_wx("&e.firma (.cer and .key)"), wxDefaultPosition, wxDefaultSize,
                                wxRB_GROUP);
    pkcs12_ = new wxRadioButton(this, wxID_ANY, tr_wx("&PKCS#12 file (.p12, .pfx)"));
    token_ = new wxRadioButton(this, wxID_ANY, tr_wx("&Token (PKCS#11)"));
    kinds->Add(efirma_, 0, wxRIGHT, 12);
    kinds->Add(pkcs12_, 0, wxRIGHT, 12);
    kinds->Add(token_, 0);
    grid->Add(kinds, 1, wxEXPAND);
    const auto picker = [this](const wxString& message, const wxString& wildcard) {
        auto* p = new wxFilePickerCtrl(this, wxID_ANY, wxEmptyString, message, wildcard, wxDefaultPosition,
                                       wxSize(420, -1), wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
        return p;
    };
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("C&ertificate (.cer):")), 0, wxALIGN_CENTER_VERTICAL);
    certificate_ = picker(tr_wx("The e.firma's certificate"), tr_wx("Certificates (*.cer)|*.cer;*.CER"));
    grid->Add(certificate_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("Private &key (.key):")), 0, wxALIGN_CENTER_VERTICAL);
    key_ = picker(tr_wx("The e.firma's private key"), tr_wx("Private keys (*.key)|*.key;*.KEY"));
    grid->Add(key_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("PKCS#12 fi&le:")), 0, wxALIGN_CENTER_VERTICAL);
    pkcs12_file_ = picker(tr_wx("The PKCS#12 file"), tr_wx("PKCS#12 files (*.p12;*.pfx)|*.p12;*.pfx;*.P12;*.PFX"));
    grid->Add(pkcs12_file_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("Token &module (.so):")), 0, wxALIGN_CENTER_VERTICAL);
    module_ = picker(tr_wx("The token's module (its driver, a .so file)"), tr_wx("PKCS#11 modules (*.so)|*.so*"));
    grid->Add(module_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("Token la&bel:")), 0, wxALIGN_CENTER_VERTICAL);
    token_label_ = new wxTextCtrl(this, wxID_ANY);
    grid->Add(token_label_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, tr_wx("Pass&word of the key (or the token's PIN):")), 0,
              wxALIGN_CENTER_VERTICAL);
    password_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    grid->Add(password_, 1, wxEXPAND);
    error_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    error_->SetForegroundColour(*wxRED);
    box->Add(new wxStaticText(this, wxID_ANY,
                              tr_wx("Each signer signs their own field with their own certificate, in the order of the "
                                    "signature block.")),
             0, wxALL, 12);
    box->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
    box->Add(error_, 0, wxEXPAND | wxALL, 12);
    auto* buttons = new wxStdDialogButtonSizer();
    auto* sign = new wxButton(this, wxID_OK, tr_wx("&Sign"));
    buttons->AddButton(sign);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, tr_wx("&Cancel")));
    buttons->Realize();
    box->Add(buttons, 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(box);
    for (auto* radio : {efirma_, pkcs12_, token_}) radio->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { show_kind(); });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (sign_now()) EndModal(wxID_OK);
    }, wxID_OK);
    show_kind();
    field_->SetFocus();
}

void SignDialog::show_kind() {
    const bool p12 = pkcs12_->GetValue();
    const bool token = token_->GetValue();
    certificate_->Enable(!p12 && !token);
    key_->Enable(!p12 && !token);
    pkcs12_file_->Enable(p12);
    module_->Enable(token);
    token_label_->Enable(token);
}

bool SignDialog::sign_now() {
    if (field_->GetSelection() != wxNOT_FOUND) form_.choose_field(static_cast<std::size_t>(field_->GetSelection()));
    form_.use_pkcs12(pkcs12_->GetValue());
    form_.use_token(token_->GetValue());
    form_.set_token(from_wx(module_->GetPath()), from_wx(token_label_->GetValue()));
    form_.set_certificate(from_wx(certificate_->GetPath()));
    form_.set_key(from_wx(key_->GetPath()));
    form_.set_pkcs12(from_wx(pkcs12_file_->GetPath()));
    form_.set_password(from_wx(password_->GetValue()));
    if (form_.sign(now_())) {
        password_->Clear();
        error_->SetLabel(wxEmptyString);
        return true;
    }
    error_->SetLabel(message_wx(form_.error()));
    error_->Wrap(GetClientSize().GetWidth() - 24);
    Layout();
    Fit();
    return false;
}

wxString SignDialog::problem() const { return error_->GetLabel(); }

}  // namespace pacta::gui
