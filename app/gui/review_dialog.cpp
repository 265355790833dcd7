#include "review_dialog.h"

#include <optional>
#include "screen_fit.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include "pacta/locale/catalog.h"
#include "wx_text.h"

namespace pacta::gui {

// A comment is paragraphs, not a line: a box several lines high, starting from `text`.
std::optional<std::string> ask_long_text(wxWindow* parent, const wxString& prompt, const wxString& title,
                                         const std::string& text) {
    wxDialog dialog(parent, wxID_ANY, title, wxDefaultPosition, wxSize(560, 320), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    auto* box = new wxTextCtrl(&dialog, wxID_ANY, to_wx(text), wxDefaultPosition, wxSize(-1, 160), wxTE_MULTILINE);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(&dialog, wxID_ANY, prompt), 0, wxALL, 10);
    sizer->Add(box, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 10);
    dialog.SetSizer(sizer);
    box->SetFocus();
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return from_wx(box->GetValue());
}

void draw_redline(wxTextCtrl* view, const std::vector<presentation::RedlinePiece>& pieces) {
    using Style = presentation::RedlinePiece::Style;
    view->Clear();
    wxTextAttr plain(*wxBLACK);
    plain.SetFont(view->GetFont());  // else an underline or a strike carries on
    wxTextAttr heading(*wxBLACK);
    heading.SetFont(view->GetFont().Bold());
    wxTextAttr deleted(*wxRED);
    wxFont struck = view->GetFont();
    struck.SetStrikethrough(true);
    deleted.SetFont(struck);
    wxTextAttr inserted(wxColour(0, 70, 200));
    wxFont underlined = view->GetFont();
    underlined.SetUnderlined(true);
    inserted.SetFont(underlined);
    for (const auto& piece : pieces) {
        switch (piece.style) {
            case Style::plain: view->SetDefaultStyle(plain); break;
            case Style::heading: view->SetDefaultStyle(heading); break;
            case Style::inserted: view->SetDefaultStyle(inserted); break;
            case Style::deleted: view->SetDefaultStyle(deleted); break;
        }
        view->AppendText(to_wx(piece.text));
    }
    view->SetDefaultStyle(plain);
    view->ShowPosition(0);
}

ReviewDialog::ReviewDialog(wxWindow* parent, presentation::ReviewViewModel& model, const std::string& folio)
    : wxDialog(parent, wxID_ANY, to_wx(locale::fill(locale::tr("Legal review of {folio}"), {{"folio", folio}})),
               wxDefaultPosition, wxSize(1100, 720), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      model_(model) {
    auto* pages = new wxNotebook(this, wxID_ANY);

    // Clauses and comments.
    auto* page = new wxPanel(pages);
    clauses_ = new wxListBox(page, wxID_ANY);
    clause_text_ = new wxTextCtrl(page, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                  wxTE_MULTILINE | wxTE_READONLY);
    comments_ = new wxListBox(page, wxID_ANY);
    auto* add = new wxButton(page, wxID_ANY, tr_wx("Comment on this clause..."));
    auto* resolve = new wxButton(page, wxID_ANY, tr_wx("Resolve the comment..."));
    clauses_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { show_clause(); });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const int clause = clauses_->GetSelection();
        if (clause == wxNOT_FOUND) return;
        // A refusal (an empty comment, a contract moved meanwhile) keeps what was written.
        std::string text;
        while (const auto written = ask_long_text(this, tr_wx("Your comment on the clause:"), tr_wx("Comment"), text)) {
            text = *written;
            if (report(model_.comment(static_cast<std::size_t>(clause), text))) break;
        }
    });
    resolve->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const int comment = comments_->GetSelection();
        if (comment == wxNOT_FOUND) return;
        std::string text;
        while (const auto written = ask_long_text(this, tr_wx("How it was resolved:"), tr_wx("Resolve"), text)) {
            text = *written;
            if (report(model_.resolve(static_cast<std::size_t>(comment), text))) break;
        }
    });
    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(new wxStaticText(page, wxID_ANY, tr_wx("Clauses (open comments)")), 0, wxBOTTOM, 4);
    left->Add(clauses_, 1, wxEXPAND);
    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(clause_text_, 2, wxEXPAND | wxBOTTOM, 6);
    right->Add(new wxStaticText(page, wxID_ANY, tr_wx("Comments")), 0, wxBOTTOM, 4);
    right->Add(comments_, 1, wxEXPAND | wxBOTTOM, 6);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(add, 0, wxRIGHT, 6);
    buttons->Add(resolve);
    right->Add(buttons);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(left, 1, wxEXPAND | wxALL, 8);
    row->Add(right, 2, wxEXPAND | wxALL, 8);
    page->SetSizer(row);
    pages->AddPage(page, tr_wx("Clauses and comments"));

    // Checklist.
    auto* check_page = new wxPanel(pages);
    checklist_ = new wxCheckListBox(check_page, wxID_ANY);
    checklist_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent& e) {
        const auto item = static_cast<std::size_t>(e.GetInt());
        // A point once confirmed stays confirmed (the audit trail has who did it).
        if (!checklist_->IsChecked(static_cast<unsigned>(item))) {
            checklist_->Check(static_cast<unsigned>(item), true);
            return;
        }
        report(model_.check(item));
    });
    auto* check_box = new wxBoxSizer(wxVERTICAL);
    check_box->Add(new wxStaticText(check_page, wxID_ANY, tr_wx("Points to confirm for every contract of this template")),
                   0, wxALL, 8);
    check_box->Add(checklist_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    if (model_.may_edit_checklist()) {
        // Shown to legal reviewers only: the list is theirs to extend.
        auto* add_point = new wxButton(check_page, wxID_ANY, tr_wx("Add a poi&nt..."));
        add_point->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            std::string text;
            while (const auto written = ask_long_text(
                       this, tr_wx("The new point, to confirm for every contract of this template from now on:"),
                       tr_wx("Add a point"), text)) {
                text = *written;
                if (report(model_.add_point(text))) break;
            }
        });
        auto* retire = new wxButton(check_page, wxID_ANY, tr_wx("&Remove the point"));
        retire->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            const int item = checklist_->GetSelection();
            if (item == wxNOT_FOUND) {
                wxMessageBox(tr_wx("Choose the point to remove in the list."), tr_wx("Legal review"), wxOK | wxICON_INFORMATION, this);
                return;
            }
            const auto answer = wxMessageBox(tr_wx("Remove this point from the checklist of every contract of this template? "
                                                   "Contracts keep what was confirmed of it."),
                                             tr_wx("Remove the point"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this);
            if (answer == wxYES) report(model_.retire_point(static_cast<std::size_t>(item)));
        });
        auto* point_buttons = new wxBoxSizer(wxHORIZONTAL);
        point_buttons->Add(add_point, 0, wxRIGHT, 6);
        point_buttons->Add(retire);
        check_box->Add(point_buttons, 0, wxLEFT | wxBOTTOM, 8);
    }
    check_page->SetSizer(check_box);
    pages->AddPage(check_page, tr_wx("Checklist"));

    // Redline against the approved library.
    redline_ = new wxTextCtrl(pages, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2);
    pages->AddPage(redline_, tr_wx("Compared with the library"));
    pages->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
        if (e.GetSelection() == 2) show_redline();
        e.Skip();
    });

    blocker_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(pages, 1, wxEXPAND | wxALL, 6);
    box->Add(blocker_, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);
    box->Add(CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxALL, 8);
    SetSizer(box);
    fit_to_screen(this);
    CentreOnScreen();
    refresh();
}

void ReviewDialog::refresh() {
    const int kept = clauses_->GetSelection();
    clauses_->Clear();
    for (const auto& c : model_.clauses()) {
        clauses_->Append(to_wx(c.ordinal + " · " + c.label +
                               (c.open_comments > 0 ? " (" + std::to_string(c.open_comments) + ")" : std::string())));
    }
    if (!model_.clauses().empty()) clauses_->SetSelection(kept == wxNOT_FOUND ? 0 : kept);
    show_clause();
    comments_->Clear();
    for (const auto& line : model_.comment_lines()) comments_->Append(to_wx(line));
    checklist_->Clear();
    for (std::size_t i = 0; i < model_.checklist().size(); ++i) {
        const auto& item = model_.checklist()[i];
        checklist_->Append(to_wx(std::to_string(item.position) + ". " + item.text +
                                 (item.checked ? "  (" + item.checked_by + ")" : std::string()) +
                                 (item.retired ? "  " + locale::tr("(out of use)") : std::string())));
        checklist_->Check(static_cast<unsigned>(i), item.checked);
    }
    const auto blocker = model_.approval_blocker();
    blocker_->SetForegroundColour(blocker.empty() ? wxColour(0, 110, 0) : wxColour(160, 90, 0));
    blocker_->SetLabel(blocker.empty() ? tr_wx("Nothing blocks the approval: no open comments, every point confirmed.")
                                       : to_wx(blocker));
    blocker_->Wrap(1000);
    Layout();
}

void ReviewDialog::show_clause() {
    const int clause = clauses_->GetSelection();
    clause_text_->ChangeValue(clause == wxNOT_FOUND ? wxString()
                                                    : to_wx(model_.clauses().at(static_cast<std::size_t>(clause)).text));
}

void ReviewDialog::show_redline() {
    if (redline_shown_) return;
    redline_shown_ = true;
    draw_redline(redline_, model_.redline());
}

bool ReviewDialog::report(bool done) {
    if (!done) wxMessageBox(message_wx(model_.error()), tr_wx("Legal review"), wxOK | wxICON_WARNING, this);
    refresh();
    return done;
}

}  // namespace pacta::gui
