#pragma once
// The contract wizard's window: one page per step of presentation::ContractWizardViewModel,
// with Atrás / Siguiente, errors beside the fields, and a preview of the PDF's pages.

#include <filesystem>
#include <functional>
#include <map>

#include <wx/dialog.h>

#include "pacta/presentation/contracts/contract_wizard_screen.h"
#include "pacta/presentation/contracts/wizard_draft.h"

class wxSimplebook;
class wxListBox;
class wxPanel;
class wxScrolledWindow;
class wxStaticText;
class wxButton;
class wxTextCtrl;
class wxStaticBitmap;

namespace pacta::gui {

class ListPanel;

class ContractWizardDialog : public wxDialog {
public:
    // `draft_file`, when given, keeps the wizard's choices after every step and edit, so a
    // wizard closed by a crash or a kill resumes from there (see MainFrame::new_contract).
    ContractWizardDialog(wxWindow* parent, presentation::ContractWizardViewModel& model, std::filesystem::path folder,
                         std::filesystem::path draft_file = {});
    // Shows the page of the model's current step (the model may have been moved by a test).
    void show_step();
    [[nodiscard]] presentation::ContractWizardViewModel& model() { return model_; }
    // Step 1's list of people, with its search box.
    [[nodiscard]] ListPanel* people_panel() const { return people_; }

private:
    void next();
    void build_fields();
    void build_signatories();
    void build_review();
    void build_done();
    void show_error();
    void keep_draft();

    presentation::ContractWizardViewModel& model_;
    std::filesystem::path folder_;
    presentation::WizardDraft draft_;
    wxSimplebook* book_;
    ListPanel* people_;
    wxListBox* templates_;
    wxScrolledWindow* fields_;
    // Each editable field's value as the form holds it (ISO for a date picker).
    std::map<std::string, std::function<std::string()>> field_values_;
    std::map<std::string, wxStaticText*> field_errors_;  // each field's message line
    // The field's value handed to the model and every message shown again (on leaving it).
    void check_field(const std::string& path);
    wxScrolledWindow* signatories_;
    wxPanel* review_;
    wxPanel* done_;
    wxStaticText* error_;
    wxButton* back_;
    wxButton* next_;
};

}  // namespace pacta::gui
