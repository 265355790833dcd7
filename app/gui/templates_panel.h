#pragma once
// Plantillas y cláusulas: the templates with their versions and where they come from, an
// editor with its problems at line and column and a live preview; and the clause library.

#include <wx/dialog.h>
#include <wx/panel.h>
#include <wx/timer.h>

#include "gui_workspace.h"
#include "pacta/presentation/review/clause_library_screen.h"
#include "pacta/presentation/templates/template_editor_screen.h"

class wxListBox;
class wxStaticBitmap;
class wxStaticText;
class wxTextCtrl;

namespace pacta::gui {

class ListPanel;

class TemplatesPanel : public wxPanel {
public:
    TemplatesPanel(wxWindow* parent, GuiWorkspace& workspace);
    void reload();
    [[nodiscard]] presentation::TemplateEditorViewModel& model() { return model_; }
    [[nodiscard]] ListPanel* list_panel() const { return list_; }
    [[nodiscard]] presentation::ClauseLibraryViewModel& clauses() { return clauses_; }
    // A new version of the clause in `row` (or a new clause), written in a small dialog.
    void add_clause(std::optional<std::size_t> row);

private:
    void report(bool done);

    presentation::TemplateEditorViewModel model_;
    presentation::ClauseLibraryViewModel clauses_;
    ListPanel* list_;
    ListPanel* clause_list_;
};

class TemplateEditorDialog : public wxDialog {
public:
    TemplateEditorDialog(wxWindow* parent, presentation::TemplateEditorViewModel& model);
    // Re-checks the text and redraws the problems and the preview (the timer calls it).
    void refresh();

private:
    presentation::TemplateEditorViewModel& model_;
    wxTextCtrl* editor_;
    wxListBox* problems_;
    wxStaticBitmap* preview_;
    wxStaticText* note_;
    wxTimer pause_;  // the preview is redrawn once typing pauses
};

}  // namespace pacta::gui
