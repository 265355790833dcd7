#include "payments_panel.h"

#include <chrono>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choicdlg.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "list_panel.h"
#include "termination_dialog.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/today.h"
#include "wx_text.h"

namespace pacta::gui {

namespace {

using presentation::PaymentsViewModel;
using State = domain::InstalmentState;

// The details a move needs, asked in one small dialog; nullopt when the user cancels.
std::optional<std::pair<domain::InstalmentMove, bool>> ask_move_details(wxWindow* parent, State to,
                                                                        const wxString& title,
                                                                        const domain::ContractInstalment& instalment) {
    wxDialog dialog(parent, wxID_ANY, title);
    auto* grid = new wxFlexGridSizer(2, wxSize(10, 6));
    grid->AddGrowableCol(1);
    auto add = [&](const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(&dialog, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(control, 1, wxEXPAND);
    };
    auto* date = new wxDatePickerCtrl(&dialog, wxID_ANY, to_wx_date(presentation::today()), wxDefaultPosition, wxDefaultSize,
                                      wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    add(tr_wx("Date"), date);
    wxTextCtrl* reference = nullptr;
    wxTextCtrl* fiscal = nullptr;
    wxTextCtrl* approver = nullptr;
    wxCheckBox* certificate = nullptr;
    if (to == State::report_delivered || to == State::paid) {
        reference = new wxTextCtrl(&dialog, wxID_ANY);
        add(to == State::paid ? tr_wx("Transfer reference") : tr_wx("Report number or file"), reference);
    }
    if (to == State::paid) {
        const bool peru = instalment.record.plan.amount.currency() == domain::Currency::PEN;
        fiscal = new wxTextCtrl(&dialog, wxID_ANY);
        add(peru ? tr_wx("Receipt for fees (recibo por honorarios)") : tr_wx("CFDI folio fiscal"), fiscal);
        if (peru) {
            certificate = new wxCheckBox(&dialog, wxID_ANY, tr_wx("4th-category suspension certificate shown"));
            add(wxEmptyString, certificate);
        }
    }
    if (to == State::approved) {
        approver = new wxTextCtrl(&dialog, wxID_ANY, to_wx(instalment.supervisor));
        add(tr_wx("Approved by (the designated supervisor)"), approver);
    }
    auto* reason = new wxTextCtrl(&dialog, wxID_ANY);
    add(to == State::suspended || to == State::cancelled ? tr_wx("Reason (required)") : tr_wx("Note"), reason);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(new wxStaticText(&dialog, wxID_ANY,
                              to_wx(locale::fill(locale::tr("Instalment {number} of {folio}: {person}, {amount}"),
                                                 {{"number", std::to_string(instalment.record.plan.number)},
                                                  {"folio", instalment.folio},
                                                  {"person", instalment.person},
                                                  {"amount", domain::format_money(instalment.record.plan.amount)}}))),
             0, wxALL, 10);
    box->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);
    box->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 10);
    dialog.SetSizerAndFit(box);
    dialog.SetSize(wxSize(560, -1));
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    domain::InstalmentMove move;
    move.to = to;
    move.on = *domain::parse_iso_date(from_wx(date->GetValue().FormatISODate())).value;
    if (reference != nullptr) move.reference = from_wx(reference->GetValue());
    if (fiscal != nullptr) {
        (certificate != nullptr ? move.receipt_number : move.cfdi_uuid) = from_wx(fiscal->GetValue());
    }
    if (approver != nullptr) move.approved_by = from_wx(approver->GetValue());
    move.reason = from_wx(reason->GetValue());
    return std::make_pair(move, certificate != nullptr && certificate->GetValue());
}

void save_table(wxWindow* parent, const presentation::Table& table, const wxString& name) {
    wxFileDialog pick(parent, tr_wx("Save"), wxEmptyString, name,
                      tr_wx("Excel workbook (*.xlsx)|*.xlsx|CSV (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (pick.ShowModal() != wxID_OK) return;
    try {
        presentation::write_table(table, from_wx(pick.GetPath()));
    } catch (const std::exception& e) {
        wxMessageBox(to_wx(e.what()), tr_wx("Save"), wxOK | wxICON_WARNING, parent);
    }
}

}  // namespace

PaymentsPanel::PaymentsPanel(wxWindow* parent, GuiWorkspace& ws)
    : wxPanel(parent), model_(ws.session(), ws.lifecycle, ws.instalments), ws_(ws) {
    model_.reload();
    list_ = new ListPanel(this, model_.list, {230, 50, 200, 100, 110, 95, 95, 110, 140}, "pagos",
                          {PaymentsViewModel::state, PaymentsViewModel::unit, PaymentsViewModel::account});
    list_->add_period_filter(PaymentsViewModel::period_start, PaymentsViewModel::due, tr_wx("Period from:"));
    list_->on_open([this](std::size_t row) { move_row(row); });
    list_->add_button(tr_wx("Record..."), [this](std::optional<std::size_t> row) {
        if (row) move_row(*row);
    });
    list_->add_button(tr_wx("Totals..."), [this](auto) { show_totals(); });
    list_->add_button(tr_wx("End the contract early..."), [this](std::optional<std::size_t> row) {
        if (!row) return;
        TerminationDialog dialog(this, ws_, model_.at(*row).folio);
        if (dialog.ShowModal() == wxID_OK) reload();
    });
    list_->add_button(tr_wx("Export..."), [this](auto) { save_table(this, model_.visible_table(), "exhibiciones.xlsx"); });
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(list_, 1, wxEXPAND);
    SetSizer(box);
}

void PaymentsPanel::reload() {
    model_.reload();
    list_->refresh_filters();
    list_->refresh();
}

void PaymentsPanel::move_row(std::size_t row) {
    const auto moves = model_.moves(row);
    if (moves.empty()) {
        wxMessageBox(tr_wx("This instalment has no move your roles allow: it is paid or cancelled, or only finanzas "
                           "may record its payment."),
                     tr_wx("Instalments"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    wxArrayString captions;
    for (const auto& [_, caption] : moves) captions.Add(to_wx(caption));
    wxSingleChoiceDialog which(this, tr_wx("What happened with this instalment?"), tr_wx("Instalments"), captions);
    if (which.ShowModal() != wxID_OK) return;
    const auto& [to, caption] = moves.at(static_cast<std::size_t>(which.GetSelection()));
    const auto instalment = model_.at(row);
    const auto details = ask_move_details(this, to, to_wx(caption), instalment);
    if (!details) return;
    if (!model_.move(row, details->first, details->second)) {
        wxMessageBox(to_wx(model_.error()), to_wx(caption), wxOK | wxICON_WARNING, this);
    }
    list_->refresh_filters();
    list_->refresh();
}

void PaymentsPanel::show_totals() {
    const wxString keys[] = {tr_wx("month"), tr_wx("unit"), tr_wx("budget account")};
    wxSingleChoiceDialog which(this, tr_wx("Totals by:"), tr_wx("Totals"), 3, keys);
    if (which.ShowModal() != wxID_OK) return;
    const auto key = static_cast<presentation::SummaryKey>(which.GetSelection());
    // The span of due dates of the rows shown (the list's filters narrow it).
    std::string from = "9999-12";
    std::string to = "0000-01";
    for (std::size_t row = 0; row < model_.list.count(); ++row) {
        const auto month = model_.at(row).record.plan.due.iso().substr(0, 7);
        from = std::min(from, month);
        to = std::max(to, month);
    }
    if (from > to) from = to = presentation::today().iso().substr(0, 7);
    TableDialog dialog(this, tr_wx("Totals"), model_.summary(key, from, to));
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
