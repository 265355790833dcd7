#include "main_frame.h"
#include "menu_shortcuts.h"
#include "problem_dialog.h"
#include "help_windows.h"
#include "screen_fit.h"
#include "window_geometry.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include <wx/aboutdlg.h>
#include <wx/bmpbndl.h>
#include <wx/iconbndl.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/simplebook.h>
#include <wx/srchctrl.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statusbr.h>

#include "contract_panel.h"
#include "sign_dialog.h"
#include "verification_dialog.h"
#include "form_dialog.h"
#include "long_work.h"
#include "attention_dialog.h"
#include "audit_panel.h"
#include "home_panel.h"
#include "long_task.h"
#include "payments_panel.h"
#include "reports_panel.h"
#include "review_dialog.h"
#include "templates_panel.h"
#include "settings_panel.h"
#include "signatory_editor_dialog.h"
#include "contract_wizard_dialog.h"
#include "staff_editor_dialog.h"
#include "pacta/presentation/staff/staff_editor_screen.h"
#include "pacta/platform/paths.h"
#include "pacta/presentation/contracts/contract_wizard_screen.h"
#include "pacta/presentation/contracts/wizard_draft.h"
#include "pacta/presentation/templates/installed_templates.h"
#include "list_panel.h"
#include "pacta/locale/catalog.h"
#include "pacta/document/template_library.h"
#include "pacta/version.h"
#include "pacta/presentation/common/today.h"
#include "wx_text.h"

namespace pacta::gui {

namespace {

enum MenuId {
    id_home = wxID_HIGHEST + 1,
    id_contracts,
    id_staff,
    id_payments,
    id_reports,
    id_templates,
    id_signatories,
    id_audit,
    id_settings,
    id_new_contract,
    id_new_person,
    id_import_staff,
    id_export_staff,
    id_backup,
    id_batch,
    id_log_out,
    id_manual,
    id_shortcuts
};

std::string institutions_of(GuiWorkspace& ws) {
    std::string out;
    for (const auto& i : ws.institutions.list()) {
        if (ws.session().user().covers(i.code)) out += (out.empty() ? "" : ", ") + i.name;
    }
    return out;
}

}  // namespace

MainFrame::MainFrame(GuiWorkspace& workspace)
    : wxFrame(nullptr, wxID_ANY, "Pacta", wxDefaultPosition, wxSize(1100, 720)),
      ws_(workspace),
      contracts_(workspace.session(), workspace.contracts),
      staff_(workspace.session(), workspace.staff),
      signatories_(workspace.session(), workspace.institutions),
      contract_(workspace.office->lifecycle(), workspace.lifecycle, &workspace.instalments) {
    SetName("pacta-main");
    fit_to_screen(this);
    if (ws_.demo) SetTitle(tr_wx("Pacta — DEMO (demonstration data, not your office's)"));
    contract_.set_documents(ws_.office->documents(), ws_.office->folders().contracts);
    // Only while this window is the one in use: not under a dialog, which reads as it was.
    follow_.SetOwner(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (IsActive() && !long_task_running()) follow_office();
    }, follow_.GetId());
    follow_.Start(3000);
    contracts_.reload();
    staff_.reload();
    signatories_.reload();

    auto* body = new wxPanel(this);
    navigation_ = new wxListBox(body, wxID_ANY);
    navigation_->Append(tr_wx("Home"));
    navigation_->Append(tr_wx("Contracts"));
    navigation_->Append(tr_wx("Staff"));
    navigation_->Append(tr_wx("Payments"));
    navigation_->Append(tr_wx("Reports"));
    navigation_->Append(tr_wx("Templates and clauses"));
    navigation_->Append(tr_wx("Signatories"));
    navigation_->Append(tr_wx("Audit"));
    navigation_->Append(tr_wx("Settings"));
    book_ = new wxSimplebook(body);
    home_panel_ = new HomePanel(book_, ws_, [this](const std::string& folio) { open_contract(folio); },
                                [this](presentation::AttentionKind kind) { show_attention(kind); });
    book_->AddPage(home_panel_, tr_wx("Home"));
    contract_list_ = new ListPanel(book_, contracts_.list, {250, 150, 220, 200, 110, 90, 90, 90}, "contratos",
                                   {presentation::ContractListViewModel::state, presentation::ContractListViewModel::unit});
    contract_list_->on_open([this](std::size_t row) { open_contract(contracts_.folio_at(row)); });
    contract_list_->add_period_filter(presentation::ContractListViewModel::start, presentation::ContractListViewModel::end,
                                      tr_wx("In force from:"));
    book_->AddPage(contract_list_, tr_wx("Contracts"));
    staff_list_ = new ListPanel(book_, staff_.list, {260, 170, 100, 110, 110, 140}, "personal",
                                {presentation::StaffListViewModel::unit, presentation::StaffListViewModel::regime,
                                 presentation::StaffListViewModel::category});
    staff_list_->on_open([this](std::size_t row) {
        try {
            edit_person(staff_.member(row));
        } catch (...) {
            show_current_problem(this, tr_wx("The record cannot be opened"));
        }
    });
    staff_list_->add_button(tr_wx("New person..."), [this](auto) { edit_person(std::nullopt); });
    staff_list_->add_button(tr_wx("Import..."), [this](auto) {
        if (import_staff(this, ws_)) reload_staff();
    });
    staff_list_->add_button(tr_wx("Export..."), [this](auto) { export_staff(this, ws_); });
    book_->AddPage(staff_list_, tr_wx("Staff"));
    payments_panel_ = new PaymentsPanel(book_, ws_);
    book_->AddPage(payments_panel_, tr_wx("Payments"));
    reports_panel_ = new ReportsPanel(book_, ws_);
    book_->AddPage(reports_panel_, tr_wx("Reports"));
    templates_panel_ = new TemplatesPanel(book_, ws_);
    book_->AddPage(templates_panel_, tr_wx("Templates and clauses"));
    signatory_list_ = new ListPanel(book_, signatories_.list, {150, 150, 220, 240, 200, 90, 90}, "firmantes");
    signatory_list_->on_open([this](std::size_t row) {
        edit_signatory(signatories_.institution_at(row), signatories_.code_at(row));
    });
    signatory_list_->add_button(tr_wx("New signatory..."), [this](auto) { edit_signatory(home_institution(ws_), {}); });
    signatory_list_->add_button(tr_wx("Edit..."), [this](std::optional<std::size_t> row) {
        if (row) edit_signatory(signatories_.institution_at(*row), signatories_.code_at(*row));
    });
    book_->AddPage(signatory_list_, tr_wx("Signatories"));
    audit_panel_ = new AuditPanel(book_, ws_);
    book_->AddPage(audit_panel_, tr_wx("Audit"));
    settings_panel_ = new SettingsPanel(book_, ws_, home_institution(ws_));
    book_->AddPage(settings_panel_, tr_wx("Settings"));
    contract_panel_ = new ContractPanel(book_, contract_);
    contract_panel_->on_review([this](const std::string& folio) { review_contract(folio); });
    contract_panel_->on_correct([this](const std::string& folio) { correct_contract(folio); });
    contract_panel_->on_sign([this](const std::string& folio) { sign_contract(folio); });
    contract_panel_->on_verify([this](const std::string& folio) { verify_signatures(folio); });
    contract_panel_->on_print([this](const std::string& folio) { print_copies(folio); });
    book_->AddPage(contract_panel_, tr_wx("Contract"));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(navigation_, 0, wxEXPAND | wxALL, 4);
    row->Add(book_, 1, wxEXPAND);
    body->SetSizer(row);
    navigation_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& e) { show_screen(static_cast<Screen>(e.GetSelection())); });

    auto* file = new wxMenu;
    file->Append(id_new_contract, tr_wx("&New contract...\tCtrl+N"));
    file->Append(id_new_person, tr_wx("New &person...\tCtrl+Shift+N"));
    file->Append(id_batch, tr_wx("&Record contracts from a spreadsheet..."));
    file->AppendSeparator();
    file->Append(id_import_staff, tr_wx("&Import staff..."));
    file->Append(id_export_staff, tr_wx("&Export staff..."));
    file->Append(id_backup, tr_wx("&Back up the database..."));
    file->AppendSeparator();
    file->Append(id_log_out, tr_wx("&Log out"));
    file->Append(wxID_EXIT, tr_wx("&Quit\tCtrl+Q"));
    auto* edit = new wxMenu;
    edit->Append(wxID_FIND, tr_wx("&Search\tCtrl+F"));
    auto* view = new wxMenu;
    view->Append(id_home, tr_wx("&Home\tCtrl+1"));
    view->Append(id_contracts, tr_wx("&Contracts\tCtrl+2"));
    view->Append(id_staff, tr_wx("&Staff\tCtrl+3"));
    view->Append(id_payments, tr_wx("&Payments\tCtrl+4"));
    view->Append(id_templates, tr_wx("&Templates and clauses\tCtrl+5"));
    view->Append(id_signatories, tr_wx("Si&gnatories\tCtrl+6"));
    view->Append(id_audit, tr_wx("&Audit trail\tCtrl+7"));
    view->Append(id_settings, tr_wx("Se&ttings\tCtrl+8"));
    view->Append(id_reports, tr_wx("&Reports\tCtrl+9"));
    auto* help = new wxMenu;
    help->Append(id_manual, tr_wx("&User manual\tF1"));
    help->Append(id_shortcuts, tr_wx("&Keyboard shortcuts"));
    help->AppendSeparator();
    help->Append(wxID_ABOUT, tr_wx("&About Pacta"));
    // Only what this user's roles allow: the service refuses the rest anyway.
    const auto& user = ws_.session().user();
    for (const auto& [id, permission] : {std::pair{id_new_contract, domain::Permission::draft_contracts},
                                         std::pair{id_batch, domain::Permission::draft_contracts},
                                         std::pair{id_new_person, domain::Permission::import_staff},
                                         std::pair{id_import_staff, domain::Permission::import_staff},
                                         std::pair{id_export_staff, domain::Permission::export_personal_data},
                                         std::pair{id_backup, domain::Permission::manage_backups}}) {
        if (!user.may(permission)) file->Delete(id);
    }
    auto* bar = new wxMenuBar;
    bar->Append(file, tr_wx("&File"));
    bar->Append(edit, tr_wx("&Edit"));
    bar->Append(view, tr_wx("&View"));
    bar->Append(help, tr_wx("&Help"));
    SetMenuBar(bar);
    give_menu_shortcuts_priority(this);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { (void)show_manual(this); }, id_manual);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_keyboard_shortcuts(this); }, id_shortcuts);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (settings_panel_->modified() && !confirm_discard(this)) return;
        // After the menu's own event: the application hides this window and asks who logs in.
        if (log_out_) CallAfter(log_out_);
    }, id_log_out);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { new_contract(); }, id_new_contract);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { edit_person(std::nullopt); }, id_new_person);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (import_staff(this, ws_)) reload_staff();
    }, id_import_staff);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { export_staff(this, ws_); }, id_export_staff);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { back_up_database(this, ws_); }, id_backup);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (record_contracts_from_sheet(this, ws_, presentation::installed_templates())) show_screen(contracts);
    }, id_batch);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        if (e.CanVeto() && settings_panel_->modified() && !confirm_discard(this)) {
            e.Veto();
            return;
        }
        save_geometry(this, "principal");
        e.Skip();
    });
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_screen(home); }, id_home);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_screen(contracts); }, id_contracts);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_screen(staff); }, id_staff);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_screen(payments); }, id_payments);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_screen(reports); }, id_reports);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_screen(templates); }, id_templates);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_screen(signatories); }, id_signatories);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_screen(audit); }, id_audit);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_screen(settings); }, id_settings);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (auto* panel = current_list()) panel->search_box()->SetFocus();
        if (current_ == payments) payments_panel_->search_box()->SetFocus();
        if (current_ == audit) audit_panel_->search_box()->SetFocus();
    }, wxID_FIND);
    // Pacta's own icon for the window and «Acerca de» (without it GTK draws a broken image).
    const auto icon = wxBitmapBundle::FromSVGFile(to_wx((platform::data_dir() / "pacta.svg").string()), wxSize(64, 64));
    if (icon.IsOk()) {
        wxIconBundle sizes;
        for (const int side : {16, 24, 32, 48, 64, 128}) sizes.AddIcon(icon.GetIcon(wxSize(side, side)));
        SetIcons(sizes);
    }
    Bind(wxEVT_MENU, [icon](wxCommandEvent&) {
        wxAboutDialogInfo info;
        if (icon.IsOk()) info.SetIcon(icon.GetIcon(wxSize(64, 64)));
        info.SetName("Pacta");
        info.SetVersion(pacta::version);
        info.SetDescription(tr_wx("Service contracts for public offices in Mexico and Peru."));
        wxAboutBox(info);
    }, wxID_ABOUT);

    CreateStatusBar(3);
    const int widths[] = {-1, -3, -1};
    SetStatusWidths(3, widths);
    // The count of the list on screen, in the status bar too.
    for (auto* panel : {contract_list_, staff_list_, signatory_list_, templates_panel_->list_panel()}) {
        panel->on_count([this, panel](const wxString& text) {
            if (panel->IsShownOnScreen()) SetStatusText(text, 2);
        });
    }
    payments_panel_->on_count([this](const wxString& text) {
        if (payments_panel_->IsShownOnScreen()) SetStatusText(text, 2);
    });
    audit_panel_->on_count([this](const wxString& text) {
        if (audit_panel_->IsShownOnScreen()) SetStatusText(text, 2);
    });
    SetStatusText(to_wx(locale::fill(locale::tr("User: {user}"), {{"user", ws_.session().actor()}})), 0);
    SetStatusText(to_wx(institutions_of(ws_)), 1);
    show_screen(home);
    // Size and position as the user left them.
    restore_geometry(this, "principal");
}

std::filesystem::path MainFrame::contracts_folder() const {
    return ws_.office->folders().contracts;
}

std::filesystem::path MainFrame::wizard_draft_file() const {
    return presentation::WizardDraft::for_account(ws_.office->folders().drafts, ws_.session().actor()).file();
}

void MainFrame::new_contract() {
    try {
        presentation::ContractWizardViewModel model(ws_.session(), ws_.staff, ws_.institutions, ws_.drafts,
                                                    presentation::installed_templates(), presentation::today());
        // A wizard left unfinished (closed by a crash, a kill or a power cut) resumes.
        const auto draft_file = wizard_draft_file();
        const presentation::WizardDraft kept(draft_file);
        if (const auto draft = kept.pending()) {
            const auto ask = wxMessageBox(tr_wx("There is an unfinished contract from the last time. Continue it?"),
                                          tr_wx("Unfinished contract"), wxYES_NO | wxICON_QUESTION, this);
            if (ask == wxYES && !model.resume(*draft) && model.step() == presentation::ContractWizardViewModel::Step::person) {
                wxMessageBox(message_wx(model.error()), tr_wx("Unfinished contract"), wxOK | wxICON_WARNING, this);
            }
            if (ask != wxYES) kept.discard();
        }
        ContractWizardDialog dialog(this, model, contracts_folder(), draft_file);
        if (dialog.ShowModal() == wxID_OK || model.step() == presentation::ContractWizardViewModel::Step::done) {
            contracts_.reload();
            contract_list_->refresh_filters();
            contract_list_->refresh();
            show_screen(contracts);
        }
    } catch (...) {
        show_current_problem(this, tr_wx("The wizard cannot start"));
    }
}

void MainFrame::correct_contract(const std::string& folio) {
    try {
        presentation::ContractWizardViewModel model(ws_.session(), ws_.staff, ws_.institutions, ws_.drafts,
                                                    presentation::installed_templates(), presentation::today());
        const auto source = ws_.contracts.find(folio);
        if (!source || !model.edit(folio, *source)) {
            wxMessageBox(message_wx(model.error()), tr_wx("The contract cannot be corrected"), wxOK | wxICON_WARNING, this);
            return;
        }
        ContractWizardDialog dialog(this, model, contracts_folder(), {});
        dialog.ShowModal();
        if (model.step() == presentation::ContractWizardViewModel::Step::done) {
            contracts_.reload();
            contract_list_->refresh();
        }
        open_contract(folio);
    } catch (...) {
        show_current_problem(this, tr_wx("The contract cannot be corrected"));
    }
}

void MainFrame::edit_person(const std::optional<domain::StaffMember>& person) {
    presentation::StaffEditorViewModel model(ws_.session(), ws_.staff, home_institution(ws_), presentation::today(), person);
    StaffEditorDialog dialog(this, model);
    if (dialog.ShowModal() == wxID_OK) reload_staff();
}

void MainFrame::reload_staff() {
    staff_.reload();
    staff_list_->refresh_filters();
    staff_list_->refresh();
}

void MainFrame::edit_signatory(const std::string& institution, const std::string& code) {
    try {
        presentation::SignatoryEditorViewModel model(ws_.session(), ws_.institutions, institution, code);
        SignatoryEditorDialog dialog(this, model);
        if (dialog.ShowModal() == wxID_OK) {
            signatories_.reload();
            signatory_list_->refresh();
        }
    } catch (...) {
        show_current_problem(this, tr_wx("The signatory cannot be opened"));
    }
}

ListPanel* MainFrame::current_list() const {
    switch (current_) {
        case contracts: return contract_list_;
        case staff: return staff_list_;
        case templates: return templates_panel_->list_panel();
        case signatories: return signatory_list_;
        case audit:  // paged by the store: not a ListPanel
        case home:
        case payments:
        case reports:
        case settings:
        case contract_detail: return nullptr;
    }
    return nullptr;
}

void MainFrame::show_screen(Screen screen) {
    current_ = screen;
    book_->ChangeSelection(static_cast<std::size_t>(screen));
    // A screen reads the office again each time it is shown, so a change made anywhere else
    // (a move on the contract view, the wizard, a batch, an import) is never shown stale.
    switch (screen) {
        case audit: audit_panel_->reload(); break;
        case home: home_panel_->reload(); break;
        case contracts:
            contracts_.reload();
            contract_list_->refresh_filters();
            contract_list_->refresh();
            break;
        case staff: reload_staff(); break;
        case signatories:
            signatories_.reload();
            signatory_list_->refresh_filters();
            signatory_list_->refresh();
            break;
        case payments: payments_panel_->reload(); break;
        case templates:
            // On the office server, what another desk saved since.
            ws_.office->refresh_office_templates();
            templates_panel_->reload();
            break;
        case reports:
        case settings:
        case contract_detail: break;
    }
    const ListPanel* list = current_list();
    SetStatusText(list != nullptr               ? list->count_text()
                  : screen == payments ? payments_panel_->count_text()
                  : screen == audit    ? audit_panel_->count_text()
                                       : wxString(),
                  2);
    navigation_->SetSelection(static_cast<int>(screen == contract_detail ? contracts : screen));
}

void MainFrame::show_attention(presentation::AttentionKind kind) {
    if (kind == presentation::AttentionKind::instalments_due) {
        // Pagos can act on them: the same instalments, filtered there.
        payments_panel_->show_due(home_panel_->model().due_by());
        show_screen(payments);
        return;
    }
    const auto& groups = home_panel_->model().attention();
    const auto group = std::find_if(groups.begin(), groups.end(), [kind](const auto& g) { return g.kind == kind; });
    if (group == groups.end()) return;
    AttentionDialog dialog(this, home_panel_->model(), *group);
    if (dialog.ShowModal() == wxID_OK && dialog.chosen()) open_contract(*dialog.chosen());
}

void MainFrame::review_contract(const std::string& folio) {
    try {
        presentation::ReviewViewModel model(ws_.session(), ws_.contracts, ws_.lifecycle, ws_.review_comments,
                                            ws_.review_checklist, ws_.clauses);
        model.load(folio);
        ReviewDialog dialog(this, model, folio);
        dialog.ShowModal();
    } catch (...) {
        show_current_problem(this, tr_wx("Legal review"));
    }
}

namespace {

// The signing time a signer claims: now, in UTC.
std::string utc_now_text() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

}  // namespace

void MainFrame::sign_contract(const std::string& folio) {
    try {
        presentation::SignFieldForm form(ws_.office->signing(), folio);
        if (!form.load()) {
            contract_panel_->show_problem(form.error());
            return;
        }
        SignDialog dialog(this, form, utc_now_text);
        if (dialog.ShowModal() != wxID_OK) return;
        open_contract(folio);
        contract_panel_->show_notice(form.result());
    } catch (...) {
        show_current_problem(this, tr_wx("Sign the contract"));
    }
}

// The numbered copies for signing by hand, beside the contract's files, opened to print.
void MainFrame::print_copies(const std::string& folio) {
    try {
        const auto file = ws_.office->folders().documents / (folio + "-ejemplares.pdf");
        std::filesystem::create_directories(file.parent_path());
        const auto copies = ws_.office->contracts().print_copies(folio, std::nullopt, file);
        contract_panel_->show_notice(locale::fill(locale::tr("{count} numbered copies to sign by hand: {file}."),
                                                  {{"count", std::to_string(copies.copies)},
                                                   {"file", file.filename().string()}}));
        contract_panel_->open_file(file);
    } catch (const presentation::ServiceError& e) {
        contract_panel_->show_problem(e.what());
    } catch (...) {
        show_current_problem(this, tr_wx("Copies to sign by hand"));
    }
}

void MainFrame::verify_signatures(const std::string& folio) {
    try {
        const auto result = ws_.office->verification().verify_contract(folio);
        VerificationDialog dialog(this, folio, presentation::verification_lines(result), result.all_good());
        dialog.ShowModal();
    } catch (...) {
        show_current_problem(this, tr_wx("Verify the signatures"));
    }
}

bool MainFrame::follow_office() {
    if (!ws_.office->logged_in() || ws_.office->store().changes_elsewhere().empty()) return false;
    if (current_ == contract_detail) {
        open_contract(contract_.status().folio);
    } else {
        show_screen(current_);
    }
    return true;
}

void MainFrame::open_contract(const std::string& folio) {
    try {
        contract_panel_->show(folio);
        show_screen(contract_detail);
    } catch (...) {
        show_current_problem(this, tr_wx("The contract cannot be shown"));
    }
}

}  // namespace pacta::gui
