#include "long_task.h"

#include <atomic>
#include <thread>

#include <wx/msgdlg.h>
#include <wx/progdlg.h>
#include <wx/utils.h>

#include "pacta/locale/catalog.h"
#include "problem_dialog.h"
#include "wx_text.h"

namespace pacta::gui {

namespace {
std::atomic<int> running_tasks{0};
}  // namespace

bool long_task_running() { return running_tasks.load() > 0; }

LongTaskResult run_long_task(wxWindow* parent, const wxString& title, const wxString& message, std::size_t total,
                             const std::function<void(const domain::ProgressReport&,
                                                      const std::function<void(std::size_t)>&)>& work) {
    std::atomic<std::size_t> done{0};
    std::atomic<std::size_t> expected{total};
    std::atomic<bool> cancel{false};
    std::atomic<bool> finished{false};
    LongTaskResult result;
    ++running_tasks;
    // Counted until the worker has joined, whatever happens on the way.
    struct Running {
        ~Running() { --running_tasks; }
    } running;
    // The work runs on its own thread; it touches no window. This thread only polls.
    std::thread worker([&] {
        try {
            work(
                [&](std::size_t count) {
                    done = count;
                    return !cancel.load();
                },
                [&](std::size_t count) { expected = count; });
        } catch (const domain::Cancelled&) {
            result.cancelled = true;
        } catch (...) {
            result.error = std::current_exception();
        }
        finished = true;
    });
    {
        wxProgressDialog dialog(title, message, 1000, parent,
                                wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME | wxPD_AUTO_HIDE);
        while (!finished) {
            const std::size_t of = expected;
            const std::size_t now = done;
            const wxString counts =
                message + "\n" +
                (of > 0 ? to_wx(locale::fill(locale::tr("{done} of {total}"),
                                             {{"done", std::to_string(now)}, {"total", std::to_string(of)}}))
                        : to_wx(locale::fill(locale::tr("{done} so far"), {{"done", std::to_string(now)}})));
            const bool going = of > 0 ? dialog.Update(static_cast<int>(std::min<std::size_t>(now * 1000 / of, 999)), counts)
                                      : dialog.Pulse(counts);
            if (!going && !cancel) {
                cancel = true;
                dialog.Resume();
                dialog.Update(dialog.GetValue(), tr_wx("Cancelling; undoing what was done..."));
            }
            wxMilliSleep(50);
        }
    }
    worker.join();
    return result;
}

bool run_job(wxWindow* parent, const Job& job) {
    const auto outcome = run_long_task(parent, job.title, job.message, job.total, job.work);
    if (outcome.cancelled) {
        if (!job.cancelled_note.empty()) wxMessageBox(job.cancelled_note, job.title, wxOK | wxICON_INFORMATION, parent);
        return false;
    }
    if (outcome.error) {
        show_problem(parent, job.title, outcome.error);
        return false;
    }
    if (job.done) job.done();
    return true;
}

}  // namespace pacta::gui
