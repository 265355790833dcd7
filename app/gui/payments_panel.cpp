#include "payments_panel.h"
#include "problem_dialog.h"

#include <chrono>
#include <functional>
#include <vector>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/choicdlg.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "paged_list_ctrl.h"
#include "termination_dialog.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/home/home_screen.h"
#include "pacta/presentation/common/today.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/payments/instalment_move_form.h"
#include "wx_text.h"

namespace pacta::gui {

namespace {

using presentation::PaymentsViewModel;
using State = domain::InstalmentState;

constexpr State all_states[] = {State::pending, State::report_delivered, State::approved,
                                State::paid,    State::suspended,        State::cancelled};

// The form the service describes for a move, drawn and filled in; nullopt when the user cancels.
// `problem`: why the last attempt was refused, shown in red above the fields it concerns.
std::optional<presentation::MoveForm> ask_move_details(wxWindow* parent, presentation::MoveForm form, const wxString& title,
                                                       const std::string& problem) {
    wxDialog dialog(parent, wxID_ANY, title);
    auto* grid = new wxFlexGridSizer(2, wxSize(10, 6));
    grid->AddGrowableCol(1);
    std::vector<std::function<void(presentation::MoveField&)>> readers;
    for (const auto& field : form.fields) {
        wxWindow* control = nullptr;
        wxString label = to_wx(field.label);
        switch (field.kind) {
            case presentation::MoveField::Kind::date: {
                const auto day = domain::parse_iso_date(field.value).value.value_or(presentation::today());
                auto* picker = new wxDatePickerCtrl(&dialog, wxID_ANY, to_wx_date(day), wxDefaultPosition, wxDefaultSize,
                                                    wxDP_DROPDOWN | wxDP_SHOWCENTURY);
                readers.push_back([picker](auto& f) { f.value = from_wx(picker->GetValue().FormatISODate()); });
                control = picker;
                break;
            }
            case presentation::MoveField::Kind::check: {
                auto* check = new wxCheckBox(&dialog, wxID_ANY, label);
                check->SetValue(!field.value.empty());
                readers.push_back([check](auto& f) { f.value = check->GetValue() ? "1" : ""; });
                control = check;
                label.clear();
                break;
            }
            case presentation::MoveField::Kind::text: {
                auto* text = new wxTextCtrl(&dialog, wxID_ANY, to_wx(field.value));
                readers.push_back([text](auto& f) { f.value = from_wx(text->GetValue()); });
                control = text;
                break;
            }
        }
        grid->Add(new wxStaticText(&dialog, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(control, 1, wxEXPAND);
    }
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(new wxStaticText(&dialog, wxID_ANY, to_wx(form.heading)), 0, wxALL, 10);
    if (!problem.empty()) {
        auto* refused = new wxStaticText(&dialog, wxID_ANY, message_wx(problem));
        refused->SetForegroundColour(*wxRED);
        refused->Wrap(520);
        box->Add(refused, 0, wxLEFT | wxRIGHT | wxBOTTOM, 10);
    }
    box->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);
    box->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 10);
    dialog.SetSizerAndFit(box);
    dialog.SetSize(wxSize(560, -1));
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    for (std::size_t i = 0; i < readers.size(); ++i) readers[i](form.fields[i]);
    return form;
}

void save_table(wxWindow* parent, const presentation::Table& table, const wxString& name) {
    wxFileDialog pick(parent, tr_wx("Save"), wxEmptyString, name,
                      tr_wx("Excel workbook (*.xlsx)|*.xlsx|CSV (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (pick.ShowModal() != wxID_OK) return;
    try {
        presentation::write_table(table, from_wx(pick.GetPath()));
    } catch (...) {
        show_current_problem(parent, tr_wx("Save"));
    }
}

}  // namespace

PaymentsPanel::PaymentsPanel(wxWindow* parent, GuiWorkspace& ws)
    : wxPanel(parent), model_(ws.session(), ws.lifecycle, ws.instalments, &ws.institutions), ws_(ws) {
    model_.reload();
    search_ = new wxSearchCtrl(this, wxID_ANY);
    search_->SetDescriptiveText(tr_wx("Search: name, folio or due date (2024-03)"));
    search_->ShowCancelButton(true);
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        model_.set_search(from_wx(search_->GetValue()));
        refresh();
    });
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(search_, 1, wxEXPAND | wxRIGHT, 6);
    const auto add_choice = [this, top](const std::string& label, const std::vector<std::string>& values,
                                        std::function<void(int)> chosen) {
        auto* choice = new wxChoice(this, wxID_ANY);
        choice->Append(tr_wx("(all)"));
        for (const auto& v : values) choice->Append(to_wx(v));
        choice->SetSelection(0);
        top->Add(new wxStaticText(this, wxID_ANY, to_wx(label + ":")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 3);
        top->Add(choice, 0, wxRIGHT, 6);
        choice->Bind(wxEVT_CHOICE, [this, choice, chosen](wxCommandEvent&) {
            chosen(choice->GetSelection());
            refresh();
        });
        return choice;
    };
    std::vector<std::string> states;
    for (const auto s : all_states) states.push_back(locale::instalment_state_label(s));
    const auto& columns = model_.columns();
    add_choice(columns[PaymentsViewModel::state], states, [this](int i) {
        model_.set_state(i <= 0 ? std::nullopt : std::optional(all_states[static_cast<std::size_t>(i - 1)]));
    });
    const auto units = model_.units();
    add_choice(columns[PaymentsViewModel::unit], units, [this, units](int i) {
        model_.set_unit(i <= 0 ? std::string() : units.at(static_cast<std::size_t>(i - 1)));
    });
    const auto accounts = model_.accounts();
    add_choice(columns[PaymentsViewModel::account], accounts, [this, accounts](int i) {
        model_.set_account(i <= 0 ? std::string() : accounts.at(static_cast<std::size_t>(i - 1)));
    });
    auto* dates = new wxBoxSizer(wxHORIZONTAL);
    const auto make_picker = [this, dates](const wxString& label) {
        dates->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 3);
        auto* picker = new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                            wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE);
        picker->SetValue(wxInvalidDateTime);
        dates->Add(picker, 0, wxRIGHT, 6);
        return picker;
    };
    auto* from = make_picker(tr_wx("Period from:"));
    auto* to = make_picker(tr_wx("to:"));
    const auto period = [this, from, to](wxDateEvent&) {
        const auto day = [](wxDatePickerCtrl* p) -> std::optional<domain::Date> {
            if (!p->GetValue().IsValid()) return std::nullopt;
            return domain::parse_iso_date(from_wx(p->GetValue().FormatISODate())).value;
        };
        model_.set_period(day(from), day(to));
        refresh();
    };
    from->Bind(wxEVT_DATE_CHANGED, period);
    to->Bind(wxEVT_DATE_CHANGED, period);
    const auto due_day = PaymentsViewModel::due_by_as_on_home(presentation::today());
    due_ = new wxCheckBox(this, wxID_ANY, to_wx(PaymentsViewModel::due_by_caption(due_day)));
    due_->Bind(wxEVT_CHECKBOX, [this, due_day](wxCommandEvent&) { show_due(due_->GetValue() ? std::optional(due_day) : std::nullopt); });
    dates->Add(due_, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 12);

    list_ = new PagedListCtrl(this, columns, {230, 50, 200, 100, 110, 95, 95, 110, 140, 100, 110},
                              [this](std::size_t row, std::size_t column) {
                                  return model_.cell(row, static_cast<PaymentsViewModel::Column>(column));
                              });
    list_->on_sort([this](std::size_t column, bool ascending) {
        model_.sort_by(static_cast<PaymentsViewModel::Column>(column), ascending);
        refresh();
    });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
        if (e.GetIndex() >= 0) move_row(static_cast<std::size_t>(e.GetIndex()));
    });
    count_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(count_, 1, wxALIGN_CENTER_VERTICAL);
    const auto add_button = [this, buttons](const wxString& label, std::function<void(std::optional<std::size_t>)> handler) {
        auto* button = new wxButton(this, wxID_ANY, label);
        button->Bind(wxEVT_BUTTON, [this, handler](wxCommandEvent&) { handler(list_->selected_row()); });
        buttons->Add(button, 0, wxLEFT, 6);
    };
    add_button(tr_wx("Record..."), [this](std::optional<std::size_t> row) {
        if (row) move_row(*row);
    });
    add_button(tr_wx("Detail..."), [this](std::optional<std::size_t> row) {
        if (row) show_detail(*row);
    });
    add_button(tr_wx("Totals..."), [this](auto) { show_totals(); });
    add_button(tr_wx("End the contract early..."), [this](std::optional<std::size_t> row) {
        if (!row || *row >= model_.count()) return;
        TerminationDialog dialog(this, ws_, model_.at(*row).folio);
        if (dialog.ShowModal() == wxID_OK) reload();
    });
    add_button(tr_wx("Export..."), [this](auto) { save_table(this, model_.visible_table(), "exhibiciones.xlsx"); });
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(top, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
    box->Add(dates, 0, wxEXPAND | wxALL, 6);
    box->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, 6);
    box->Add(buttons, 0, wxEXPAND | wxALL, 6);
    SetSizer(box);
    refresh();
}

void PaymentsPanel::reload() {
    model_.reload();
    refresh();
}

void PaymentsPanel::refresh() {
    list_->set_count(model_.count());
    count_->SetLabel(count_text());
    if (counted_) counted_(count_text());
}

wxString PaymentsPanel::count_text() const {
    return to_wx(locale::fill(locale::tr("{shown} of {total}"),
                              {{"shown", std::to_string(model_.count())}, {"total", std::to_string(model_.total())}}));
}

void PaymentsPanel::show_due(std::optional<domain::Date> day) {
    due_->SetValue(day.has_value());
    model_.set_due_by(day);
    refresh();
}

void PaymentsPanel::move_row(std::size_t row) {
    if (row >= model_.count()) return;
    const auto moves = model_.moves(row);
    if (moves.empty()) {
        // Nothing left to record here (paid, cancelled, or not this user's move): its detail.
        show_detail(row);
        return;
    }
    wxArrayString captions;
    for (const auto& [_, caption] : moves) captions.Add(to_wx(caption));
    wxSingleChoiceDialog which(this, tr_wx("What happened with this instalment?"), tr_wx("Instalments"), captions);
    if (which.ShowModal() != wxID_OK) return;
    const auto& [to, caption] = moves.at(static_cast<std::size_t>(which.GetSelection()));
    const auto today = presentation::today();
    auto form = presentation::move_form(model_.at(row), to, today);
    // Before paying, what the payment gives: gross, withholding and net (or why not).
    if (to == domain::InstalmentState::paid) form.heading += "\n" + model_.payment_preview(row, today, false);
    // A refusal keeps what was typed: the same form opens again with it, beside the message.
    std::string problem;
    while (const auto filled = ask_move_details(this, form, to_wx(caption), problem)) {
        const auto details = presentation::move_from_form(*filled, today);
        if (model_.move(row, details.move, details.suspension_certificate)) break;
        problem = model_.error();
        form = *filled;
    }
    refresh();
}

void PaymentsPanel::show_detail(std::size_t row) {
    if (row >= model_.count()) return;
    wxString text;
    for (const auto& line : model_.detail_lines(row)) text += to_wx(line) + "\n";
    wxMessageBox(text, tr_wx("Instalment"), wxOK | wxICON_INFORMATION, this);
}

void PaymentsPanel::show_totals() {
    const wxString keys[] = {tr_wx("month"), tr_wx("unit"), tr_wx("budget account")};
    wxSingleChoiceDialog which(this, tr_wx("Totals by:"), tr_wx("Totals"), 3, keys);
    if (which.ShowModal() != wxID_OK) return;
    TableDialog dialog(this, tr_wx("Totals"), model_.totals(static_cast<presentation::SummaryKey>(which.GetSelection())));
    dialog.ShowModal();
}

TableDialog::TableDialog(wxWindow* parent, const wxString& title, presentation::Table table)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxSize(820, 520), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      table_(std::move(table)) {
    auto* view = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    for (std::size_t c = 0; c < table_.columns.size(); ++c) {
        view->AppendColumn(to_wx(table_.columns[c]), c == 0 ? wxLIST_FORMAT_LEFT : wxLIST_FORMAT_RIGHT, c == 0 ? 160 : 140);
    }
    for (const auto& row : table_.rows) {
        const long item = view->InsertItem(view->GetItemCount(), to_wx(row.empty() ? std::string() : row[0]));
        for (std::size_t c = 1; c < row.size(); ++c) view->SetItem(item, static_cast<int>(c), to_wx(row[c]));
    }
    auto* save = new wxButton(this, wxID_SAVE, tr_wx("Save as CSV or Excel..."));
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_table(this, table_, "totales.xlsx"); });
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(save, 0, wxRIGHT, 8);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_OK, tr_wx("Close")));
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(view, 1, wxEXPAND | wxALL, 8);
    box->Add(buttons, 0, wxEXPAND | wxALL, 8);
    SetSizer(box);
}

}  // namespace pacta::gui
