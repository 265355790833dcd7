#include "form_dialog.h"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "wx_text.h"

namespace pacta::gui {

bool confirm_discard(wxWindow* parent) {
    wxMessageDialog ask(parent, tr_wx("There are changes that have not been saved. Close without saving them?"),
                        tr_wx("Unsaved changes"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels(tr_wx("Close without saving"), tr_wx("Keep editing"));
    return ask.ShowModal() == wxID_YES;
}

FormDialog::FormDialog(wxWindow* parent, const wxString& title, const presentation::FormState& state, wxSize size)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, size, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      state_(state), notes_(new wxBoxSizer(wxVERTICAL)) {}

bool FormDialog::may_discard() { return !state_.modified() || confirm_discard(this); }

void FormDialog::finish_layout(wxWindow* body, std::function<bool()> save, std::function<std::string()> save_error) {
    save_error_text_ = std::move(save_error);
    save_error_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    save_error_->SetForegroundColour(*wxRED);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(body, 1, wxEXPAND);
    box->Add(notes_, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);
    box->Add(save_error_, 0, wxLEFT | wxRIGHT, 10);
    box->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 10);
    SetSizer(box);
    Bind(wxEVT_BUTTON, [this, save](wxCommandEvent&) {
        if (save()) {
            EndModal(wxID_OK);
            return;
        }
        show_save_error();
    }, wxID_OK);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (may_discard()) EndModal(wxID_CANCEL);
    }, wxID_CANCEL);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        if (e.CanVeto() && !may_discard()) {
            e.Veto();
            return;
        }
        EndModal(wxID_CANCEL);
    });
}

void FormDialog::show_save_error() {
    save_error_->SetLabel(message_wx(save_error_text_()));
    save_error_->Wrap(600);
    Layout();
}

}  // namespace pacta::gui
