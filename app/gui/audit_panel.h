#pragma once
// Auditoría: the trail with its search and filters (applied by the store, which pages the
// list), the chain's verification on demand with its progress and latest hash, and a row's
// values before and after.

#include <functional>

#include <wx/panel.h>
#include <wx/timer.h>

#include "gui_workspace.h"
#include "pacta/presentation/audit/audit_screen.h"

class wxChoice;
class wxDatePickerCtrl;
class wxSearchCtrl;
class wxStaticText;
class wxTextCtrl;

namespace pacta::gui {

class RowsProviderCtrl;

class AuditPanel : public wxPanel {
public:
    AuditPanel(wxWindow* parent, GuiWorkspace& workspace);
    // Counts again and shows the newest rows (the trail grows as people work).
    void reload();
    // Recomputes the chain on a worker thread, with progress and «Cancelar», and shows the
    // result above the list.
    void verify();
    [[nodiscard]] presentation::AuditViewModel& model() { return model_; }
    [[nodiscard]] RowsProviderCtrl* list_ctrl() const { return list_; }
    [[nodiscard]] wxSearchCtrl* search_box() const { return search_; }
    // "12 de 2 000 000"; `handler` hears it after every change.
    [[nodiscard]] wxString count_text() const;
    void on_count(std::function<void(const wxString&)> handler) { counted_ = std::move(handler); }

private:
    wxChoice* add_choice(wxSizer* row, const wxString& label, const std::function<void(const std::string&)>& apply);
    void fill_choices();
    void refresh();
    void show_chain();
    void open_row(long row);

    presentation::AuditViewModel model_;
    wxTextCtrl* chain_;  // read-only, so the hash can be copied
    wxSearchCtrl* search_;
    wxTimer search_pause_;  // the store is asked once the typing stops
    wxChoice* actors_;
    wxChoice* actions_;
    wxChoice* entities_;
    wxDatePickerCtrl* from_;
    wxDatePickerCtrl* to_;
    RowsProviderCtrl* list_;
    wxStaticText* count_;
    std::function<void(const wxString&)> counted_;
};

}  // namespace pacta::gui
