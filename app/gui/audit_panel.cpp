#include "audit_panel.h"

#include <wx/dialog.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "list_panel.h"
#include "wx_text.h"

namespace pacta::gui {

using presentation::AuditViewModel;

AuditPanel::AuditPanel(wxWindow* parent, GuiWorkspace& ws)
    : wxPanel(parent), model_(ws.session(), ws.audit_trail) {
    model_.reload();
    chain_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                            wxTE_READONLY | wxBORDER_NONE);
    chain_->SetBackgroundColour(GetBackgroundColour());
    list_ = new ListPanel(this, model_.list, {80, 95, 80, 110, 100, 130, 320}, "auditoria",
                          {AuditViewModel::actor, AuditViewModel::action, AuditViewModel::entity});
    list_->add_period_filter(AuditViewModel::date, AuditViewModel::date, tr_wx("Date from:"));
    list_->on_open([this](std::size_t row) {
        try {
            const auto text = model_.details(row);
            wxDialog dialog(this, wxID_ANY, tr_wx("Audit row"), wxDefaultPosition, wxSize(720, 560),
                            wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
            auto* view = new wxTextCtrl(&dialog, wxID_ANY, to_wx(text), wxDefaultPosition, wxDefaultSize,
                                        wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
            auto* box = new wxBoxSizer(wxVERTICAL);
            box->Add(view, 1, wxEXPAND | wxALL, 8);
            box->Add(dialog.CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxALL, 8);
            dialog.SetSizer(box);
            dialog.ShowModal();
        } catch (const presentation::ServiceError& e) {
            wxMessageBox(to_wx(e.what()), tr_wx("Audit row"), wxOK | wxICON_WARNING, this);
        }
    });
    list_->add_button(tr_wx("Verify the chain"), [this](auto) { verify(); });
    list_->add_button(tr_wx("Reload"), [this](auto) { reload(); });
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(chain_, 0, wxEXPAND | wxALL, 6);
    box->Add(list_, 1, wxEXPAND);
    SetSizer(box);
    verify();
}

void AuditPanel::reload() {
    model_.reload();
    list_->refresh_filters();
    list_->refresh();
}

void AuditPanel::verify() {
    const auto text = model_.verify();
    chain_->SetForegroundColour(model_.intact() ? wxColour(0, 110, 0) : *wxRED);
    chain_->ChangeValue(to_wx(text));
}

}  // namespace pacta::gui
