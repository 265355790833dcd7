#pragma once
// A dialog around a form: «Aceptar» saves through the view-model and closes only when it
// succeeded; «Cancelar», Escape or the close box ask first when something was changed.

#include <functional>
#include <string>

#include <wx/dialog.h>

#include "pacta/presentation/common/form_state.h"

class wxBoxSizer;
class wxStaticText;

namespace pacta::gui {

class FormDialog : public wxDialog {
public:
    FormDialog(wxWindow* parent, const wxString& title, const presentation::FormState& state, wxSize size);
    // Builds the buttons under `body`; `save` returns true when stored, else `save_error` says why.
    void finish_layout(wxWindow* body, std::function<bool()> save, std::function<std::string()> save_error);
    // Extra lines (age, warnings) go between the form and the buttons.
    [[nodiscard]] wxBoxSizer* notes() const { return notes_; }
    // Shows the save error (after the model changed).
    void show_save_error();

private:
    bool may_discard();

    const presentation::FormState& state_;
    wxBoxSizer* notes_;
    wxStaticText* save_error_ = nullptr;
    std::function<std::string()> save_error_text_;
};

// Asks whether to drop the unsaved changes; true when the user agrees.
bool confirm_discard(wxWindow* parent);

}  // namespace pacta::gui
