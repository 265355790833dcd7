#include "gui_support.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/notebook.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/timer.h>
#include <wx/uiaction.h>

#include <chrono>
#include <memory>
#include <cstdlib>
#include <fstream>
#include <thread>

#include "isr_tariffs_page.h"
#include "settings_panel.h"
#include "wx_text.h"

#include "../presentation/support/memory_repositories.h"
#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/presentation/contracts/contract_drafting.h"
#include "pacta/presentation/session/login_screen.h"

namespace pacta::gui_testing {

namespace fs = std::filesystem;

void settle() {
    for (int i = 0; i < 20; ++i) {
        wxTheApp->Yield(true);
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
}

wxButton* button_labelled(wxWindow* panel, const std::string& label) {
    for (auto* child : panel->GetChildren()) {
        auto* button = dynamic_cast<wxButton*>(child);
        if (button != nullptr && gui::from_wx(button->GetLabel()) == label) return button;
    }
    return nullptr;
}

void when_modal(const std::string& title, std::function<void(wxDialog&)> steps) {
    auto* timer = new wxTimer();
    auto polls = std::make_shared<int>(0);
    timer->Bind(wxEVT_TIMER, [timer, title, steps, polls](wxTimerEvent&) {
        // A dialog that never shows is a failure of its own, not a timer left polling.
        if (++*polls > 600) {
            timer->Stop();
            ADD_FAILURE() << "no dialog «" << title << "» was shown within a minute";
            wxTheApp->CallAfter([timer] { delete timer; });
            return;
        }
        for (auto* window : wxTopLevelWindows) {
            auto* dialog = dynamic_cast<wxDialog*>(window);
            if (dialog == nullptr || !dialog->IsModal() || !dialog->IsShown() ||
                gui::from_wx(dialog->GetTitle()) != title) {
                continue;
            }
            timer->Stop();
            // After this handler: the steps may open dialogs of their own, and the timer goes.
            wxTheApp->CallAfter([timer, dialog, steps] {
                delete timer;
                dialog->Raise();
                settle();
                steps(*dialog);
                if (dialog->IsModal()) dialog->EndModal(wxID_CANCEL);
            });
            return;
        }
    });
    timer->Start(100);
}

void type_text(const std::string& text) {
    wxUIActionSimulator keys;
    keys.Text(text.c_str());
    settle();
}

void press_key(int key, int modifiers) {
    wxUIActionSimulator keys;
    keys.Char(key, modifiers);
    settle();
}

std::string texts_of(wxWindow* window) {
    std::string out;
    for (auto* child : window->GetChildren()) {
        if (auto* text = dynamic_cast<wxStaticText*>(child)) out += gui::from_wx(text->GetLabel()) + "\n";
        out += texts_of(child);
    }
    return out;
}

std::string import_isr_table(gui::SettingsPanel* settings, const fs::path& dir, int year) {
    settings->pages()->SetSelection(2);
    auto* page = settings->isr_page();
    if (page == nullptr) return "no ISR page";
    const auto table = dir / ("isr-mensual-" + std::to_string(year) + ".csv");
    std::ofstream(table) << document::read_file(PACTA_SOURCE_DIR "/domain/datos/isr-mensual-2026.csv").value_or("");
    return page->import_file(table.string(), false) ? std::string() : page->model().error();
}

std::uintmax_t screenshot(const std::string& name, const std::string& folder) {
    settle();
    const fs::path dir = fs::path(PACTA_ARTEFACTS_DIR) / folder;
    fs::create_directories(dir);
    const fs::path file = dir / (name + ".png");
    const std::string command = "import -window root '" + file.string() + "' 2>/dev/null";
    if (std::system(command.c_str()) != 0) return 0;
    return fs::exists(file) ? fs::file_size(file) : 0;
}

// The reference office on a temporary database: the administrator (also an HR clerk) set
// up through the first-start view-model and logged in, two people, and a contract drafted

Office open_office(const std::string& name) {
    Office office;
    office.dir = fs::temp_directory_path() / ("pacta-" + name + "-" + std::to_string(::getpid()));
    const auto& dir = office.dir;
    fs::remove_all(dir);
    auto ws = gui::open_gui_workspace(dir / "pacta.sqlite3");

    // First start: the administrator (also an HR clerk) and the reference office.
    presentation::SetupViewModel setup(ws->users, ws->institutions, ws->audit);
    setup.username = "ana";
    setup.password = setup.password_again = "clave-de-ana-1";
    setup.institution_file_name = PACTA_FIXTURES_DIR "/datos/institucion-imss-bienestar-gro.json";
    setup.institution_file_text = document::read_file(setup.institution_file_name).value_or("");
    EXPECT_TRUE(setup.complete()) << setup.error();
    presentation::LoginViewModel login(ws->users, ws->audit);
    login.username = "ana";
    login.password = "equivocada";
    EXPECT_FALSE(login.submit());
    EXPECT_FALSE(login.error().empty());
    login.password = "clave-de-ana-1";
    auto account = login.submit();
    if (!(account)) { ADD_FAILURE() << "account"; return office; }
    account->roles.insert(domain::Role::capturista);  // the wizard of the next issue drafts as a clerk
    ws->office->start_session(*account);

    // Staff and a contract drafted from the bundled template with the real records.
    const domain::StaffMember rosa = presentation::testing_support::rosa_ramirez();
    domain::StaffMember jose = rosa;
    jose.given_names = "José";
    jose.first_surname = "Muñoz";
    jose.second_surname = "Pérez";
    jose.sex = domain::Sex::man;
    jose.birth_date = *domain::Date::from_ymd(1956, 4, 27);
    jose.curp = "HEGG560427HVZRRL04";
    jose.rfc.clear();
    (void)ws->staff.import({rosa, jose}, "imss-bienestar-gro", false, "ana");
    const fs::path template_path = PACTA_SOURCE_DIR "/document/plantillas/imss-bienestar-honorarios.md";
    const auto source = document::read_file(template_path).value_or("");
    const auto tmpl = document::parse_template(source, "imss-bienestar-honorarios.md");
    if (!(tmpl.value)) { ADD_FAILURE() << "tmpl.value"; return office; }
    const auto extra = document::parse_json_data(
        document::read_file(PACTA_FIXTURES_DIR "/datos/contrato-imss-extra.json").value_or(""), "extra");
    if (!(extra.value)) { ADD_FAILURE() << "extra.value"; return office; }
    const auto institution = ws->institutions.find("imss-bienestar-gro");
    if (!(institution)) { ADD_FAILURE() << "institution"; return office; }
    const auto draft = presentation::draft_contract(*tmpl.value, *institution, rosa, {}, *extra.value,
                                                    *domain::Date::from_ymd(2024, 1, 20));
    if (domain::has_errors(draft.findings)) { ADD_FAILURE() << "domain::has_errors(draft.findings)"; return office; }
    const auto generated = document::generate(*tmpl.value, draft.data);
    if (!(generated.document)) { ADD_FAILURE() << "generated.document"; return office; }
    const auto record = presentation::new_contract_record(*tmpl.value, source, draft, generated.data, rosa,
                                                          "imss-bienestar-gro");
    office.folio = ws->drafts.create(record, "ana");
    office.ws = std::move(ws);
    return office;
}

}  // namespace pacta::gui_testing
