// The desktop on the office server, under Xvfb: the reviewer logs in to the server from the
// desktop's login path as herself; a clerk, with pacta-cli in her own process, sends a
// contract to legal review, and Inicio lists it without a restart; the reviewer approves it
// from the contract's view.
// A wrong password is answered in words. Screenshots in test-artefacts/gui/servidor-*.png.
#include <gtest/gtest.h>
#include <wx/menu.h>
#include <wx/button.h>

#include <cstdlib>

#include "contract_panel.h"
#include "gui_support.h"
#include "gui_workspace.h"
#include "home_panel.h"
#include "main_frame.h"
#include "wx_text.h"
#include "../server/test_server.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/platform/paths.h"
#include "pacta/presentation/contracts/contract_service.h"
#include "pacta/presentation/institutions/institution_file.h"
#include "pacta/presentation/staff/staff_transfer.h"

namespace {

namespace fs = std::filesystem;
namespace d = pacta::domain;
namespace p = pacta::presentation;
using namespace pacta;
using namespace pacta::gui_testing;

TEST(GuiServer, AReviewerAtHerDeskSeesTheClerksContractForReviewAndApprovesIt) {
    const fs::path dir = fs::temp_directory_path() / ("pacta-gui-servidor-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    ::setenv("XDG_DATA_HOME", dir.c_str(), 1);
    auto* server = db::testing_server::TestServer::get("ana", "clave de ana 1");
    ASSERT_NE(server, nullptr);
    const p::OfficePlace place{p::OfficePlace::Kind::office_server,
                               std::string(std::getenv("PGHOST")) + ":" + std::getenv("PGPORT"), server->database()};

    // The administrator's desk: the institution, its people, the clerk and the reviewer.
    auto ana = gui::open_server_workspace(place, "ana", "clave de ana 1");
    ASSERT_TRUE(ana.workspace) << ana.problem;
    auto& office = *ana.workspace->office;
    const fs::path demo = platform::data_dir() / "demo";
    const auto read = p::read_institution_file(document::read_file(demo / "institucion.json").value_or(""), "institucion.json");
    ASSERT_TRUE(read.institution);
    office.institutions().save(*read.institution);
    p::StaffImportOptions options;
    options.institution_code = read.institution->code;
    for (const auto& unit : read.institution->units) options.units.push_back(unit.code);
    ASSERT_TRUE(p::import_staff_file(office.session(), office.store().staff(), demo / "personal.csv", options).rejections.empty());
    office.accounts().create({"rosa", {d::Role::capturista}, {}, "clave de rosa 1"});
    office.accounts().create({"rita", {d::Role::revisor_juridico}, {}, "clave de rita 1"});

    // The clerk's desk drafts and sends it to review.
    auto rosa = gui::open_server_workspace(place, "rosa", "clave de rosa 1");
    ASSERT_TRUE(rosa.workspace) << rosa.problem;
    const auto tmpl = p::load_template("imss-bienestar-honorarios");
    p::DraftRequest request;
    request.tmpl = &tmpl;
    request.person_key = "GOPL850715MGRMRR05";
    request.extra = *document::parse_json_data(
                         document::read_file(PACTA_FIXTURES_DIR "/datos/contrato-imss-extra.json").value_or(""), "extra")
                         .value;
    request.today = *d::Date::from_ymd(2024, 1, 20);
    const auto folio = rosa.workspace->office->contracts().draft(request).folio;

    // The reviewer at hers: a wrong password first.
    const auto refused = gui::open_server_workspace(place, "rita", "equivocada");
    EXPECT_FALSE(refused.workspace);
    EXPECT_NE(refused.problem.find("contraseña"), std::string::npos) << refused.problem;
    const auto nowhere = gui::open_server_workspace({p::OfficePlace::Kind::office_server, "127.0.0.1:1", "pacta"}, "rita",
                                                    "clave de rita 1");
    EXPECT_FALSE(nowhere.workspace);
    EXPECT_NE(nowhere.problem.find("no responde"), std::string::npos) << nowhere.problem;

    auto rita = gui::open_server_workspace(place, "rita", "clave de rita 1");
    ASSERT_TRUE(rita.workspace) << rita.problem;
    auto* frame = new gui::MainFrame(*rita.workspace);
    frame->SetSize(1024, 700);
    frame->Show();
    frame->show_screen(gui::MainFrame::home);
    settle();
    const auto listed_for_review = [&] {
        for (const auto& group : frame->home_panel()->model().attention()) {
            if (group.kind != p::AttentionKind::legal_review) continue;
            for (const auto& item : group.items) {
                if (item.folio == folio) return true;
            }
        }
        return false;
    };
    EXPECT_FALSE(listed_for_review());
    EXPECT_FALSE(frame->follow_office());  // nothing changed elsewhere yet
    EXPECT_GT(screenshot("servidor-inicio-antes"), 10'000U);

    // The clerk, at her own desk and in her own process, sends it to review: Inicio follows.
    const std::string command = "PACTA_SERVIDOR=\"" + p::server_conninfo(place) +
                                "\" PACTA_USUARIO=rosa PACTA_CLAVE='clave de rosa 1' '" PACTA_CLI "' contrato mover " +
                                folio + " en_revision >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    for (int wait = 0; wait < 50 && !frame->follow_office(); ++wait) settle();
    settle();
    EXPECT_TRUE(listed_for_review()) << "Inicio does not list " << folio << " for legal review";
    EXPECT_GT(screenshot("servidor-inicio-revisora"), 10'000U);

    frame->open_contract(folio);
    settle();
    // A reviewer is offered what a reviewer may do: no «Corregir los datos…» on the contract,
    // no «Nuevo contrato» or «Respaldar» in the menu.
    EXPECT_EQ(button_labelled(frame->contract_panel(), "Corregir los datos…"), nullptr);
    EXPECT_EQ(frame->GetMenuBar()->FindMenuItem("Archivo", "Nuevo contrato..."), wxNOT_FOUND);
    EXPECT_EQ(frame->GetMenuBar()->FindMenuItem("Archivo", "Respaldar la base de datos…"), wxNOT_FOUND);
    EXPECT_NE(frame->GetMenuBar()->FindMenuItem("Archivo", "Cerrar sesión"), wxNOT_FOUND);
    auto* approve = button_labelled(frame->contract_panel(), "Aprobar");
    ASSERT_NE(approve, nullptr);
    wxCommandEvent click(wxEVT_BUTTON, approve->GetId());
    click.SetEventObject(approve);
    approve->GetEventHandler()->ProcessEvent(click);
    settle();
    // The result stays visible under the buttons.
    EXPECT_EQ(gui::from_wx(frame->contract_panel()->problem()), "Hecho: el contrato quedó «aprobado».");
    EXPECT_EQ(rita.workspace->lifecycle.status(folio)->state, d::ContractState::aprobado);
    EXPECT_GT(screenshot("servidor-contrato-aprobado"), 10'000U);
    frame->Destroy();
    settle();
    fs::remove_all(dir);
}

}  // namespace
