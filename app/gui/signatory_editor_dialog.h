#pragma once
// Firmantes: one official's record, powers and roles.

#include "form_dialog.h"
#include "pacta/presentation/institutions/signatory_editor_screen.h"

namespace pacta::gui {

class FormGrid;

class SignatoryEditorDialog : public FormDialog {
public:
    SignatoryEditorDialog(wxWindow* parent, presentation::SignatoryEditorViewModel& model);

private:
    presentation::SignatoryEditorViewModel& model_;
    FormGrid* form_;
};

}  // namespace pacta::gui
