#pragma once
// «Firmar…»: one field of an approved contract signed with the signer's own e.firma (.cer and
// .key), PKCS#12 or token (PKCS#11), the key's password (the token's PIN) typed here. A refusal is shown in the dialog, with
// everything typed kept; a signature closes it.

#include <functional>
#include <string>

#include <wx/dialog.h>

#include "pacta/presentation/contracts/sign_field_form.h"

class wxChoice;
class wxFilePickerCtrl;
class wxRadioButton;
class wxStaticText;
class wxTextCtrl;

namespace pacta::gui {

class SignDialog : public wxDialog {
public:
    // `now` gives the signing time (UTC, "2026-12-07T16:42:05Z").
    SignDialog(wxWindow* parent, presentation::SignFieldForm& form, std::function<std::string()> now);
    // Fills the form from the controls and signs (what «Firmar» does); true when signed.
    bool sign_now();
    // Test access: the controls a person fills.
    [[nodiscard]] wxChoice* field_choice() const { return field_; }
    [[nodiscard]] wxRadioButton* pkcs12_choice() const { return pkcs12_; }
    [[nodiscard]] wxFilePickerCtrl* certificate_picker() const { return certificate_; }
    [[nodiscard]] wxFilePickerCtrl* key_picker() const { return key_; }
    [[nodiscard]] wxFilePickerCtrl* pkcs12_picker() const { return pkcs12_file_; }
    [[nodiscard]] wxTextCtrl* password_box() const { return password_; }
    [[nodiscard]] wxRadioButton* token_choice() const { return token_; }
    [[nodiscard]] wxFilePickerCtrl* module_picker() const { return module_; }
    [[nodiscard]] wxTextCtrl* token_label_box() const { return token_label_; }
    [[nodiscard]] wxString problem() const;

private:
    void show_kind();

    presentation::SignFieldForm& form_;
    std::function<std::string()> now_;
    wxChoice* field_;
    wxRadioButton* efirma_;
    wxRadioButton* pkcs12_;
    wxFilePickerCtrl* certificate_;
    wxFilePickerCtrl* key_;
    wxFilePickerCtrl* pkcs12_file_;
    wxRadioButton* token_ = nullptr;
    wxFilePickerCtrl* module_ = nullptr;
    wxTextCtrl* token_label_ = nullptr;
    wxTextCtrl* password_;
    wxStaticText* error_;
};

}  // namespace pacta::gui
