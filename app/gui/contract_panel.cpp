#include "contract_panel.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/utils.h>

#include "pacta/domain/contract_lifecycle.h"
#include "pacta/locale/catalog.h"
#include "wx_text.h"

namespace pacta::gui {

ContractPanel::ContractPanel(wxWindow* parent, presentation::ContractViewModel& model) : wxPanel(parent), model_(model) {
    title_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    auto font = title_->GetFont();
    font.MakeBold().MakeLarger();
    title_->SetFont(font);
    state_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    summary_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    moves_ = new wxBoxSizer(wxHORIZONTAL);
    problem_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    problem_->SetForegroundColour(*wxRED);
    problem_->Hide();
    history_ = new wxListBox(this, wxID_ANY);
    files_ = new wxListBox(this, wxID_ANY);
    instalments_ = new wxListBox(this, wxID_ANY);
    audit_ = new wxListBox(this, wxID_ANY);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(title_, 0, wxALL, 8);
    box->Add(state_, 0, wxLEFT | wxRIGHT, 8);
    box->Add(summary_, 0, wxLEFT | wxRIGHT | wxTOP, 8);
    box->Add(moves_, 0, wxALL, 8);
    box->Add(problem_, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
    for (const auto& [label, list] : {std::pair{tr_wx("History"), history_}, std::pair{tr_wx("Files"), files_},
                                      std::pair{tr_wx("Instalments"), instalments_}, std::pair{tr_wx("Audit trail"), audit_}}) {
        box->Add(new wxStaticText(this, wxID_ANY, label), 0, wxLEFT | wxRIGHT, 8);
        box->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
        if (list == files_) {
            auto* open = new wxButton(this, wxID_ANY, tr_wx("&Open the file"));
            open->SetName("open-contract-file");
            open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_selected_file(); });
            auto* keep = new wxButton(this, wxID_ANY, tr_wx("Save a cop&y..."));
            keep->SetName("save-contract-file");
            keep->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_selected_file(); });
            auto* row = new wxBoxSizer(wxHORIZONTAL);
            row->Add(open, 0, wxRIGHT, 6);
            row->Add(keep, 0);
            box->Add(row, 0, wxLEFT | wxBOTTOM, 8);
        }
    }
    files_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { open_selected_file(); });
    SetSizer(box);
}

void ContractPanel::show(const std::string& folio) {
    model_.load(folio);
    show_problem("");
    rebuild();
}

wxString ContractPanel::problem() const { return problem_->IsShown() ? problem_->GetLabel() : wxString(); }

// Beside the buttons rather than in a box to dismiss: it stays while the person reads the
// contract again, and goes with the next step.
void ContractPanel::show_problem(const std::string& text) {
    problem_->SetForegroundColour(*wxRED);
    problem_->SetLabel(text.empty() ? wxString() : message_wx(text));
    problem_->Wrap(std::max(GetClientSize().GetWidth() - 16, 300));
    problem_->Show(!text.empty());
    Layout();
}

void ContractPanel::show_notice(const std::string& text) {
    show_problem(text);
    problem_->SetForegroundColour(GetForegroundColour());
}

// On the office server the file may have been written at another desk: the model gives a
// copy on this one, which the system's viewer opens.
void ContractPanel::open_selected_file() {
    const int selected = files_->GetSelection();
    if (selected == wxNOT_FOUND) {
        show_problem(files_->IsEmpty() ? locale::tr("This contract has no files yet.")
                                       : locale::tr("Choose a file in the list, then open it."));
        return;
    }
    const auto file = model_.open_document(static_cast<std::size_t>(selected));
    if (!file) {
        show_problem(locale::fill(locale::tr("The file could not be opened: {reason}"), {{"reason", model_.error()}}));
        return;
    }
    show_problem("");
    open_file(*file);
}

void ContractPanel::open_file(const std::filesystem::path& file) {
    if (wxLaunchDefaultApplication(to_wx(file.string()))) return;
    // No program opens it on this computer: offer to keep a copy where the person chooses.
    save_copy(file, tr_wx("No program on this computer opens this file. Save a copy where you can open it"),
              locale::tr("No program on this computer opens PDF files; the file was not opened."));
}

void ContractPanel::save_selected_file() {
    const int selected = files_->GetSelection();
    if (selected == wxNOT_FOUND) {
        show_problem(files_->IsEmpty() ? locale::tr("This contract has no files yet.")
                                       : locale::tr("Choose a file in the list, then save a copy."));
        return;
    }
    const auto file = model_.open_document(static_cast<std::size_t>(selected));
    if (!file) {
        show_problem(locale::fill(locale::tr("The file could not be opened: {reason}"), {{"reason", model_.error()}}));
        return;
    }
    save_copy(*file, tr_wx("Save a copy of the file"), "");
}

void ContractPanel::save_copy(const std::filesystem::path& file, const wxString& title, const std::string& if_cancelled) {
    wxFileDialog save(this, title, wxEmptyString, to_wx(file.filename().string()), tr_wx("PDF files (*.pdf)|*.pdf|All files|*"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (save.ShowModal() != wxID_OK) {
        show_problem(if_cancelled);
        return;
    }
    const std::filesystem::path target = from_wx(save.GetPath());
    std::error_code failed;
    std::filesystem::copy_file(file, target, std::filesystem::copy_options::overwrite_existing, failed);
    if (failed) {
        show_problem(locale::fill(locale::tr("The copy could not be saved in that folder ({reason}); choose another."),
                                  {{"reason", failed.message()}}));
        return;
    }
    show_notice(locale::fill(locale::tr("A copy was saved as {name}."), {{"name", target.filename().string()}}));
}

void ContractPanel::rebuild() {
    title_->SetLabel(to_wx(locale::fill(locale::tr("Contract {folio}"), {{"folio", model_.status().folio}})));
    state_->SetLabel(to_wx(locale::fill(locale::tr("State: {state}"), {{"state", model_.state_label()}})));
    summary_->SetLabel(to_wx(model_.summary_line()));
    moves_->Clear(true);
    const auto labels = model_.move_labels();
    for (std::size_t i = 0; i < labels.size(); ++i) {
        auto* button = new wxButton(this, wxID_ANY, to_wx(labels[i]));
        button->Bind(wxEVT_BUTTON, [this, i](wxCommandEvent&) {
            const auto move = model_.moves()[i];
            std::optional<std::filesystem::path> signed_file;
            if (move.signed_document_required) {
                wxFileDialog pick(this, tr_wx("The signed document: the scan of the signed copies or the digitally signed PDF"),
                                  wxEmptyString, wxEmptyString,
                                  tr_wx("Signed documents (*.pdf;*.jpg;*.jpeg;*.png;*.tif;*.tiff)|*.pdf;*.jpg;*.jpeg;*.png;*.tif;*.tiff"),
                                  wxFD_OPEN | wxFD_FILE_MUST_EXIST);
                if (pick.ShowModal() != wxID_OK) return;
                signed_file = std::filesystem::path(from_wx(pick.GetPath()));
            }
            std::string reason;
            if (move.reason_required) {
                wxTextEntryDialog ask(this, tr_wx("Reason (it is kept in the contract's history):"), tr_wx("Reason"));
                if (ask.ShowModal() != wxID_OK) return;
                reason = from_wx(ask.GetValue());
            }
            const std::string folio = model_.status().folio;
            const bool moved = model_.move(i, reason, signed_file);
            const std::string refusal = moved ? std::string() : model_.error();
            // After a refusal too: another desk may have moved it, and the screen shows where it is now.
            // Rebuilding destroys this button, so it happens after its handler.
            CallAfter([this, folio, refusal] {
                model_.load(folio);
                rebuild();
                // The result stays visible under the buttons: what it is now, or why not.
                if (refusal.empty()) {
                    show_notice(model_.moved_line());
                } else {
                    show_problem(locale::fill(locale::tr("The contract did not move: {reason}"), {{"reason", refusal}}));
                }
            });
        });
        moves_->Add(button, 0, wxRIGHT, 6);
    }
    if (model_.offers_correction()) {
        auto* correct = new wxButton(this, wxID_ANY, tr_wx("Correct the data..."));
        correct->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            if (!model_.check_editable()) {
                wxMessageBox(message_wx(model_.error()), tr_wx("The contract cannot be corrected"), wxOK | wxICON_WARNING, this);
                return;
            }
            // After this handler returns: correcting rebuilds the panel, and this button with it.
            if (correct_) CallAfter([this, folio = model_.status().folio] { correct_(folio); });
        });
        moves_->Add(correct, 0, wxRIGHT, 6);
    }
    if (model_.offers_signing() && sign_) {
        auto* sign = new wxButton(this, wxID_ANY, tr_wx("&Sign..."));
        sign->SetName("sign-contract");
        // After this handler returns: signing reloads the panel, and this button with it.
        sign->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CallAfter([this, folio = model_.status().folio] { sign_(folio); }); });
        moves_->Add(sign, 0, wxRIGHT, 6);
    }
    const auto state = model_.status().state;
    if (verify_ && !model_.file_lines().empty() &&
        (state == domain::ContractState::aprobado || state == domain::ContractState::firmado ||
         state == domain::ContractState::vigente || state == domain::ContractState::concluido)) {
        auto* verify = new wxButton(this, wxID_ANY, tr_wx("&Verify signatures..."));
        verify->SetName("verify-signatures");
        verify->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { verify_(model_.status().folio); });
        moves_->Add(verify, 0, wxRIGHT, 6);
    }
    if (print_ && state == domain::ContractState::aprobado) {
        auto* copies = new wxButton(this, wxID_ANY, tr_wx("&Copies to sign by hand..."));
        copies->SetName("print-copies");
        copies->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CallAfter([this, folio = model_.status().folio] { print_(folio); }); });
        moves_->Add(copies, 0, wxRIGHT, 6);
    }
    auto* review = new wxButton(this, wxID_ANY, tr_wx("Legal review..."));
    review->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (review_) review_(model_.status().folio);
        rebuild();
    });
    moves_->Add(review, 0, wxLEFT, 12);
    // The buttons are made anew after the lists: Tab reaches them first, in their row's order.
    for (auto* item : moves_->GetChildren()) {
        if (wxWindow* button = item->GetWindow()) button->MoveBeforeInTabOrder(history_);
    }
    for (const auto& [list, lines] : {std::pair{history_, model_.history_lines()}, std::pair{files_, model_.file_lines()},
                                      std::pair{instalments_, model_.instalment_lines()},
                                      std::pair{audit_, model_.audit_lines()}}) {
        list->Clear();
        for (const auto& line : lines) list->Append(to_wx(line));
    }
    Layout();
}

}  // namespace pacta::gui
