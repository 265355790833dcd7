#include "column_mapping_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "pacta/locale/catalog.h"
#include "screen_fit.h"
#include "wheel_guard.h"
#include "wx_text.h"

namespace pacta::gui {

ColumnMappingDialog::ColumnMappingDialog(wxWindow* parent, presentation::ColumnMappingViewModel& model,
                                         const wxString& file)
    : wxDialog(parent, wxID_ANY, tr_wx("Columns of the spreadsheet"), wxDefaultPosition, wxSize(900, 620),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      model_(model) {
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        to_wx(locale::fill(locale::tr("Say what each column of «{file}» holds. One column must give each person's CURP, "
                                      "DNI or foreign card; columns left unused are not read."),
                           {{"file", from_wx(file)}})));
    intro->Wrap(860);
    auto* rows = new wxScrolledWindow(this, wxID_ANY);
    rows->SetScrollRate(0, 12);
    auto* grid = new wxFlexGridSizer(3, wxSize(12, 6));
    grid->AddGrowableCol(2);
    const auto bold = [](wxStaticText* label) {
        label->SetFont(label->GetFont().Bold());
        return label;
    };
    grid->Add(bold(new wxStaticText(rows, wxID_ANY, tr_wx("Column"))));
    grid->Add(bold(new wxStaticText(rows, wxID_ANY, tr_wx("Holds"))));
    grid->Add(bold(new wxStaticText(rows, wxID_ANY, tr_wx("First values"))));
    wxArrayString targets;
    for (const auto& t : model_.targets()) targets.Add(to_wx(t.label));
    for (std::size_t column = 0; column < model_.columns().size(); ++column) {
        grid->Add(new wxStaticText(rows, wxID_ANY, to_wx(model_.columns()[column])), 0, wxALIGN_CENTER_VERTICAL);
        auto* choice = new wxChoice(rows, wxID_ANY, wxDefaultPosition, wxSize(390, -1), targets);
        choice->SetSelection(static_cast<int>(model_.chosen(column)));
        choice->SetName(to_wx(model_.columns()[column]));
        scroll_form_unless_focused(choice);
        choice->Bind(wxEVT_CHOICE, [this, column, choice](wxCommandEvent&) {
            model_.choose(column, static_cast<std::size_t>(choice->GetSelection()));
            show_problem();
        });
        choices_.push_back(choice);
        grid->Add(choice, 0, wxALIGN_CENTER_VERTICAL);
        auto* sample = new wxStaticText(rows, wxID_ANY, to_wx(model_.sample(column)), wxDefaultPosition, wxDefaultSize,
                                        wxST_ELLIPSIZE_END);
        sample->SetForegroundColour(wxColour(90, 90, 90));
        grid->Add(sample, 1, wxALIGN_CENTER_VERTICAL | wxEXPAND);
    }
    auto* inner = new wxBoxSizer(wxVERTICAL);
    inner->Add(grid, 0, wxEXPAND | wxALL, 6);
    rows->SetSizer(inner);
    rows->FitInside();

    problem_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    problem_->SetForegroundColour(*wxRED);
    problem_->SetMinSize(wxSize(-1, 2 * problem_->GetCharHeight()));  // the layout does not jump
    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    ok_ = dynamic_cast<wxButton*>(FindWindow(wxID_OK));
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(intro, 0, wxALL, 10);
    box->Add(rows, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);
    box->Add(problem_, 0, wxEXPAND | wxALL, 10);
    box->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
    SetSizer(box);
    fit_to_screen(this);
    CentreOnParent();
    show_problem();
    if (!choices_.empty()) choices_.front()->SetFocus();
}

void ColumnMappingDialog::choose(std::size_t column, std::size_t target) {
    if (column >= choices_.size()) return;
    choices_[column]->SetSelection(static_cast<int>(target));
    model_.choose(column, target);
    show_problem();
}

bool ColumnMappingDialog::acceptable() const {
    return ok_ != nullptr && ok_->IsEnabled();
}

void ColumnMappingDialog::show_problem() {
    const auto problem = model_.problem();
    problem_->SetLabel(problem.empty() ? wxString() : message_wx(problem));
    problem_->Wrap(860);
    if (ok_ != nullptr) ok_->Enable(problem.empty());
    Layout();
}

}  // namespace pacta::gui
