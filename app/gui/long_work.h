#pragma once
// The long jobs the desktop application offers, each run with a cancellable progress dialog
// (long_task.h): importing and exporting staff, backing up the database.

#include "gui_workspace.h"
#include "pacta/document/template_library.h"

class wxWindow;

namespace pacta::gui {

// Asks for a spreadsheet and the options, imports it, and reports what happened. True when
// people were stored (the lists should reload).
bool import_staff(wxWindow* parent, GuiWorkspace& workspace);
void export_staff(wxWindow* parent, GuiWorkspace& workspace);
void back_up_database(wxWindow* parent, GuiWorkspace& workspace);
// A hiring campaign: one draft contract per spreadsheet row (CSV or XLSX) from a template,
// recorded all together or not at all. True when contracts were recorded (the lists reload).
bool record_contracts_from_sheet(wxWindow* parent, GuiWorkspace& workspace, const document::TemplateLibrary& library);

}  // namespace pacta::gui
