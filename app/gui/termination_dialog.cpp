#include "termination_dialog.h"
#include "problem_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/filedlg.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/version.h"
#include "pacta/presentation/common/today.h"
#include "wx_text.h"

namespace pacta::gui {

namespace {

const domain::TerminationCause causes[] = {domain::TerminationCause::notice, domain::TerminationCause::rescission,
                                           domain::TerminationCause::interruption};

domain::Date date_of(const wxDatePickerCtrl* picker) {
    return *domain::parse_iso_date(from_wx(picker->GetValue().FormatISODate())).value;
}

}  // namespace

TerminationDialog::TerminationDialog(wxWindow* parent, GuiWorkspace& ws, const std::string& folio)
    : wxDialog(parent, wxID_ANY, to_wx(locale::fill(locale::tr("End {folio} early"), {{"folio", folio}})),
               wxDefaultPosition, wxSize(760, 560), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      ws_(ws), folio_(folio), service_(ws.office->early_termination()) {
    cause_ = new wxChoice(this, wxID_ANY);
    cause_->Append(tr_wx("by notice"));
    cause_->Append(tr_wx("rescission"));
    cause_->Append(tr_wx("services interrupted"));
    cause_->SetSelection(0);
    last_day_ = new wxDatePickerCtrl(this, wxID_ANY, to_wx_date(presentation::today()), wxDefaultPosition, wxDefaultSize,
                                     wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    notice_ = new wxDatePickerCtrl(this, wxID_ANY, to_wx_date(presentation::today()), wxDefaultPosition, wxDefaultSize,
                                   wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    reason_ = new wxTextCtrl(this, wxID_ANY);
    lines_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, wxLB_HSCROLL);
    auto* grid = new wxFlexGridSizer(2, wxSize(10, 6));
    grid->AddGrowableCol(1);
    for (auto [label, control] : std::initializer_list<std::pair<wxString, wxWindow*>>{
             {tr_wx("Cause"), cause_},
             {tr_wx("Last day served"), last_day_},
             {tr_wx("Notice given on"), notice_},
             {tr_wx("Reason (required)"), reason_}}) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(control, 1, wxEXPAND);
    }
    auto* compute = new wxButton(this, wxID_ANY, tr_wx("Calculate the settlement"));
    compute->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { calculate(); });
    auto* confirm = new wxButton(this, wxID_OK, tr_wx("End it and save the settlement statement..."));
    confirm->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { finish(); });
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(compute, 0, wxRIGHT, 6);
    buttons->AddStretchSpacer();
    buttons->Add(confirm, 0, wxRIGHT, 6);
    buttons->Add(new wxButton(this, wxID_CANCEL));
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(grid, 0, wxEXPAND | wxALL, 10);
    box->Add(lines_, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);
    box->Add(buttons, 0, wxEXPAND | wxALL, 10);
    SetSizer(box);
}

presentation::EarlyEnding TerminationDialog::ending() const {
    return {folio_, causes[cause_->GetSelection()], date_of(last_day_), date_of(notice_), from_wx(reason_->GetValue())};
}

bool TerminationDialog::calculate() {
    lines_->Clear();
    try {
        for (const auto& line : presentation::settlement_lines(service_.preview(ending()))) lines_->Append(to_wx(line));
        return true;
    } catch (...) {
        lines_->Append(message_wx(presentation::current_problem().message));
    }
    return false;
}

void TerminationDialog::finish() {
    if (!calculate()) return;
    wxFileDialog pick(this, tr_wx("Save the settlement statement"), wxEmptyString, to_wx(folio_ + "-finiquito.pdf"),
                      tr_wx("PDF (*.pdf)|*.pdf"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (pick.ShowModal() != wxID_OK) return;
    try {
        const auto settlement = service_.end(ending(), from_wx(pick.GetPath()));
        wxMessageBox(to_wx(presentation::settlement_summary(folio_, settlement)),
                     GetTitle(), wxOK | wxICON_INFORMATION, this);
        EndModal(wxID_OK);
    } catch (...) {
        show_current_problem(this, GetTitle());
    }
}

}  // namespace pacta::gui
