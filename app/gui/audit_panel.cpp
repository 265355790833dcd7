#include "audit_panel.h"
#include "problem_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/clntdata.h>
#include <wx/config.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "long_task.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "rows_provider_ctrl.h"
#include "wx_text.h"

namespace pacta::gui {

namespace {

using presentation::AuditViewModel;

// Column widths as the user left them (the same keys the list had before it was paged).
std::vector<int> kept_widths(std::vector<int> widths) {
    for (std::size_t c = 0; c < widths.size(); ++c) {
        long width = widths[c];
        wxConfigBase::Get()->Read(wxString::Format("/listas/auditoria/columna%zu", c), &width, width);
        widths[c] = static_cast<int>(width);
    }
    return widths;
}

}  // namespace

AuditPanel::AuditPanel(wxWindow* parent, GuiWorkspace& ws)
    : wxPanel(parent), model_(ws.session(), ws.audit_trail), search_pause_(this) {
    model_.reload();
    chain_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_READONLY | wxBORDER_NONE);
    chain_->SetBackgroundColour(GetBackgroundColour());

    // Two rows, so the search box keeps its width on a 1024-pixel screen.
    auto* filters = new wxBoxSizer(wxHORIZONTAL);
    auto* more_filters = new wxBoxSizer(wxHORIZONTAL);
    search_ = new wxSearchCtrl(this, wxID_ANY);
    search_->SetDescriptiveText(tr_wx("Search (accents and capitals do not matter)"));
    search_->ShowCancelButton(true);
    search_->SetMinSize(wxSize(260, -1));
    filters->Add(search_, 1, wxEXPAND | wxRIGHT, 6);
    actors_ = add_choice(filters, to_wx(model_.columns()[AuditViewModel::actor]), [this](const auto& v) { model_.set_actor(v); });
    actions_ = add_choice(filters, to_wx(model_.columns()[AuditViewModel::action]), [this](const auto& v) { model_.set_action(v); });
    entities_ = add_choice(more_filters, to_wx(model_.columns()[AuditViewModel::entity]), [this](const auto& v) { model_.set_entity(v); });
    auto make_picker = [this, more_filters](const wxString& label) {
        more_filters->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, 3);
        auto* picker = new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                            wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE);
        picker->SetValue(wxInvalidDateTime);
        more_filters->Add(picker, 0, wxRIGHT, 6);
        picker->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) {
            const auto iso = [](wxDatePickerCtrl* p) {
                return p->GetValue().IsValid() ? from_wx(p->GetValue().FormatISODate()) : std::string();
            };
            model_.set_dates(iso(from_), iso(to_));
            refresh();
        });
        return picker;
    };
    from_ = make_picker(tr_wx("Date from:"));
    to_ = make_picker(tr_wx("to:"));
    fill_choices();

    list_ = new RowsProviderCtrl(this, model_, kept_widths({80, 95, 80, 110, 100, 130, 320}));
    list_->Bind(wxEVT_LIST_COL_END_DRAG, [this](wxListEvent& e) {
        e.Skip();
        CallAfter([this] {
            for (int c = 0; c < list_->GetColumnCount(); ++c) {
                wxConfigBase::Get()->Write(wxString::Format("/listas/auditoria/columna%d", c),
                                           static_cast<long>(list_->GetColumnWidth(c)));
            }
        });
    });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) { open_row(e.GetIndex()); });
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { search_pause_.StartOnce(300); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        model_.set_search(from_wx(search_->GetValue()));
        refresh();
    });

    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    count_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    bottom->Add(count_, 1, wxALIGN_CENTER_VERTICAL);
    auto* verify_button = new wxButton(this, wxID_ANY, tr_wx("Verify the chain"));
    verify_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { verify(); });
    bottom->Add(verify_button, 0, wxLEFT, 6);
    auto* reload_button = new wxButton(this, wxID_ANY, tr_wx("Reload"));
    reload_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { reload(); });
    bottom->Add(reload_button, 0, wxLEFT, 6);

    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(chain_, 0, wxEXPAND | wxALL, 6);
    box->Add(filters, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
    box->Add(more_filters, 0, wxLEFT | wxRIGHT | wxBOTTOM, 6);
    box->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, 6);
    box->Add(bottom, 0, wxEXPAND | wxALL, 6);
    SetSizer(box);
    // No verification here: at 2,000,000 rows it takes seconds; the button does it.
    show_chain();
    refresh();
}

wxChoice* AuditPanel::add_choice(wxSizer* row, const wxString& label, const std::function<void(const std::string&)>& apply) {
    row->Add(new wxStaticText(this, wxID_ANY, label + ":"), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 3);
    auto* choice = new wxChoice(this, wxID_ANY);
    choice->SetToolTip(label);
    row->Add(choice, 0, wxRIGHT, 6);
    choice->Bind(wxEVT_CHOICE, [this, choice, apply](wxCommandEvent&) {
        // Each entry keeps the key the store filters by; the text is its label.
        const auto* key = dynamic_cast<wxStringClientData*>(choice->GetClientObject(static_cast<unsigned>(choice->GetSelection())));
        apply(choice->GetSelection() <= 0 || key == nullptr ? std::string() : from_wx(key->GetData()));
        refresh();
    });
    return choice;
}

void AuditPanel::fill_choices() {
    const auto fill = [](wxChoice* choice, const std::vector<std::string>& keys, auto label) {
        const auto kept = choice->GetStringSelection();
        choice->Clear();
        choice->Append(tr_wx("(all)"), new wxStringClientData());
        for (const auto& key : keys) choice->Append(to_wx(label(key)), new wxStringClientData(to_wx(key)));
        if (kept.empty() || !choice->SetStringSelection(kept)) choice->SetSelection(0);
    };
    fill(actors_, model_.actors(), [](const std::string& key) { return key; });
    fill(actions_, AuditViewModel::actions(), locale::audit_action_label);
    fill(entities_, model_.entities(), locale::audit_entity_label);
}

void AuditPanel::reload() {
    model_.reload();
    fill_choices();
    show_chain();
    refresh();
}

void AuditPanel::refresh() {
    list_->refresh();
    count_->SetLabel(count_text());
    if (counted_) counted_(count_text());
}

wxString AuditPanel::count_text() const { return to_wx(model_.count_text()); }

void AuditPanel::show_chain() {
    chain_->SetForegroundColour(!model_.verified() ? GetForegroundColour() : model_.intact() ? wxColour(0, 110, 0) : *wxRED);
    chain_->ChangeValue(to_wx(model_.chain_text()));
}

void AuditPanel::verify() {
    const wxString title = tr_wx("Verify the chain");
    try {
        model_.check_may_verify();
    } catch (...) {
        show_current_problem(this, title);
        return;
    }
    domain::AuditVerification result;
    // The worker uses the store's connection: the list paints from the rows it holds.
    model_.hold_store(true);
    const auto outcome = run_long_task(this, title, tr_wx("Recomputing every row's hash from the first one"),
                                       model_.total(), [&](const domain::ProgressReport& progress, const auto&) {
                                           result = model_.compute_chain(progress);
                                       });
    model_.hold_store(false);
    if (outcome.cancelled) return;
    if (outcome.error) {
        try {
            std::rethrow_exception(outcome.error);
        } catch (...) {
            show_current_problem(this, title);
        }
        return;
    }
    model_.keep_verification(result);
    show_chain();
    list_->Refresh();
}

void AuditPanel::open_row(long row) {
    if (row < 0) return;
    try {
        const auto detail = model_.details(static_cast<std::size_t>(row));
        wxDialog dialog(this, wxID_ANY, tr_wx("Audit row"), wxDefaultPosition, wxSize(720, 560),
                        wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
        auto* heading = new wxStaticText(&dialog, wxID_ANY, to_wx(detail.heading));
        heading->Wrap(690);
        auto* view = new wxListCtrl(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
        view->SetName("detalle-auditoria");
        view->AppendColumn(tr_wx("Field"), wxLIST_FORMAT_LEFT, 220);
        view->AppendColumn(tr_wx("Before"), wxLIST_FORMAT_LEFT, 220);
        view->AppendColumn(tr_wx("After"), wxLIST_FORMAT_LEFT, 220);
        for (const auto& change : detail.changes) {
            const long at = view->InsertItem(view->GetItemCount(), to_wx(change.field));
            view->SetItem(at, 1, to_wx(change.before));
            view->SetItem(at, 2, to_wx(change.after));
        }
        auto* box = new wxBoxSizer(wxVERTICAL);
        box->Add(heading, 0, wxALL, 8);
        box->Add(view, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
        box->Add(dialog.CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxALL, 8);
        dialog.SetSizer(box);
        dialog.ShowModal();
    } catch (...) {
        show_current_problem(this, tr_wx("Audit row"));
    }
}

}  // namespace pacta::gui
