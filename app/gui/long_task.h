#pragma once
// Long work (imports, exports, backups, batch generation) on a worker thread while a
// progress dialog shows how far it got and offers «Cancelar». The work receives a report to
// call with its count; when the user cancels, the report answers false and the work throws
// domain::Cancelled after undoing itself. The window stays responsive meanwhile.

#include <exception>
#include <functional>
#include <string>

#include "pacta/domain/progress.h"

#include <wx/string.h>

class wxWindow;

namespace pacta::gui {

struct LongTaskResult {
    bool cancelled = false;
    std::exception_ptr error;  // what the work threw, other than Cancelled
};

// `total` may be 0 when unknown (the bar then pulses) and may be set later by the work
// through `set_total`. Returns when the work has finished, failed or been cancelled.
// True while a long task's worker runs: code on the window's thread that reaches the store
// from a timer (MainFrame follows the office every few seconds) waits, since the worker owns
// the connection meanwhile.
[[nodiscard]] bool long_task_running();

LongTaskResult run_long_task(wxWindow* parent, const wxString& title, const wxString& message, std::size_t total,
                             const std::function<void(const domain::ProgressReport& report,
                                                      const std::function<void(std::size_t)>& set_total)>& work);

// One flow for every long job (after PrusaSlicer's Job): `work` runs on a worker thread with
// progress and «Cancelar»; then, on the window's thread, exactly one of: `done` when the
// work finished; `cancelled_note` (when not empty) when the person cancelled; the problem
// shown through show_problem when the work threw. True when `done` ran.
struct Job {
    wxString title;
    wxString message;
    std::size_t total = 0;
    std::function<void(const domain::ProgressReport& report, const std::function<void(std::size_t)>& set_total)> work;
    std::function<void()> done;
    wxString cancelled_note;
};
bool run_job(wxWindow* parent, const Job& job);

}  // namespace pacta::gui
