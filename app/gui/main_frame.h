#pragma once
// The main window: a navigation list on the left, the screen on the right, a menu bar with
// a keyboard path to every screen, and who is working in the status bar.

#include <memory>

#include <wx/frame.h>
#include <wx/timer.h>

#include "gui_workspace.h"
#include "pacta/presentation/home/home_screen.h"
#include "pacta/presentation/session/login_screen.h"
#include "pacta/presentation/contracts/contract_screen.h"
#include "pacta/presentation/institutions/signatory_list_screen.h"

class wxListBox;
class wxSimplebook;

namespace pacta::gui {

class ListPanel;
class ContractPanel;
class SettingsPanel;
class PaymentsPanel;
class ReportsPanel;
class AuditPanel;
class HomePanel;
class TemplatesPanel;

class MainFrame : public wxFrame {
public:
    // In the order of the navigation list; the contract view is reached from Contratos.
    enum Screen { home, contracts, staff, payments, reports, templates, signatories, audit, settings, contract_detail };
    MainFrame(GuiWorkspace& workspace);
    void show_screen(Screen screen);
    void open_contract(const std::string& folio);
    // The whole of an Inicio group: the instalments in Pagos, filtered to them; the contracts
    // in a window that reads them a page at a time.
    void show_attention(presentation::AttentionKind kind);
    // The legal review window of a contract: clauses, comments, checklist, redline.
    void review_contract(const std::string& folio);
    // «Firmar…»: the dialog, then the contract again with what happened.
    void sign_contract(const std::string& folio);
    void verify_signatures(const std::string& folio);
    void print_copies(const std::string& folio);
    // The contract wizard, modal; the lists reload when it drafts one.
    void new_contract();
    // The wizard at its data step for a draft or a contract returned with comments: saved in
    // place under the same folio, its PDFs written again.
    void correct_contract(const std::string& folio);
    // A person's record: a new one (nullopt) or one from the list; the list reloads on save.
    void edit_person(const std::optional<domain::StaffMember>& person);
    // A signatory's record: a new one (empty code) or the one with `code`.
    void edit_signatory(const std::string& institution, const std::string& code);
    // Reloads the staff list (after an edit or an import).
    void reload_staff();
    [[nodiscard]] SettingsPanel* settings_panel() const { return settings_panel_; }
    [[nodiscard]] PaymentsPanel* payments_panel() const { return payments_panel_; }
    [[nodiscard]] ReportsPanel* reports_panel() const { return reports_panel_; }
    [[nodiscard]] AuditPanel* audit_panel() const { return audit_panel_; }
    [[nodiscard]] HomePanel* home_panel() const { return home_panel_; }
    [[nodiscard]] TemplatesPanel* templates_panel() const { return templates_panel_; }
    [[nodiscard]] ContractPanel* contract_panel() const { return contract_panel_; }
    [[nodiscard]] presentation::ContractViewModel& contract_view() { return contract_; }
    [[nodiscard]] ListPanel* contract_list_panel() const { return contract_list_; }
    // Where the wizard writes contracts: "contratos/" beside the database.
    [[nodiscard]] std::filesystem::path contracts_folder() const;
    // Where the wizard keeps an unfinished contract: "borradores/" beside the database, one
    // per user.
    [[nodiscard]] std::filesystem::path wizard_draft_file() const;
    [[nodiscard]] Screen current() const { return current_; }
    // Archivo › Cerrar sesión: what the application does then (ask who logs in next).
    void on_log_out(std::function<void()> handler) { log_out_ = std::move(handler); }
    // Screens that follow the office: when another desk (or window) changed something, the
    // screen on show reads it again, keeping its selection. Run every few seconds while this
    // window is the active one; true when it re-read.
    bool follow_office();
    // What Contratos shows (tests: every screen's view of a contract after a change elsewhere).
    [[nodiscard]] const presentation::ContractListViewModel& contract_list() const { return contracts_; }

private:
    // The list of the screen on show, if it is one (for Ctrl+F and the status bar's count).
    [[nodiscard]] ListPanel* current_list() const;

    GuiWorkspace& ws_;
    presentation::ContractListViewModel contracts_;
    presentation::StaffListViewModel staff_;
    presentation::SignatoryListViewModel signatories_;
    presentation::ContractViewModel contract_;
    wxListBox* navigation_;
    wxSimplebook* book_;
    ContractPanel* contract_panel_;
    ListPanel* contract_list_ = nullptr;
    ListPanel* staff_list_ = nullptr;
    ListPanel* signatory_list_ = nullptr;
    SettingsPanel* settings_panel_ = nullptr;
    PaymentsPanel* payments_panel_ = nullptr;
    ReportsPanel* reports_panel_ = nullptr;
    AuditPanel* audit_panel_ = nullptr;
    HomePanel* home_panel_ = nullptr;
    TemplatesPanel* templates_panel_ = nullptr;
    Screen current_ = home;
    std::function<void()> log_out_;
    wxTimer follow_;
};

}  // namespace pacta::gui
