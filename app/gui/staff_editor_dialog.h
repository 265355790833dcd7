#pragma once
// A person's record: typed controls, each value checked as it is typed with the message
// beside the field, the age computed, a warning when the person is already recorded.

#include "form_dialog.h"
#include "pacta/presentation/staff/staff_editor_screen.h"

class wxStaticText;

namespace pacta::gui {

class FormGrid;

class StaffEditorDialog : public FormDialog {
public:
    StaffEditorDialog(wxWindow* parent, presentation::StaffEditorViewModel& model);
    // Shows the model's errors, age and warning (after the model changed).
    void refresh();

private:
    presentation::StaffEditorViewModel& model_;
    FormGrid* form_;
    wxStaticText* age_;
    wxStaticText* duplicate_;
};

}  // namespace pacta::gui
