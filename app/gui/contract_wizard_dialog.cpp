#include "contract_wizard_dialog.h"
#include "screen_fit.h"

#include <algorithm>

#include <wx/bmpbuttn.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/editlbox.h>
#include <wx/listctrl.h>
#include <wx/dateevt.h>
#include <wx/image.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/scrolwin.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "form_dialog.h"
#include "list_columns.h"
#include "list_panel.h"
#include "pacta/platform/atomic_file.h"
#include "record_list_ctrl.h"
#include "pacta/domain/money.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/review/contract_reading.h"
#include "pacta/presentation/templates/installed_templates.h"
#include "wheel_guard.h"
#include "wx_text.h"

namespace pacta::gui {

namespace {

using Step = presentation::ContractWizardViewModel::Step;

wxStaticText* heading(wxWindow* parent, const wxString& text) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    auto font = label->GetFont();
    font.MakeBold();
    label->SetFont(font);
    return label;
}

// A field's message line: the one line kept for it, or every line of a longer message.
wxSize message_size(wxStaticText* message) {
    const auto lines = 1 + static_cast<int>(message->GetLabel().Freq('\n'));
    return {-1, lines * message->GetCharHeight()};
}

}  // namespace

ContractWizardDialog::ContractWizardDialog(wxWindow* parent, presentation::ContractWizardViewModel& model,
                                           std::filesystem::path folder, std::filesystem::path draft_file)
    : wxDialog(parent, wxID_ANY,
               model.editing().empty() ? tr_wx("New contract")
                                       : to_wx(locale::fill(locale::tr("Correct the contract {folio}"),
                                                            {{"folio", model.editing()}})),
               wxDefaultPosition, wxSize(960, 680),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      model_(model),
      folder_(std::move(folder)),
      draft_(std::move(draft_file)) {
    book_ = new wxSimplebook(this);
    auto* person_page = new wxPanel(book_);
    people_ = new ListPanel(person_page, model_.people.list, {300, 190, 110, 120, 120, 110});
    auto* person_box = new wxBoxSizer(wxVERTICAL);
    person_box->Add(heading(person_page, tr_wx("1. Who is the contract for?")), 0, wxALL, 8);
    person_box->Add(people_, 1, wxEXPAND);
    person_page->SetSizer(person_box);
    people_->on_open([this](std::size_t) { next(); });
    book_->AddPage(person_page, "persona");

    auto* template_page = new wxPanel(book_);
    templates_ = new wxListBox(template_page, wxID_ANY);
    templates_->SetName("plantillas");
    for (const auto& t : model_.templates()) {
        templates_->Append(to_wx(t.usable() ? t.title + "  (" + t.id + ", v" + std::to_string(t.version) + ")"
                                            : presentation::unusable_template_line(t)));
    }
    auto* template_box = new wxBoxSizer(wxVERTICAL);
    template_box->Add(heading(template_page, tr_wx("2. Which template?")), 0, wxALL, 8);
    template_box->Add(templates_, 1, wxEXPAND | wxALL, 8);
    template_page->SetSizer(template_box);
    templates_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { next(); });
    book_->AddPage(template_page, "plantilla");

    fields_ = new wxScrolledWindow(book_);
    fields_->SetScrollRate(0, 12);
    book_->AddPage(fields_, "datos");
    signatories_ = new wxScrolledWindow(book_);
    signatories_->SetScrollRate(0, 12);
    book_->AddPage(signatories_, "firmantes");
    review_ = new wxPanel(book_);
    book_->AddPage(review_, "revision");
    done_ = new wxPanel(book_);
    book_->AddPage(done_, "listo");

    error_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    error_->SetForegroundColour(*wxRED);
    back_ = new wxButton(this, wxID_BACKWARD, tr_wx("< &Back"));
    next_ = new wxButton(this, wxID_FORWARD, tr_wx("&Next >"));
    auto* cancel = new wxButton(this, wxID_CANCEL);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(error_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    buttons->Add(back_, 0, wxRIGHT, 4);
    buttons->Add(next_, 0, wxRIGHT, 4);
    buttons->Add(cancel);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(book_, 1, wxEXPAND | wxALL, 6);
    box->Add(buttons, 0, wxEXPAND | wxALL, 8);
    SetSizer(box);
    fit_to_screen(this);
    CentreOnScreen();
    back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (model_.back()) show_step();
    });
    next_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { next(); });
    // «Cancelar» or the close box drop an unfinished contract only when the user agrees.
    auto leave = [this] {
        if (!model_.draft_json().empty() && !confirm_discard(this)) return false;
        draft_.discard();
        return true;
    };
    cancel->Bind(wxEVT_BUTTON, [this, leave](wxCommandEvent&) {
        if (leave()) EndModal(wxID_CANCEL);
    });
    Bind(wxEVT_CLOSE_WINDOW, [this, leave](wxCloseEvent& e) {
        if (e.CanVeto() && !leave()) {
            e.Veto();
            return;
        }
        EndModal(model_.step() == Step::done ? wxID_OK : wxID_CANCEL);
    });
    show_step();
}

void ContractWizardDialog::keep_draft() {
    draft_.keep(model_.draft_json());
}

void ContractWizardDialog::show_error() {
    error_->SetLabel(message_wx(model_.error()));
    error_->Wrap(560);
    Layout();
}

void ContractWizardDialog::next() {
    bool moved = false;
    switch (model_.step()) {
        case Step::person: {
            long row = people_->list_ctrl()->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
            // The search left one person: Enter (or «Siguiente») takes her.
            if (row < 0 && people_->list_ctrl()->GetItemCount() == 1) row = 0;
            moved = row >= 0 && model_.choose_person(static_cast<std::size_t>(row));
            if (row < 0) error_->SetLabel(tr_wx("Choose a person in the list."));
            break;
        }
        case Step::template_choice: {
            const int chosen = templates_->GetSelection();
            const auto all = model_.templates();
            moved = chosen != wxNOT_FOUND && model_.choose_template(all.at(static_cast<std::size_t>(chosen)));
            if (chosen == wxNOT_FOUND) error_->SetLabel(tr_wx("Choose a template."));
            break;
        }
        case Step::fields:
            for (const auto& [path, value_of] : field_values_) {
                const auto value = value_of();
                for (const auto& f : model_.fields()) {
                    if (f.path == path && f.editable && value != f.value) model_.set_field(path, value);
                }
            }
            moved = model_.fields_done();
            if (!moved) build_fields();
            break;
        case Step::signatories: moved = model_.signatories_done(); break;
        case Step::review: moved = model_.finish(folder_).has_value(); break;
        case Step::done: EndModal(wxID_OK); return;
    }
    if (moved) {
        show_step();
    } else if (!model_.error().empty()) {
        show_error();
    }
}

void ContractWizardDialog::show_step() {
    error_->SetLabel(wxEmptyString);
    keep_draft();
    switch (model_.step()) {
        case Step::fields: build_fields(); break;
        case Step::signatories: build_signatories(); break;
        case Step::review: build_review(); break;
        case Step::done: build_done(); break;
        default: break;
    }
    book_->ChangeSelection(static_cast<std::size_t>(model_.step()));
    // A correction starts at the data: person and template stay as stored.
    back_->Enable(model_.step() != Step::person && model_.step() != Step::done &&
                  !(model_.step() == Step::fields && !model_.editing().empty()));
    next_->SetLabel(model_.step() == Step::review ? tr_wx("&Generate") : model_.step() == Step::done ? tr_wx("&Close")
                                                                                                   : tr_wx("&Next >"));
    Layout();
}

void ContractWizardDialog::check_field(const std::string& path) {
    const auto value = field_values_.find(path);
    if (value == field_values_.end() || model_.step() != Step::fields) return;
    const auto typed = value->second();
    for (const auto& f : model_.fields()) {
        if (f.path == path && f.editable && typed != f.value) model_.set_field(path, typed);
    }
    // Every message again: one value may settle another's (an end date against its start).
    for (const auto& f : model_.fields()) {
        const auto label = field_errors_.find(f.path);
        if (label == field_errors_.end() || label->second->GetLabel() == to_wx(f.error)) continue;
        label->second->SetLabel(to_wx(f.error));
        label->second->Wrap(360);
        label->second->SetMinSize(message_size(label->second));
    }
    // Once nothing is marked, the step's «correct the fields marked in red» goes too.
    if (std::none_of(model_.fields().begin(), model_.fields().end(), [](const auto& f) { return !f.error.empty(); })) {
        error_->SetLabel(wxEmptyString);
    }
    // An amount accepted is shown again as the institution writes it («68,858.30»).
    for (const auto& f : model_.fields()) {
        if (f.path != path || f.type != document::FieldType::importe || !f.error.empty()) continue;
        auto* text = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName(to_wx(path), fields_));
        if (text != nullptr && from_wx(text->GetValue()) != f.value) text->ChangeValue(to_wx(f.value));
    }
    fields_->Layout();
    fields_->FitInside();
}

void ContractWizardDialog::build_fields() {
    fields_->DestroyChildren();
    field_values_.clear();
    field_errors_.clear();
    auto* grid = new wxFlexGridSizer(2, wxSize(10, 4));
    grid->AddGrowableCol(1);
    for (const auto& f : model_.fields()) {
        auto* label = new wxStaticText(fields_, wxID_ANY, to_wx(f.label + (f.required ? " *" : "")));
        const bool multiline = f.type == document::FieldType::lista;  // shown read-only
        const std::string path = f.path;
        wxWindow* control = nullptr;
        wxDateTime day;
        if (f.type == document::FieldType::fecha && f.editable && (f.value.empty() || day.ParseISODate(to_wx(f.value)))) {
            // A date as the institution reads it (dd/mm/aaaa), handed to the contract as ISO.
            auto* picker = new wxDatePickerCtrl(fields_, wxID_ANY, day, wxDefaultPosition, wxDefaultSize,
                                                wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE);
            const auto value_of = [picker] {
                const auto chosen = picker->GetValue();
                return chosen.IsValid() ? from_wx(chosen.FormatISODate()) : std::string();
            };
            field_values_[path] = value_of;
            picker->Bind(wxEVT_DATE_CHANGED, [this, path, value_of](wxDateEvent&) {
                model_.note_typed(path, value_of());
                keep_draft();
            });
            control = picker;
        } else if (f.type == document::FieldType::sexo && f.editable) {
            // A choice, not a letter to type: the words, which every country's template reads
            // (a letter means one thing in Mexico, M hombre/mujer, and another in Peru).
            auto* choice = new wxChoice(fields_, wxID_ANY);
            choice->Append(tr_wx("Man"));
            choice->Append(tr_wx("Woman"));
            if (const auto sex = domain::sex_from_name(f.value)) choice->SetSelection(*sex == domain::Sex::woman ? 1 : 0);
            scroll_form_unless_focused(choice);
            const auto value_of = [choice] {
                const int chosen = choice->GetSelection();
                if (chosen == wxNOT_FOUND) return std::string();
                return std::string(domain::sex_name(chosen == 1 ? domain::Sex::woman : domain::Sex::man));
            };
            field_values_[path] = value_of;
            choice->Bind(wxEVT_CHOICE, [this, path, value_of](wxCommandEvent&) {
                model_.note_typed(path, value_of());
                keep_draft();
            });
            control = choice;
        } else if (f.type == document::FieldType::registros) {
            // The signature block as it will print, one row per signatory (chosen in step 4).
            auto* table = new wxListCtrl(fields_, wxID_ANY, wxDefaultPosition, wxSize(-1, 110),
                                         wxLC_REPORT | wxLC_SINGLE_SEL);
            append_titled_columns(table, f.columns.empty() ? std::vector<std::string>{f.label} : f.columns, {}, 150);
            for (const auto& row : f.rows) {
                if (row.empty()) continue;
                const long item = table->InsertItem(table->GetItemCount(), to_wx(row[0]));
                for (std::size_t c = 1; c < row.size(); ++c) table->SetItem(item, static_cast<int>(c), to_wx(row[c]));
            }
            table->SetToolTip(tr_wx("Filled in from the signatories chosen in the next step."));
            control = table;
        } else if (f.type == document::FieldType::lista && f.editable) {
            // One row per item, added, edited, removed and reordered with the list's buttons.
            auto* items = new wxEditableListBox(fields_, wxID_ANY, wxEmptyString, wxDefaultPosition, wxSize(-1, 150));
            wxArrayString lines;
            for (const auto& line : presentation::list_items(f.value)) lines.Add(to_wx(line));
            items->SetStrings(lines);
            const auto value_of = [items] {
                wxArrayString now;
                items->GetStrings(now);
                std::string joined;
                for (const auto& line : now) {
                    if (!line.empty()) joined += (joined.empty() ? "" : "\n") + from_wx(line);
                }
                return joined;
            };
            field_values_[path] = value_of;
            // After the list has changed; the form may be rebuilt meanwhile (a refused «Siguiente»),
            // so the list is looked up again by its field rather than kept.
            const auto changed = [this, path](wxEvent& e) {
                e.Skip();
                CallAfter([this, path] {
                    const auto current = field_values_.find(path);
                    if (current == field_values_.end()) return;
                    model_.note_typed(path, current->second());
                    keep_draft();
                });
            };
            items->GetListCtrl()->Bind(wxEVT_LIST_END_LABEL_EDIT, changed);
            items->GetListCtrl()->Bind(wxEVT_LIST_DELETE_ITEM, changed);
            for (wxWindow* button : {static_cast<wxWindow*>(items->GetUpButton()), static_cast<wxWindow*>(items->GetDownButton())}) {
                if (button != nullptr) button->Bind(wxEVT_BUTTON, changed);
            }
            items->GetListCtrl()->Bind(wxEVT_KILL_FOCUS, [this, path](wxFocusEvent& e) {
                e.Skip();
                CallAfter([this, path] { check_field(path); });
            });
            control = items;
        } else if (const auto offered = model_.suggestions(path); f.editable && !offered.empty()) {
            // The institution's budget accounts to choose from; another can still be typed.
            wxArrayString items;
            for (const auto& o : offered) items.Add(to_wx(o));
            auto* combo = new wxComboBox(fields_, wxID_ANY, to_wx(f.value), wxDefaultPosition, wxDefaultSize, items);
            scroll_form_unless_focused(combo);
            field_values_[path] = [combo] { return from_wx(combo->GetValue()); };
            combo->Bind(wxEVT_TEXT, [this, path, combo](wxCommandEvent&) {
                model_.note_typed(path, from_wx(combo->GetValue()));
                keep_draft();
            });
            control = combo;
        } else {
            auto* text = new wxTextCtrl(fields_, wxID_ANY, to_wx(f.value), wxDefaultPosition,
                                        wxSize(-1, multiline ? 90 : -1), multiline ? wxTE_MULTILINE : 0);
            text->SetEditable(f.editable);
            if (f.editable) {
                field_values_[path] = [text] { return from_wx(text->GetValue()); };
                text->Bind(wxEVT_TEXT, [this, path, text](wxCommandEvent&) {
                    model_.note_typed(path, from_wx(text->GetValue()));
                    keep_draft();
                });
            }
            control = text;
        }
        control->SetName(to_wx(path));
        // The column grows with the window; a long value must not widen the form past it.
        control->SetMinSize(wxSize(180, f.type == document::FieldType::lista       ? 150
                                        : f.type == document::FieldType::registros ? 110
                                                                                    : control->GetBestSize().y));
        if (!f.help.empty()) control->SetToolTip(to_wx(f.help));
        grid->Add(label, 0, wxTOP, 5);  // beside its box, above the message line
        auto* cell = new wxBoxSizer(wxVERTICAL);
        if (f.type == document::FieldType::importe) {
            // An amount with its currency beside it, as the contract will print it.
            auto* row = new wxBoxSizer(wxHORIZONTAL);
            row->Add(new wxStaticText(fields_, wxID_ANY, to_wx(model_.currency_symbol())), 0,
                     wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
            row->Add(control, 1, wxEXPAND);
            cell->Add(row, 0, wxEXPAND);
        } else {
            cell->Add(control, 0, wxEXPAND);
        }
        // Every field keeps a line for its message, so the form does not jump as messages come and go.
        auto* error = new wxStaticText(fields_, wxID_ANY, to_wx(f.error));
        error->SetForegroundColour(*wxRED);
        error->Wrap(360);  // within the column at 1024 px
        error->SetMinSize(message_size(error));
        cell->Add(error, 0, wxEXPAND);
        field_errors_[path] = error;
        if (f.editable) {
            // Checked on leaving the field: the message appears beside it, and goes once fixed.
            control->Bind(wxEVT_KILL_FOCUS, [this, path](wxFocusEvent& e) {
                e.Skip();
                CallAfter([this, path] { check_field(path); });
            });
        }
        grid->Add(cell, 1, wxEXPAND);
    }
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(heading(fields_, tr_wx("3. The contract's data (computed values are shown in the review)")), 0, wxALL, 8);
    box->Add(grid, 0, wxEXPAND | wxALL, 8);
    fields_->SetSizer(box);
    fields_->FitInside();
}

void ContractWizardDialog::build_signatories() {
    signatories_->DestroyChildren();
    auto* grid = new wxFlexGridSizer(2, wxSize(10, 6));
    grid->AddGrowableCol(1);
    for (const auto& c : model_.signatories()) {
        grid->Add(new wxStaticText(signatories_, wxID_ANY, to_wx(c.label)), 0, wxALIGN_CENTER_VERTICAL);
        auto* choice = new wxChoice(signatories_, wxID_ANY);
        scroll_form_unless_focused(choice);
        for (std::size_t i = 0; i < c.options.size(); ++i) {
            choice->Append(to_wx(c.options[i].second));
            if (c.options[i].first == c.chosen) choice->SetSelection(static_cast<int>(i));
        }
        const std::string role = c.role;
        const auto options = c.options;
        choice->Bind(wxEVT_CHOICE, [this, role, options](wxCommandEvent& e) {
            model_.choose_signatory(role, options.at(static_cast<std::size_t>(e.GetSelection())).first);
            keep_draft();
        });
        grid->Add(choice, 1, wxEXPAND);
    }
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(heading(signatories_, tr_wx("4. Who signs, by role (only those with powers valid on the signing date)")), 0,
             wxALL, 8);
    box->Add(grid, 0, wxEXPAND | wxALL, 8);
    signatories_->SetSizer(box);
    signatories_->FitInside();
}

void ContractWizardDialog::build_review() {
    review_->DestroyChildren();
    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(heading(review_, tr_wx("5. Review")), 0, wxALL, 6);
    left->Add(new wxStaticText(review_, wxID_ANY, tr_wx("Payment schedule")), 0, wxLEFT, 6);
    auto* schedule = new wxListBox(review_, wxID_ANY);
    for (const auto& line : model_.schedule_lines()) schedule->Append(to_wx(line));
    left->Add(schedule, 1, wxEXPAND | wxALL, 6);
    left->Add(new wxStaticText(review_, wxID_ANY, tr_wx("What the checker found")), 0, wxLEFT, 6);
    // Whole sentences, wrapped: a warning cut at the box's edge would not be read.
    wxString found;
    for (const auto& line : model_.finding_lines()) found += (found.empty() ? "" : "\n\n") + to_wx(line);
    if (found.empty()) found = tr_wx("Nothing: the contract passes every check.");
    auto* findings = new wxTextCtrl(review_, wxID_ANY, found, wxDefaultPosition, wxDefaultSize,
                                    wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    findings->SetName("hallazgos");
    left->Add(findings, 1, wxEXPAND | wxALL, 6);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(left, 1, wxEXPAND);
    // The first page as it will be printed.
    if (const auto page = presentation::render_pdf_page(model_.pdf(), 0, 60)) {
        wxImage image(page->width, page->height);
        std::copy(page->rgb.begin(), page->rgb.end(), image.GetData());
        row->Add(new wxStaticBitmap(review_, wxID_ANY, wxBitmap(image)), 0, wxALL, 6);
    }
    review_->SetSizer(row);
    review_->Layout();
}

void ContractWizardDialog::build_done() {
    done_->DestroyChildren();
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(heading(done_, model_.editing().empty() ? tr_wx("6. The contract is drafted")
                                                     : tr_wx("6. The contract is corrected; its PDFs were written again")),
             0, wxALL, 8);
    box->Add(new wxStaticText(done_, wxID_ANY, to_wx(model_.written_pdf().string())), 0, wxALL, 8);
    if (model_.public_problem().empty()) {
        box->Add(new wxStaticText(done_, wxID_ANY, to_wx(model_.written_public().string())), 0, wxALL, 8);
    } else {
        auto* problem = new wxStaticText(done_, wxID_ANY, to_wx(model_.public_problem()));
        problem->SetForegroundColour(*wxRED);
        problem->Wrap(900);
        box->Add(problem, 0, wxALL, 8);
    }
    auto* open = new wxButton(done_, wxID_ANY, tr_wx("&Open the PDF (to read or print it)"));
    auto* folder = new wxButton(done_, wxID_ANY, tr_wx("Show in &folder"));
    open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { wxLaunchDefaultApplication(to_wx(model_.written_pdf().string())); });
    folder->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxLaunchDefaultApplication(to_wx(model_.written_pdf().parent_path().string()));
    });
    box->Add(open, 0, wxALL, 8);
    box->Add(folder, 0, wxALL, 8);
    done_->SetSizer(box);
    done_->Layout();
}

}  // namespace pacta::gui
