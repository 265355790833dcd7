#pragma once
// Pagos: the instalments list with its filters, the moves the user may make on the selected
// one, the totals per month, unit or budget account, and saving either as CSV or Excel.

#include <wx/dialog.h>
#include <wx/panel.h>

#include "gui_workspace.h"
#include "pacta/presentation/payments_screen.h"

namespace pacta::gui {

class ListPanel;

class PaymentsPanel : public wxPanel {
public:
    PaymentsPanel(wxWindow* parent, GuiWorkspace& workspace);
    void reload();
    [[nodiscard]] ListPanel* list_panel() const { return list_; }
    [[nodiscard]] presentation::PaymentsViewModel& model() { return model_; }
    // Asks which move to make on `row`, then its details; the list reloads when it is made.
    void move_row(std::size_t row);
    // The totals dialog.
    void show_totals();

private:
    presentation::PaymentsViewModel model_;
    GuiWorkspace& ws_;
    ListPanel* list_;
};

// A window with a table's rows and a button to save it as CSV or Excel (the totals).
class TableDialog : public wxDialog {
public:
    TableDialog(wxWindow* parent, const wxString& title, presentation::Table table);

private:
    presentation::Table table_;
};

}  // namespace pacta::gui
