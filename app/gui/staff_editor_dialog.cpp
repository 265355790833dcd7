#include "staff_editor_dialog.h"

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "form_grid.h"
#include "pacta/locale/catalog.h"
#include "wx_text.h"

namespace pacta::gui {

namespace {

using locale::noop_tr;

const std::vector<FormField>& form() {
    static const std::vector<FormField> fields = {
        {"nombre", noop_tr("Given names")},
        {"primer_apellido", noop_tr("First surname")},
        {"segundo_apellido", noop_tr("Second surname")},
        {"sexo", noop_tr("Sex"), FormField::choice, {"mujer", "hombre"}},
        {"fecha_nacimiento", noop_tr("Birth date"), FormField::date},
        {"nacionalidad", noop_tr("Nationality")},
        {"estado_civil", noop_tr("Civil status")},
        {"curp", noop_tr("CURP")},
        {"rfc", noop_tr("RFC")},
        {"dni", noop_tr("DNI")},
        {"ruc", noop_tr("RUC")},
        {"domicilio", noop_tr("Address")},
        {"telefono", noop_tr("Phone")},
        {"correo", noop_tr("E-mail")},
        {"clabe", noop_tr("Bank account")},
        {"profesion", noop_tr("Profession")},
        {"categoria", noop_tr("Category"), FormField::choice, {"asistencial", "administrativo"}},
        {"regimen", noop_tr("Regime"), FormField::choice, {"honorarios", "cas", "locacion", "planilla"}},
        {"unidad", noop_tr("Unit")},
    };
    return fields;
}

}  // namespace

StaffEditorDialog::StaffEditorDialog(wxWindow* parent, presentation::StaffEditorViewModel& model)
    : FormDialog(parent, tr_wx("Person"), model, wxSize(760, 680)), model_(model) {
    form_ = new FormGrid(
        this, form(), model_, [this](const std::string& field, const std::string& value) { model_.set(field, value); },
        [this] { refresh(); });
    age_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    duplicate_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    duplicate_->SetForegroundColour(wxColour(160, 90, 0));
    notes()->Add(age_);
    notes()->Add(duplicate_);
    finish_layout(form_, [this] {
        const bool saved = model_.save();
        if (!saved) {
            form_->refresh_errors();
            form_->show_first_error();
        }
        return saved;
    }, [this] { return model_.save_error(); });
    refresh();
}

void StaffEditorDialog::refresh() {
    form_->refresh_errors();
    age_->SetLabel(to_wx(model_.age_text()));
    duplicate_->SetLabel(to_wx(model_.duplicate_warning()));
    show_save_error();
}

}  // namespace pacta::gui
