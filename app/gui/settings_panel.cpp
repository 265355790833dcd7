#include "settings_panel.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/config.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include "form_grid.h"
#include "isr_tariffs_page.h"
#include "gui_locale.h"
#include "list_panel.h"
#include "pacta/locale/catalog.h"
#include "wx_text.h"

namespace pacta::gui {

namespace {

using locale::noop_tr;

const std::vector<FormField>& institution_form() {
    static const std::vector<FormField> fields = {
        {"nombre", noop_tr("Name")},
        {"perfil", noop_tr("Formats (dates, amounts, currency)"), FormField::choice, {"es_MX", "es_PE"}},
        {"leyenda", noop_tr("Legend of the public version")},
        {"fundamento", noop_tr("Legal basis of the public version"), FormField::lines},
        {"dias_aviso", noop_tr("Notice days for early termination")},
        {"sello_tiempo", noop_tr("Timestamp server for signatures (RFC 3161 address; empty: none)")},
        {"url_versiones", noop_tr("Web address where the public versions of contracts are published (transparency)")},
        {"url_normatividad", noop_tr("Web address of the rules that govern these contracts (transparency)")},
        {"area_transparencia", noop_tr("Area responsible for the transparency information")},
    };
    return fields;
}

// Two password prompts; nullopt when the user cancels either.
// The label with the minimum length the service checks.
std::string password_hint(const std::string& pattern) {
    return locale::fill(pattern, {{"count", std::to_string(domain::min_password_length)}});
}

std::optional<std::pair<std::string, std::string>> ask_password_twice(wxWindow* parent, const wxString& title) {
    wxPasswordEntryDialog first(parent, to_wx(password_hint(locale::tr("New password (at least {count} characters):"))), title);
    if (first.ShowModal() != wxID_OK) return std::nullopt;
    wxPasswordEntryDialog second(parent, tr_wx("The same password again:"), title);
    if (second.ShowModal() != wxID_OK) return std::nullopt;
    return std::make_pair(from_wx(first.GetValue()), from_wx(second.GetValue()));
}

}  // namespace

SettingsPanel::SettingsPanel(wxWindow* parent, GuiWorkspace& workspace, const std::string& institution_code)
    : wxPanel(parent), ws_(workspace) {
    pages_ = new wxNotebook(this, wxID_ANY);
    if (!institution_code.empty()) {
        try {
            institution_.emplace(ws_.session(), ws_.institutions, institution_code);
            pages_->AddPage(institution_page(), tr_wx("Institution"));

        } catch (const presentation::ServiceError&) {
            institution_.reset();  // the user may not read it: no page
        }
    }
    if (presentation::UserAdminViewModel::available(ws_.session())) {
        users_.emplace(ws_.session(), ws_.users, ws_.institutions);
        users_->reload();
        pages_->AddPage(users_page(), tr_wx("Users"));
    }
    // Peru's withholding has no table: the page is Mexico's.
    if (institution_ && institution_->institution().country == "MX") {
        isr_page_ = new IsrTariffsPage(pages_, ws_, institution_code);
        pages_->AddPage(isr_page_, tr_wx("ISR tables"));
    }
    pages_->AddPage(preferences_page(), tr_wx("Preferences"));
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(pages_, 1, wxEXPAND | wxALL, 6);
    SetSizer(box);
}

wxWindow* SettingsPanel::institution_page() {
    auto* page = new wxPanel(pages_);
    auto* form = new FormGrid(page, institution_form(), *institution_,
                              [this](const std::string& field, const std::string& value) { institution_->set(field, value); });
    auto* units = new wxListBox(page, wxID_ANY);
    for (const auto& line : institution_->unit_lines()) units->Append(to_wx(line));
    auto* save = new wxButton(page, wxID_SAVE, tr_wx("Save the settings"));
    institution_status_ = new wxStaticText(page, wxID_ANY, wxEmptyString);
    save->Enable(institution_->editable());
    save->Bind(wxEVT_BUTTON, [this, form](wxCommandEvent&) {
        const bool saved = institution_->save();
        form->refresh_errors();
        institution_status_->SetForegroundColour(saved ? wxColour(0, 110, 0) : *wxRED);
        institution_status_->SetLabel(saved ? tr_wx("Settings saved.") : message_wx(institution_->save_error()));
        institution_status_->Wrap(700);
        Layout();
    });
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(new wxStaticText(page, wxID_ANY, to_wx(institution_->institution().code)), 0, wxALL, 8);
    box->Add(form, 1, wxEXPAND);
    box->Add(new wxStaticText(page, wxID_ANY, tr_wx("Units")), 0, wxLEFT | wxTOP, 8);
    box->Add(units, 0, wxEXPAND | wxALL, 8);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(save, 0, wxRIGHT, 10);
    row->Add(institution_status_, 1, wxALIGN_CENTER_VERTICAL);
    box->Add(row, 0, wxEXPAND | wxALL, 8);
    page->SetSizer(box);
    return page;
}

wxWindow* SettingsPanel::users_page() {
    user_list_ = new ListPanel(pages_, users_->list, {140, 320, 200, 110}, "usuarios");
    auto report = [this](bool done) {
        if (!done) wxMessageBox(message_wx(users_->error()), tr_wx("The account was not changed"), wxOK | wxICON_WARNING, this);
        user_list_->refresh();
    };
    user_list_->add_button(tr_wx("New user..."), [this](auto) { new_user(); });
    user_list_->add_button(tr_wx("Deactivate"), [this, report](std::optional<std::size_t> row) {
        if (row) report(users_->set_active(*row, false));
    });
    user_list_->add_button(tr_wx("Reactivate"), [this, report](std::optional<std::size_t> row) {
        if (row) report(users_->set_active(*row, true));
    });
    user_list_->add_button(tr_wx("New password..."), [this, report](std::optional<std::size_t> row) {
        if (!row) return;
        if (const auto passwords = ask_password_twice(this, to_wx(users_->account(*row).username))) {
            report(users_->reset_password(*row, passwords->first, passwords->second));
        }
    });
    return user_list_;
}

void SettingsPanel::new_user() {
    if (!users_) return;
    wxDialog dialog(this, wxID_ANY, tr_wx("New user"), wxDefaultPosition, wxSize(520, 600),
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    auto* name = new wxTextCtrl(&dialog, wxID_ANY);
    name->SetName("usuario");
    auto* password = new wxTextCtrl(&dialog, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    auto* again = new wxTextCtrl(&dialog, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    auto* roles = new wxCheckListBox(&dialog, wxID_ANY);
    const auto all_roles = presentation::UserAdminViewModel::role_choices();
    for (const auto& choice : all_roles) roles->Append(to_wx(choice.label));
    auto* institutions = new wxCheckListBox(&dialog, wxID_ANY);
    const auto known = users_->institution_choices();
    for (const auto& choice : known) institutions->Append(to_wx(choice.label));
    auto* error = new wxStaticText(&dialog, wxID_ANY, wxEmptyString);
    error->SetForegroundColour(*wxRED);
    auto* box = new wxBoxSizer(wxVERTICAL);
    for (auto [label, control] : std::initializer_list<std::pair<std::string, wxWindow*>>{
             {locale::tr("User name"), name},
             {password_hint(locale::tr("Password (at least {count} characters)")), password},
             {locale::tr("The same password again"), again},
             {locale::tr("Roles"), roles},
             {locale::tr("Institutions (none checked: all)"), institutions}}) {
        box->Add(new wxStaticText(&dialog, wxID_ANY, to_wx(label)), 0, wxLEFT | wxRIGHT | wxTOP, 8);
        box->Add(control, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);
    }
    box->Add(error, 0, wxALL, 8);
    box->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 8);
    dialog.SetSizer(box);
    dialog.Bind(wxEVT_BUTTON, [&](wxCommandEvent&) {
        std::set<domain::Role> chosen_roles;
        for (unsigned i = 0; i < roles->GetCount(); ++i) {
            if (roles->IsChecked(i)) chosen_roles.insert(all_roles.at(i).role);
        }
        std::set<std::string> chosen_institutions;
        for (unsigned i = 0; i < institutions->GetCount(); ++i) {
            if (institutions->IsChecked(i)) chosen_institutions.insert(known.at(i).code);
        }
        if (users_->create(from_wx(name->GetValue()), from_wx(password->GetValue()), from_wx(again->GetValue()),
                           chosen_roles, chosen_institutions)) {
            dialog.EndModal(wxID_OK);
            return;
        }
        error->SetLabel(message_wx(users_->error()));
        error->Wrap(480);
        dialog.Layout();
    }, wxID_OK);
    if (dialog.ShowModal() == wxID_OK) user_list_->refresh();
}

wxWindow* SettingsPanel::preferences_page() {
    auto* page = new wxPanel(pages_);
    const wxString languages[] = {"Español", "English"};
    auto* language = new wxRadioBox(page, wxID_ANY, tr_wx("Language of the application"), wxDefaultPosition,
                                    wxDefaultSize, 2, languages, 1);
    language->SetSelection(preferred_language() == "en" ? 1 : 0);
    auto* note = new wxStaticText(page, wxID_ANY, tr_wx("The language changes the next time Pacta starts. Contracts "
                                                        "are always written in Spanish."));
    language->Bind(wxEVT_RADIOBOX, [](wxCommandEvent& e) { set_preferred_language(e.GetSelection() == 1 ? "en" : "es"); });
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(language, 0, wxALL, 10);
    box->Add(note, 0, wxLEFT | wxRIGHT, 10);
    page->SetSizer(box);
    return page;
}

}  // namespace pacta::gui
