#include "long_work.h"

#include "column_mapping_dialog.h"

#include <wx/checkbox.h>
#include <wx/choicdlg.h>
#include <wx/dirdlg.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "long_task.h"
#include "problem_dialog.h"
#include "pacta/document/csv.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/presentation/contracts/batch_generation.h"
#include "pacta/presentation/contracts/contract_import.h"
#include "pacta/presentation/contracts/contract_drafting.h"
#include "pacta/presentation/common/today.h"
#include "pacta/presentation/templates/installed_templates.h"
#include "pacta/presentation/staff/staff_service.h"
#include "pacta/version.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/staff/staff_transfer.h"
#include "wx_text.h"

namespace pacta::gui {

namespace {

using locale::fill;
using locale::tr;

// The findings of a file that cannot be used, as one message; true when there were errors.
bool refuse(wxWindow* parent, const domain::Findings& findings, const wxString& title) {
    if (!domain::has_errors(findings)) return false;
    std::string text;
    for (const auto& f : findings) text += locale::describe(f) + "\n";
    wxMessageBox(to_wx(text), title, wxOK | wxICON_WARNING, parent);
    return true;
}

struct ImportChoice {
    bool update_existing = false;
    bool partial = false;
};

std::optional<ImportChoice> ask_import_options(wxWindow* parent, const wxString& file) {
    wxDialog dialog(parent, wxID_ANY, tr_wx("Import staff"));
    auto* update = new wxCheckBox(&dialog, wxID_ANY, tr_wx("Update the people already recorded"));
    auto* partial = new wxCheckBox(&dialog, wxID_ANY, tr_wx("Import the valid rows even if others have errors"));
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(new wxStaticText(&dialog, wxID_ANY, file), 0, wxALL, 10);
    box->Add(update, 0, wxLEFT | wxRIGHT | wxBOTTOM, 10);
    box->Add(partial, 0, wxLEFT | wxRIGHT | wxBOTTOM, 10);
    box->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 10);
    dialog.SetSizerAndFit(box);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return ImportChoice{update->GetValue(), partial->GetValue()};
}

std::string report_text(const presentation::StaffImportReport& report) {
    std::string text;
    if (report.imported) {
        text = fill(tr("Imported: {created} new, {updated} updated, {unchanged} unchanged; rejected: {rejected}."),
                    {{"created", std::to_string(report.stored.created)},
                     {"updated", std::to_string(report.stored.updated)},
                         {"unchanged", std::to_string(report.stored.unchanged)},
                     {"rejected", std::to_string(report.rejections.size())}});
        if (const auto moved = presentation::moved_people_text(report.stored); !moved.empty()) text += "\n" + moved;
    } else {
        text = fill(locale::trn("{rejected} of {total} rows has errors; nothing was imported. Correct it, or import "
                                "again choosing to import the valid rows.",
                                "{rejected} of {total} rows have errors; nothing was imported. Correct them, or import "
                                "again choosing to import the valid rows.",
                                static_cast<long>(report.rejections.size())),
                    {{"rejected", std::to_string(report.rejections.size())}, {"total", std::to_string(report.rows)}});
    }
    // The first problems; the rejected-rows file holds them all.
    std::size_t shown = 0;
    for (const auto& rejection : report.rejections) {
        for (const auto& f : rejection.findings) {
            if (++shown > 12) break;
            text += "\n" + fill(tr("line {line}"), {{"line", std::to_string(rejection.line)}}) + ": " + locale::describe(f);
        }
    }
    if (!report.rejected_file.empty()) {
        text += "\n\n" + fill(tr("The rejected rows, with their reasons, are in «{file}», in the folder of the file imported."),
                              {{"file", report.rejected_file.filename().string()}});
    }
    return text;
}

}  // namespace

bool import_staff(wxWindow* parent, GuiWorkspace& ws) {
    wxFileDialog pick(parent, tr_wx("Import staff"), wxEmptyString, wxEmptyString,
                      tr_wx("Spreadsheets (*.csv;*.xlsx)|*.csv;*.xlsx"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (pick.ShowModal() != wxID_OK) return false;
    const auto choice = ask_import_options(parent, pick.GetPath());
    if (!choice) return false;
    const std::filesystem::path file = from_wx(pick.GetPath());
    const auto institution = home_institution(ws);
    presentation::StaffImportReport report;
    Job job;
    job.title = tr_wx("Import staff");
    job.message = to_wx(file.filename().string());
    job.cancelled_note = tr_wx("The import was cancelled; nobody was imported.");
    job.work = [&](const domain::ProgressReport& progress, const auto& set_total) {
        report = ws.office->staff_files().import(file, institution, choice->update_existing, choice->partial, set_total,
                                                 progress);
    };
    job.done = [&] {
        if (refuse(parent, report.file_findings, tr_wx("The file cannot be imported"))) return;
        wxMessageBox(to_wx(report_text(report)), tr_wx("Import staff"),
                     wxOK | (report.rejections.empty() ? wxICON_INFORMATION : wxICON_WARNING), parent);
    };
    return run_job(parent, job) && report.imported;
}

void export_staff(wxWindow* parent, GuiWorkspace& ws) {
    wxFileDialog pick(parent, tr_wx("Export staff"), wxEmptyString, "personal.xlsx",
                      tr_wx("Excel workbook (*.xlsx)|*.xlsx|CSV (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (pick.ShowModal() != wxID_OK) return;
    const std::filesystem::path file = from_wx(pick.GetPath());
    std::size_t count = 0;
    Job job;
    job.title = tr_wx("Export staff");
    job.message = to_wx(file.filename().string());
    job.work = [&](const domain::ProgressReport& progress, const auto&) {
        count = ws.office->staff_files().export_to(file, progress);
    };
    job.done = [&] {
        wxMessageBox(to_wx(fill(locale::trn("{count} person exported to {file}", "{count} people exported to {file}", static_cast<long>(count)),
                                {{"count", std::to_string(count)}, {"file", file.filename().string()}})),
                     job.title, wxOK | wxICON_INFORMATION, parent);
    };
    (void)run_job(parent, job);
}

void back_up_database(wxWindow* parent, GuiWorkspace& ws) {
    try {
        ws.office->maintenance().require_backup();
    } catch (...) {
        show_current_problem(parent, tr_wx("Back up the database"));
        return;
    }
    wxFileDialog pick(parent, tr_wx("Back up the database"), wxEmptyString, "pacta-respaldo.db",
                      tr_wx("Pacta database (*.db)|*.db"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (pick.ShowModal() != wxID_OK) return;
    const std::filesystem::path file = from_wx(pick.GetPath());
    domain::AuditVerification chain;
    Job job;
    job.title = tr_wx("Back up the database");
    job.message = to_wx(file.filename().string());
    job.total = 100;
    job.work = [&](const domain::ProgressReport& progress, const auto&) {
        chain = ws.office->maintenance().back_up(file, progress);
    };
    job.done = [&] {
        wxMessageBox(to_wx(fill(tr("Backup written to {file}; audit rows {rows}, latest hash {hash}"),
                                {{"file", file.filename().string()},
                                 {"rows", std::to_string(chain.rows)},
                                 {"hash", chain.latest_hash}})),
                     job.title, wxOK | wxICON_INFORMATION, parent);
    };
    (void)run_job(parent, job);
}

bool record_contracts_from_sheet(wxWindow* parent, GuiWorkspace& ws, const document::TemplateLibrary& library) {
    const wxString title = tr_wx("Record contracts from a spreadsheet");
    std::optional<domain::Institution> institution;
    try {
        presentation::require_batch_generation(ws.session());
        institution = presentation::contract_institution(ws.office->store(), home_institution(ws));
    } catch (...) {
        show_current_problem(parent, title);
        return false;
    }
    const auto entries = library.list();
    wxArrayString names;
    for (const auto& t : entries) names.Add(to_wx(t.usable() ? t.title : presentation::unusable_template_line(t)));
    wxSingleChoiceDialog which(parent, tr_wx("Template of the contracts:"), title, names);
    if (entries.empty() || which.ShowModal() != wxID_OK) return false;
    const auto& entry = entries.at(static_cast<std::size_t>(which.GetSelection()));
    if (!entry.usable()) {
        wxMessageBox(to_wx(presentation::unusable_template_line(entry)), title, wxOK | wxICON_WARNING, parent);
        return false;
    }
    wxFileDialog pick(parent, tr_wx("One row per contract, with the person's CURP or DNI in one column"),
                      wxEmptyString, wxEmptyString, tr_wx("Spreadsheets (*.xlsx;*.csv)|*.xlsx;*.csv"),
                      wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (pick.ShowModal() != wxID_OK) return false;

    presentation::ContractImportRequest request;
    presentation::TemplateWithSource tmpl;
    try {
        tmpl = presentation::load_template(entry.id);
        request.table = presentation::read_table_file(from_wx(pick.GetPath()));
    } catch (...) {
        show_current_problem(parent, title);
        return false;
    }
    // A sheet that cannot be read is said first (row and column), before its columns are mapped.
    if (refuse(parent, request.table.findings, title)) return false;
    // The office's own headers: which column gives what is asked, with a guess from the names.
    presentation::ColumnMappingViewModel mapping(tmpl.tmpl, std::move(request.table));
    ColumnMappingDialog columns(parent, mapping, pick.GetFilename());
    if (columns.ShowModal() != wxID_OK) return false;
    request.table = mapping.mapped();
    request.tmpl = &tmpl;
    request.institution_code = institution->code;
    request.today = presentation::today();
    // A role several people can sign for is asked once, for every contract of the sheet.
    for (const auto& choice : presentation::signatory_choices(tmpl.tmpl.info, *institution, request.today)) {
        if (choice.options.size() < 2) continue;
        wxArrayString people;
        for (const auto& [code, name] : choice.options) people.Add(to_wx(name));
        wxSingleChoiceDialog who(parent, to_wx(fill(tr("Who signs as «{role}» in these contracts?"), {{"role", choice.label}})),
                                 title, people);
        if (who.ShowModal() != wxID_OK) return false;
        request.signatories[choice.role] = choice.options.at(static_cast<std::size_t>(who.GetSelection())).first;
    }
    presentation::ContractImportReport report;
    Job job;
    job.title = title;
    job.message = pick.GetFilename();
    job.work = [&](const domain::ProgressReport&, const auto&) { report = ws.office->contract_import().import(request); };
    if (!run_job(parent, job)) return false;
    wxMessageBox(to_wx(presentation::contract_import_summary(report)), title,
                 wxOK | (report.refused == 0 ? wxICON_INFORMATION : wxICON_WARNING), parent);
    return report.recorded > 0;
}

}  // namespace pacta::gui
