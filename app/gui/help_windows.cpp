#include "help_windows.h"

#include <wx/dialog.h>
#include <wx/html/htmlwin.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>

#include "pacta/platform/paths.h"
#include "pacta/presentation/help/user_manual.h"
#include "screen_fit.h"
#include "wx_text.h"

namespace pacta::gui {
namespace {

// Follows links between the manual's own pages; anything else (the web, other files) is not
// opened: the manual is read offline.
class ManualView : public wxHtmlWindow {
public:
    explicit ManualView(wxWindow* parent) : wxHtmlWindow(parent, wxID_ANY) { SetName("manual"); }
    bool open(const std::string& page) {
        const auto html = presentation::manual_page_html(platform::data_dir() / "manual", page);
        if (!html) return false;
        SetPage(to_wx(*html));
        return true;
    }

private:
    void OnLinkClicked(const wxHtmlLinkInfo& link) override {
        const std::string target = from_wx(link.GetHref());
        if (!target.empty() && target.front() == '#') {
            ScrollToAnchor(to_wx(target.substr(1)));
            return;
        }
        (void)open(target.substr(0, target.find('#')));
    }
};

}  // namespace

wxWindow* show_manual(wxWindow* parent) {
    auto* window = new wxDialog(parent, wxID_ANY, tr_wx("User manual"), wxDefaultPosition, wxSize(860, 640),
                                wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMAXIMIZE_BOX);
    auto* view = new ManualView(window);
    if (!view->open(presentation::manual_pages().front())) {
        view->SetPage(to_wx("<html><body><p>" + from_wx(tr_wx("The manual is not installed with this copy of Pacta.")) +
                            "</p></body></html>"));
    }
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(view, 1, wxEXPAND | wxALL, 6);
    box->Add(window->CreateStdDialogButtonSizer(wxCLOSE), 0, wxEXPAND | wxALL, 6);
    window->SetSizer(box);
    window->SetEscapeId(wxID_CLOSE);
    window->Bind(wxEVT_BUTTON, [window](wxCommandEvent&) { window->Close(); }, wxID_CLOSE);
    window->Bind(wxEVT_CLOSE_WINDOW, [window](wxCloseEvent&) { window->Destroy(); });
    fit_to_screen(window);
    window->Show();  // beside the main window: the person reads and works at once
    return window;
}

void show_keyboard_shortcuts(wxWindow* parent) {
    wxDialog dialog(parent, wxID_ANY, tr_wx("Keyboard shortcuts"), wxDefaultPosition, wxSize(560, 520),
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    auto* list = new wxListCtrl(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName("atajos");
    list->AppendColumn(tr_wx("Keys"), wxLIST_FORMAT_LEFT, 160);
    list->AppendColumn(tr_wx("What they do"), wxLIST_FORMAT_LEFT, 340);
    for (const auto& shortcut : presentation::keyboard_shortcuts()) {
        const long row = list->InsertItem(list->GetItemCount(), to_wx(shortcut.keys));
        list->SetItem(row, 1, to_wx(shortcut.action));
    }
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(list, 1, wxEXPAND | wxALL, 8);
    box->Add(dialog.CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxALL, 8);
    dialog.SetSizer(box);
    fit_to_screen(&dialog);
    dialog.ShowModal();
}

}  // namespace pacta::gui
