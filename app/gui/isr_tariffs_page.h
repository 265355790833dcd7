#pragma once
// Configuración › Tablas de ISR: the years with a monthly ISR table, and importing one (a file
// shaped like the bundled isr-mensual-AAAA.csv), checked and previewed before it is kept.

#include <string>

#include <wx/panel.h>

#include "gui_workspace.h"
#include "pacta/presentation/payments/isr_tariffs.h"

class wxListBox;
class wxStaticText;

namespace pacta::gui {

class IsrTariffsPage : public wxPanel {
public:
    IsrTariffsPage(wxWindow* parent, GuiWorkspace& workspace, const std::string& institution_code);
    [[nodiscard]] presentation::IsrTariffsViewModel& model() { return model_; }
    // Reads, previews (asking to keep it) and saves a table file; false when not kept.
    bool import_file(const std::string& path, bool ask = true);

private:
    void refresh();

    presentation::IsrTariffsViewModel model_;
    wxListBox* years_;
    wxStaticText* status_;
};

}  // namespace pacta::gui
