#pragma once
// Auditoría: the trail with its filters, the chain's verification and latest hash, and a
// row's values before and after.

#include <wx/panel.h>

#include "gui_workspace.h"
#include "pacta/presentation/audit_screen.h"

class wxTextCtrl;

namespace pacta::gui {

class ListPanel;

class AuditPanel : public wxPanel {
public:
    AuditPanel(wxWindow* parent, GuiWorkspace& workspace);
    // Reads the newest rows again (the trail grows as people work).
    void reload();
    // Recomputes the chain and shows the result above the list.
    void verify();
    [[nodiscard]] ListPanel* list_panel() const { return list_; }
    [[nodiscard]] presentation::AuditViewModel& model() { return model_; }

private:
    presentation::AuditViewModel model_;
    ListPanel* list_;
    wxTextCtrl* chain_;  // read-only, so the hash can be copied
};

}  // namespace pacta::gui
