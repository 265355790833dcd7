#pragma once
// Ending a contract early from Pagos: the cause, the last day served, when notice was given
// and why; the settlement shown before anything is stored; then the settlement statement
// saved as a PDF and the contract ended.

#include <wx/dialog.h>

#include "gui_workspace.h"
#include "pacta/presentation/contracts/early_termination.h"

class wxChoice;
class wxDatePickerCtrl;
class wxListBox;
class wxTextCtrl;

namespace pacta::gui {

class TerminationDialog : public wxDialog {
public:
    TerminationDialog(wxWindow* parent, GuiWorkspace& workspace, const std::string& folio);
    // Recomputes the settlement from the fields; false (with the reason shown) when refused.
    bool calculate();

private:
    [[nodiscard]] presentation::EarlyEnding ending() const;
    void finish();

    GuiWorkspace& ws_;
    std::string folio_;
    presentation::EarlyTerminationService service_;
    wxChoice* cause_;
    wxDatePickerCtrl* last_day_;
    wxDatePickerCtrl* notice_;
    wxTextCtrl* reason_;
    wxListBox* lines_;
};

}  // namespace pacta::gui
