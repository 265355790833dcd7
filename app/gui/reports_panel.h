#pragma once
// Reportes: the report to produce and its filters, «Generar» (worked off the window's thread,
// with progress), the chart, the table with its totals row, what did not reconcile, and
// «Guardar…» as PDF, Excel or CSV. The view-model holds every rule; this only draws it.

#include <vector>

#include <wx/panel.h>

#include "gui_workspace.h"
#include "pacta/presentation/reports/reports_screen.h"

class wxChoice;
class wxListCtrl;
class wxStaticText;
class wxButton;
class wxFlexGridSizer;
class wxBoxSizer;

namespace pacta::gui {

class StackedChart;
class ReportTableCtrl;

class ReportsPanel : public wxPanel {
public:
    ReportsPanel(wxWindow* parent, GuiWorkspace& workspace);
    [[nodiscard]] presentation::ReportsViewModel& model() { return model_; }
    // Produces the report with the filters shown (what «Generar» does); false when refused,
    // its message shown under the filters.
    bool produce();
    void show_section(std::size_t index);
    // As choosing a report in «Reporte», and typing or choosing a filter's value.
    void select_kind(std::size_t index);
    void type_filter(const std::string& name, const std::string& text);
    [[nodiscard]] ReportTableCtrl* table() const { return table_; }
    [[nodiscard]] wxStaticText* message() const { return message_; }

private:
    void build_filters();
    void read_filters();
    void save();

    GuiWorkspace& ws_;
    presentation::ReportsViewModel model_;
    wxChoice* kind_;
    wxBoxSizer* filters_;
    std::vector<std::pair<std::string, wxWindow*>> filter_controls_;
    wxButton* produce_;
    wxButton* save_;
    wxChoice* section_;
    StackedChart* chart_;
    ReportTableCtrl* table_;
    wxStaticText* message_;
};

}  // namespace pacta::gui
