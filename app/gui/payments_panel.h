#pragma once
// Pagos: the instalments list with its filters, the moves the user may make on the selected
// one, the totals per month, unit or budget account, and saving either as CSV or Excel.

#include <functional>
#include <optional>

#include <wx/dialog.h>
#include <wx/panel.h>

#include "gui_workspace.h"
#include "pacta/presentation/payments/payments_screen.h"

class wxCheckBox;
class wxSearchCtrl;
class wxStaticText;

namespace pacta::gui {

class PagedListCtrl;

class PaymentsPanel : public wxPanel {
public:
    PaymentsPanel(wxWindow* parent, GuiWorkspace& workspace);
    void reload();
    [[nodiscard]] presentation::PaymentsViewModel& model() { return model_; }
    [[nodiscard]] PagedListCtrl* list_ctrl() const { return list_; }
    [[nodiscard]] wxSearchCtrl* search_box() const { return search_; }
    // "12 de 340": rows the filters keep of the user's; `handler` hears it after every change.
    [[nodiscard]] wxString count_text() const;
    void on_count(std::function<void(const wxString&)> handler) { counted_ = std::move(handler); }
    // Only the instalments to pay due by `day` (Inicio's group), or every one (nullopt).
    void show_due(std::optional<domain::Date> day);
    // Asks which move to make on `row`, then its details; the list reloads when it is made.
    void move_row(std::size_t row);
    // An instalment's report, approval and payment (CFDI or recibo), with when and who.
    void show_detail(std::size_t row);
    // The totals dialog.
    void show_totals();

private:
    void refresh();

    presentation::PaymentsViewModel model_;
    GuiWorkspace& ws_;
    wxSearchCtrl* search_;
    wxCheckBox* due_;
    PagedListCtrl* list_;
    wxStaticText* count_;
    std::function<void(const wxString&)> counted_;
};

// A window with a table's rows and a button to save it as CSV or Excel (the totals).
class TableDialog : public wxDialog {
public:
    TableDialog(wxWindow* parent, const wxString& title, presentation::Table table);

private:
    presentation::Table table_;
};

}  // namespace pacta::gui
