#include "signatory_editor_dialog.h"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "form_grid.h"
#include "pacta/locale/catalog.h"
#include "wx_text.h"

namespace pacta::gui {

namespace {

using locale::noop_tr;

// The roles the bundled templates ask for, offered as boxes to tick.
std::vector<const char*> known_role_keys() {
    std::vector<const char*> out;
    for (const auto& r : presentation::SignatoryEditorViewModel::known_roles()) out.push_back(r.c_str());
    return out;
}

const std::vector<FormField>& form() {
    static const std::vector<FormField> fields = {
        {"codigo", noop_tr("Code")},
        {"nombre", noop_tr("Name")},
        {"sexo", noop_tr("Sex"), FormField::choice, {"mujer", "hombre"}},
        {"cargo", noop_tr("Position")},
        {"identidad", noop_tr("RFC or DNI, as the signing certificate carries it")},
        {"escritura", noop_tr("Deed number")},
        {"fecha_escritura", noop_tr("Deed date"), FormField::date},
        {"notario", noop_tr("Notary")},
        {"notaria", noop_tr("Notary's office number")},
        {"folio_registro", noop_tr("Registry folio")},
        {"fecha_registro", noop_tr("Registry date"), FormField::date},
        {"vigente_desde", noop_tr("Powers valid from"), FormField::date},
        {"vigente_hasta", noop_tr("Powers valid to"), FormField::date},
        {"roles", noop_tr("Roles"), FormField::checks, known_role_keys()},
    };
    return fields;
}

}  // namespace

SignatoryEditorDialog::SignatoryEditorDialog(wxWindow* parent, presentation::SignatoryEditorViewModel& model)
    : FormDialog(parent, tr_wx("Signatory"), model, wxSize(700, 640)), model_(model) {
    form_ = new FormGrid(this, form(), model_,
                         [this](const std::string& field, const std::string& value) { model_.set(field, value); });
    if (model_.editing()) {
        auto* remove = new wxButton(this, wxID_DELETE, tr_wx("Remove this signatory"));
        notes()->Add(remove, 0, wxTOP, 6);
        remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            if (wxMessageBox(tr_wx("Remove this signatory from the institution?"),
                             tr_wx("Remove signatory"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES) {
                return;
            }
            if (model_.remove()) {
                EndModal(wxID_OK);
            } else {
                show_save_error();
            }
        });
    }
    // A form opened with problems (a draft from before) shows the first one.
    CallAfter([this] { form_->show_first_error(); });
    finish_layout(form_, [this] {
        const bool saved = model_.save();
        if (!saved) {
            form_->refresh_errors();
            form_->show_first_error();
        }
        return saved;
    }, [this] { return model_.save_error(); });
}

}  // namespace pacta::gui
