#include "isr_tariffs_page.h"

#include <filesystem>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "problem_dialog.h"
#include "wx_text.h"

namespace pacta::gui {

IsrTariffsPage::IsrTariffsPage(wxWindow* parent, GuiWorkspace& ws, const std::string& institution_code)
    : wxPanel(parent), model_(ws.session(), ws.institutions, institution_code) {
    years_ = new wxListBox(this, wxID_ANY);
    status_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    auto* import = new wxButton(this, wxID_ANY, tr_wx("&Import a table..."));
    import->Enable(model_.editable());
    import->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog pick(this, tr_wx("Monthly ISR table"), wxEmptyString, wxEmptyString,
                          tr_wx("CSV (*.csv)|*.csv"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (pick.ShowModal() == wxID_OK) import_file(from_wx(pick.GetPath()));
    });
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(new wxStaticText(this, wxID_ANY,
                              tr_wx("Withholding of fees treated as wages uses the monthly ISR table of the payment's "
                                    "year. Import a year's table here (the shape of Anexo 8 of the RMF: lower limit, "
                                    "upper limit, fixed fee, rate), named isr-mensual-AAAA.csv.")),
             0, wxEXPAND | wxALL, 10);
    box->Add(years_, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(import, 0, wxRIGHT, 10);
    row->Add(status_, 1, wxALIGN_CENTER_VERTICAL);
    box->Add(row, 0, wxEXPAND | wxALL, 10);
    SetSizer(box);
    refresh();
}

void IsrTariffsPage::refresh() {
    years_->Clear();
    for (const auto& line : model_.year_lines()) years_->Append(to_wx(line));
}

bool IsrTariffsPage::import_file(const std::string& path, bool ask) {
    const auto name = std::filesystem::path(path).filename().string();
    const auto bytes = document::read_file(path);
    const auto fail = [this](const std::string& message) {
        status_->SetForegroundColour(*wxRED);
        status_->SetLabel(to_wx(message));
        status_->Wrap(std::max(300, GetClientSize().x - 200));
        Layout();
        return false;
    };
    if (!bytes) return fail(locale::fill(locale::tr("«{file}» cannot be read."), {{"file", name}}));
    if (!model_.read(*bytes, name)) return fail(model_.error());
    if (ask) {
        // The table as Pacta read it, to compare with the official one before keeping it.
        wxDialog preview(this, wxID_ANY,
                         to_wx(locale::fill(locale::tr("ISR table {year}"), {{"year", std::to_string(model_.year_read())}})),
                         wxDefaultPosition, wxSize(560, 460), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
        auto* lines = new wxListBox(&preview, wxID_ANY);
        for (const auto& line : model_.preview()) lines->Append(to_wx(line));
        auto* box = new wxBoxSizer(wxVERTICAL);
        box->Add(new wxStaticText(&preview, wxID_ANY, tr_wx("Check each row against the official table, then keep it.")),
                 0, wxALL, 10);
        box->Add(lines, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);
        box->Add(preview.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 10);
        preview.SetSizer(box);
        if (preview.ShowModal() != wxID_OK) return false;
    }
    if (!model_.save()) return fail(model_.error());
    refresh();
    status_->SetForegroundColour(wxColour(0, 110, 0));
    status_->SetLabel(to_wx(locale::fill(locale::tr("The ISR table of {year} was kept."),
                                         {{"year", std::to_string(model_.year_read())}})));
    Layout();
    return true;
}

}  // namespace pacta::gui
