#include "staff_editor_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "pacta/locale/catalog.h"
#include "wx_text.h"

namespace pacta::gui {

namespace {

struct FieldUi {
    const char* name;
    const char* label;  // English source, translated
    std::vector<const char*> choices;  // stored values; empty: free text
};

const std::vector<FieldUi>& form() {
    static const std::vector<FieldUi> fields = {
        {"nombre", locale::noop_tr("Given names"), {}},
        {"primer_apellido", locale::noop_tr("First surname"), {}},
        {"segundo_apellido", locale::noop_tr("Second surname"), {}},
        {"sexo", locale::noop_tr("Sex"), {"mujer", "hombre"}},
        {"fecha_nacimiento", locale::noop_tr("Birth date"), {}},
        {"nacionalidad", locale::noop_tr("Nationality"), {}},
        {"estado_civil", locale::noop_tr("Civil status"), {}},
        {"curp", locale::noop_tr("CURP"), {}},
        {"rfc", locale::noop_tr("RFC"), {}},
        {"dni", locale::noop_tr("DNI"), {}},
        {"ruc", locale::noop_tr("RUC"), {}},
        {"domicilio", locale::noop_tr("Address"), {}},
        {"telefono", locale::noop_tr("Phone"), {}},
        {"correo", locale::noop_tr("E-mail"), {}},
        {"clabe", locale::noop_tr("Bank account"), {}},
        {"profesion", locale::noop_tr("Profession"), {}},
        {"categoria", locale::noop_tr("Category"), {"asistencial", "administrativo"}},
        {"regimen", locale::noop_tr("Regime"), {"honorarios", "cas", "locacion", "planilla"}},
        {"unidad", locale::noop_tr("Unit"), {}},
    };
    return fields;
}

}  // namespace

StaffEditorDialog::StaffEditorDialog(wxWindow* parent, presentation::StaffEditorViewModel& model)
    : wxDialog(parent, wxID_ANY, tr_wx("Person"), wxDefaultPosition, wxSize(760, 680), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      model_(model) {
    auto* scroll = new wxScrolledWindow(this);
    scroll->SetScrollRate(0, 12);
    auto* grid = new wxFlexGridSizer(2, wxSize(10, 2));
    grid->AddGrowableCol(1);
    for (const auto& f : form()) {
        const std::string name = f.name;
        grid->Add(new wxStaticText(scroll, wxID_ANY, tr_wx(f.label)), 0, wxALIGN_CENTER_VERTICAL);
        auto* cell = new wxBoxSizer(wxVERTICAL);
        if (!f.choices.empty()) {
            auto* choice = new wxChoice(scroll, wxID_ANY);
            for (std::size_t i = 0; i < f.choices.size(); ++i) {
                choice->Append(to_wx(f.choices[i]));
                if (model_.value(name) == f.choices[i]) choice->SetSelection(static_cast<int>(i));
            }
            const auto choices = f.choices;
            choice->Bind(wxEVT_CHOICE, [this, name, choices](wxCommandEvent& e) {
                model_.set(name, choices.at(static_cast<std::size_t>(e.GetSelection())));
                refresh();
            });
            cell->Add(choice, 0, wxEXPAND);
        } else if (name == "fecha_nacimiento") {
            auto* picker = new wxDatePickerCtrl(scroll, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                                wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE);
            wxDateTime when;
            if (when.ParseISODate(to_wx(model_.value(name)))) picker->SetValue(when);
            picker->Bind(wxEVT_DATE_CHANGED, [this, name](wxDateEvent& e) {
                model_.set(name, e.GetDate().IsValid() ? from_wx(e.GetDate().FormatISODate()) : std::string());
                refresh();
            });
            cell->Add(picker, 0);
        } else {
            auto* text = new wxTextCtrl(scroll, wxID_ANY, to_wx(model_.value(name)));
            text->Bind(wxEVT_TEXT, [this, name, text](wxCommandEvent&) {
                model_.set(name, from_wx(text->GetValue()));
                refresh();
            });
            cell->Add(text, 0, wxEXPAND);
        }
        auto* error = new wxStaticText(scroll, wxID_ANY, wxEmptyString);
        error->SetForegroundColour(*wxRED);
        errors_[name] = error;
        cell->Add(error, 0, wxEXPAND);
        grid->Add(cell, 1, wxEXPAND);
    }
    auto* inner = new wxBoxSizer(wxVERTICAL);
    inner->Add(grid, 0, wxEXPAND | wxALL, 10);
    scroll->SetSizer(inner);
    age_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    duplicate_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    duplicate_->SetForegroundColour(wxColour(160, 90, 0));
    save_error_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    save_error_->SetForegroundColour(*wxRED);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(scroll, 1, wxEXPAND);
    box->Add(age_, 0, wxLEFT | wxRIGHT, 10);
    box->Add(duplicate_, 0, wxLEFT | wxRIGHT, 10);
    box->Add(save_error_, 0, wxLEFT | wxRIGHT, 10);
    box->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 10);
    SetSizer(box);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (model_.save()) {
            EndModal(wxID_OK);
            return;
        }
        refresh();
    }, wxID_OK);
    refresh();
}

void StaffEditorDialog::refresh() {
    for (const auto& [name, label] : errors_) {
        label->SetLabel(to_wx(model_.error(name)));
        label->Wrap(480);
    }
    age_->SetLabel(to_wx(model_.age_text()));
    duplicate_->SetLabel(to_wx(model_.duplicate_warning()));
    save_error_->SetLabel(to_wx(model_.save_error()));
    Layout();
}

}  // namespace pacta::gui
