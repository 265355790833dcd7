#include "verification_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "pacta/locale/catalog.h"
#include "screen_fit.h"
#include "wx_text.h"

namespace pacta::gui {

VerificationDialog::VerificationDialog(wxWindow* parent, const std::string& folio, const std::vector<std::string>& lines,
                                       bool all_good)
    : wxDialog(parent, wxID_ANY, to_wx(locale::fill(locale::tr("Signatures of contract {folio}"), {{"folio", folio}})),
               wxDefaultPosition, wxSize(820, 560), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    SetName("signature-verification");
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* verdict = new wxStaticText(this, wxID_ANY,
                                     all_good ? tr_wx("Every signature holds.")
                                              : tr_wx("Not every signature holds: read the lines marked «!»."));
    verdict->SetForegroundColour(all_good ? wxColour(0, 110, 0) : wxColour(170, 0, 0));
    column->Add(verdict, 0, wxALL, 10);
    std::string body;
    for (const auto& line : lines) body += line + "\n";
    text_ = new wxTextCtrl(this, wxID_ANY, to_wx(body), wxDefaultPosition, wxDefaultSize,
                           wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
    text_->SetName("verification-text");
    column->Add(text_, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);
    auto* close = new wxButton(this, wxID_CLOSE, tr_wx("&Close"));
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
    SetEscapeId(wxID_CLOSE);
    column->Add(close, 0, wxALIGN_RIGHT | wxALL, 10);
    SetSizer(column);
    fit_to_screen(this);
    CentreOnParent();
    close->SetFocus();
}

}  // namespace pacta::gui
