#include "templates_panel.h"

#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "form_dialog.h"
#include "list_panel.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/review/contract_reading.h"
#include "pacta/presentation/templates/installed_templates.h"
#include "wx_text.h"

namespace pacta::gui {

using presentation::TemplateEditorViewModel;

TemplatesPanel::TemplatesPanel(wxWindow* parent, GuiWorkspace& ws)
    : wxPanel(parent), model_(ws.session(), presentation::installed_templates(), ws.contracts,
             ws.office->store().office_templates()),
      clauses_(ws.session(), ws.clauses) {
    model_.reload();
    clauses_.reload();
    list_ = new ListPanel(this, model_.list, {220, 130, 70, 380, 70, 130, 200}, "plantillas",
                          {TemplateEditorViewModel::origin, TemplateEditorViewModel::state});
    auto edit = [this](std::size_t row) {
        if (!model_.open(row)) {
            wxMessageBox(message_wx(model_.error()), tr_wx("Templates"), wxOK | wxICON_WARNING, this);
            return;
        }
        TemplateEditorDialog dialog(this, model_);
        dialog.ShowModal();
        reload();
    };
    list_->on_open(edit);
    list_->add_button(tr_wx("Edit..."), [edit](std::optional<std::size_t> row) {
        if (row) edit(*row);
    });
    clause_list_ = new ListPanel(this, clauses_.list, {200, 70, 300, 100, 120, 120}, "clausulas",
                                 {presentation::ClauseLibraryViewModel::status});
    clause_list_->on_open([this](std::size_t row) { add_clause(row); });
    clause_list_->add_button(tr_wx("New version..."), [this](std::optional<std::size_t> row) { add_clause(row); });
    clause_list_->add_button(tr_wx("Approve"), [this](std::optional<std::size_t> row) {
        if (row) report(clauses_.approve(*row));
    });
    clause_list_->add_button(tr_wx("Retire"), [this](std::optional<std::size_t> row) {
        if (row) report(clauses_.retire(*row));
    });
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(new wxStaticText(this, wxID_ANY, tr_wx("Templates")), 0, wxLEFT | wxTOP, 8);
    box->Add(list_, 1, wxEXPAND);
    box->Add(new wxStaticText(this, wxID_ANY, tr_wx("Clause library")), 0, wxLEFT | wxTOP, 8);
    box->Add(clause_list_, 1, wxEXPAND);
    SetSizer(box);
}

void TemplatesPanel::reload() {
    model_.reload();
    list_->refresh_filters();
    list_->refresh();
    clauses_.reload();
    clause_list_->refresh_filters();
    clause_list_->refresh();
}

void TemplatesPanel::report(bool done) {
    if (!done) wxMessageBox(message_wx(clauses_.error()), tr_wx("Clause library"), wxOK | wxICON_WARNING, this);
    clause_list_->refresh_filters();
    clause_list_->refresh();
}

void TemplatesPanel::add_clause(std::optional<std::size_t> row) {
    wxDialog dialog(this, wxID_ANY, tr_wx("New version of a clause"), wxDefaultPosition, wxSize(760, 600),
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    const auto* base = row ? &clauses_.at(*row) : nullptr;
    auto* key = new wxTextCtrl(&dialog, wxID_ANY, base ? to_wx(base->key) : wxString());
    auto* title = new wxTextCtrl(&dialog, wxID_ANY, base ? to_wx(base->title) : wxString());
    auto* text = new wxTextCtrl(&dialog, wxID_ANY, base ? to_wx(base->text) : wxString(), wxDefaultPosition,
                                wxSize(-1, 260), wxTE_MULTILINE);
    auto* basis = new wxTextCtrl(&dialog, wxID_ANY, base ? to_wx(base->legal_basis) : wxString(), wxDefaultPosition,
                                 wxSize(-1, 60), wxTE_MULTILINE);
    auto* error = new wxStaticText(&dialog, wxID_ANY, wxEmptyString);
    error->SetForegroundColour(*wxRED);
    auto* box = new wxBoxSizer(wxVERTICAL);
    for (auto [label, control] : std::initializer_list<std::pair<wxString, wxWindow*>>{
             {tr_wx("Key (as in the templates)"), key},
             {tr_wx("Title"), title},
             {tr_wx("Text, in the template language"), text},
             {tr_wx("Legal basis"), basis}}) {
        box->Add(new wxStaticText(&dialog, wxID_ANY, label), 0, wxLEFT | wxRIGHT | wxTOP, 8);
        box->Add(control, control == text ? 1 : 0, wxEXPAND | wxLEFT | wxRIGHT, 8);
    }
    box->Add(error, 0, wxALL, 8);
    box->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 8);
    dialog.SetSizer(box);
    dialog.Bind(wxEVT_BUTTON, [&](wxCommandEvent&) {
        if (clauses_.add(from_wx(key->GetValue()), from_wx(title->GetValue()), from_wx(text->GetValue()),
                         from_wx(basis->GetValue()))) {
            dialog.EndModal(wxID_OK);
            return;
        }
        error->SetLabel(message_wx(clauses_.error()));
        error->Wrap(700);
        dialog.Layout();
    }, wxID_OK);
    if (dialog.ShowModal() == wxID_OK) report(true);
}

TemplateEditorDialog::TemplateEditorDialog(wxWindow* parent, TemplateEditorViewModel& model)
    : wxDialog(parent, wxID_ANY, to_wx(locale::fill(locale::tr("Template {id}"), {{"id", model.open_id()}})),
               wxDefaultPosition, wxSize(1240, 760), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      model_(model), pause_(this) {
    editor_ = new wxTextCtrl(this, wxID_ANY, to_wx(model_.text()), wxDefaultPosition, wxDefaultSize,
                             wxTE_MULTILINE | wxTE_DONTWRAP | wxTE_RICH2);
    editor_->SetFont(wxFont(wxFontInfo(10).Family(wxFONTFAMILY_TELETYPE)));
    editor_->SetMinSize(wxSize(320, 200));  // long lines scroll instead of widening the dialog
    problems_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(320, -1), 0, nullptr, wxLB_HSCROLL);
    auto* scroll = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxSize(480, -1));
    scroll->SetScrollRate(12, 12);
    scroll->SetMinSize(wxSize(480, 300));
    preview_ = new wxStaticBitmap(scroll, wxID_ANY, wxNullBitmap);
    auto* scroll_box = new wxBoxSizer(wxVERTICAL);
    scroll_box->Add(preview_, 0, wxALL, 4);
    scroll->SetSizer(scroll_box);
    note_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    editor_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { pause_.StartOnce(600); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { refresh(); });
    // A problem opens its line and column in the editor.
    problems_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& e) {
        const auto index = static_cast<std::size_t>(e.GetSelection());
        if (index >= model_.problems().size()) return;  // "No problems."
        const auto& p = model_.problems()[index];
        if (p.line <= 0) return;
        const long at = editor_->XYToPosition(std::max(0, p.column - 1), p.line - 1);
        if (at >= 0) {
            editor_->SetInsertionPoint(at);
            editor_->ShowPosition(at);
            editor_->SetFocus();
        }
    });
    auto* save = new wxButton(this, wxID_SAVE, tr_wx("Save as the office's template"));
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        model_.set_text(from_wx(editor_->GetValue()));
        if (!model_.save()) {
            wxMessageBox(message_wx(model_.error()), tr_wx("The template was not saved"), wxOK | wxICON_WARNING, this);
            refresh();
            return;
        }
        EndModal(wxID_OK);
    });
    auto* close = new wxButton(this, wxID_CANCEL, tr_wx("Close"));
    auto leave = [this] {
        model_.set_text(from_wx(editor_->GetValue()));
        return !model_.modified() || confirm_discard(this);
    };
    close->Bind(wxEVT_BUTTON, [this, leave](wxCommandEvent&) {
        if (leave()) EndModal(wxID_CANCEL);
    });
    Bind(wxEVT_CLOSE_WINDOW, [this, leave](wxCloseEvent& e) {
        if (e.CanVeto() && !leave()) {
            e.Veto();
            return;
        }
        EndModal(wxID_CANCEL);
    });
    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(editor_, 3, wxEXPAND | wxBOTTOM, 6);
    left->Add(new wxStaticText(this, wxID_ANY, tr_wx("Problems (click one to go to its line)")), 0, wxBOTTOM, 4);
    left->Add(problems_, 1, wxEXPAND);
    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(new wxStaticText(this, wxID_ANY, tr_wx("Preview with the example data (first page)")), 0, wxBOTTOM, 4);
    right->Add(scroll, 1, wxEXPAND | wxBOTTOM, 4);
    right->Add(note_, 0, wxEXPAND);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(left, 3, wxEXPAND | wxALL, 8);
    row->Add(right, 2, wxEXPAND | wxALL, 8);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    buttons->Add(save, 0, wxRIGHT, 6);
    buttons->Add(close);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(row, 1, wxEXPAND);
    box->Add(buttons, 0, wxEXPAND | wxALL, 8);
    SetSizer(box);
    refresh();
}

void TemplateEditorDialog::refresh() {
    model_.set_text(from_wx(editor_->GetValue()));
    problems_->Clear();
    for (const auto& p : model_.problems()) problems_->Append(message_wx(p.message));
    if (model_.problems().empty()) problems_->Append(tr_wx("No problems."));
    const auto pdf = model_.preview_pdf();
    if (const auto page = pdf.empty() ? std::nullopt : presentation::render_pdf_page(pdf, 0, 55)) {
        wxImage image(page->width, page->height);
        std::copy(page->rgb.begin(), page->rgb.end(), image.GetData());
        preview_->SetBitmap(wxBitmap(image));
    }
    note_->SetLabel(to_wx(model_.preview_note()));
    note_->Wrap(460);
    Layout();
}

}  // namespace pacta::gui
