#pragma once
// A person's record: typed controls, each value checked as it is typed with the message
// beside the field, the age computed, a warning when the person is already recorded.

#include <map>

#include <wx/dialog.h>

#include "pacta/presentation/staff_editor.h"

class wxControl;
class wxStaticText;

namespace pacta::gui {

class StaffEditorDialog : public wxDialog {
public:
    StaffEditorDialog(wxWindow* parent, presentation::StaffEditorViewModel& model);
    // Shows the model's errors, age and warning (after the model changed).
    void refresh();

private:
    presentation::StaffEditorViewModel& model_;
    std::map<std::string, wxStaticText*> errors_;
    wxStaticText* age_;
    wxStaticText* duplicate_;
    wxStaticText* save_error_;
};

}  // namespace pacta::gui
