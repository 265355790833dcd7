#pragma once
// Configuración: the institution's settings, the accounts (administradores) and the
// preferences of this computer (the language of the application).

#include <memory>
#include <optional>

#include <wx/panel.h>

#include "gui_workspace.h"
#include "pacta/presentation/institutions/institution_settings_screen.h"
#include "pacta/presentation/institutions/signatory_editor_screen.h"
#include "pacta/presentation/session/user_admin_screen.h"

class wxNotebook;
class wxStaticText;

namespace pacta::gui {

class FormGrid;
class IsrTariffsPage;
class ListPanel;

class SettingsPanel : public wxPanel {
public:
    SettingsPanel(wxWindow* parent, GuiWorkspace& workspace, const std::string& institution_code);
    // True when the institution's form has changes not yet saved.
    [[nodiscard]] bool modified() const { return institution_ && institution_->modified(); }
    // Opens the new-account dialog (administradores).
    void new_user();
    [[nodiscard]] wxNotebook* pages() const { return pages_; }
    [[nodiscard]] IsrTariffsPage* isr_page() const { return isr_page_; }

private:
    wxWindow* institution_page();
    wxWindow* users_page();
    wxWindow* preferences_page();

    GuiWorkspace& ws_;
    wxNotebook* pages_;
    std::optional<presentation::InstitutionSettingsViewModel> institution_;
    std::optional<presentation::UserAdminViewModel> users_;
    ListPanel* user_list_ = nullptr;
    wxStaticText* institution_status_ = nullptr;
    IsrTariffsPage* isr_page_ = nullptr;
};

}  // namespace pacta::gui
