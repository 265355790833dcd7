#pragma once
// The desktop's one way of telling a person that something went wrong (presentation/common/
// problem.h): what they can fix or were refused as a warning, a fault as an error whose
// detail is in the fault log, never on the screen.

#include <exception>

#include <wx/string.h>

#include "pacta/presentation/common/problem.h"

class wxWindow;

namespace pacta::gui {

void show_problem(wxWindow* parent, const wxString& title, const presentation::Problem& problem);
// What `error` holds (from a worker thread), shown the same way.
void show_problem(wxWindow* parent, const wxString& title, const std::exception_ptr& error);
// Inside a catch block: the exception being handled.
void show_current_problem(wxWindow* parent, const wxString& title);

}  // namespace pacta::gui
