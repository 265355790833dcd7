// One source of truth for what is on screen: a contract moved from one window is seen moved
// on every screen that shows it, the selection stays on it, a step that no longer applies is
// refused beside the buttons in the user's words, and contracts recorded from a spreadsheet
// are listed at once. Screenshots in test-artefacts/gui/ at 1024×700.
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/listbox.h>

#include <algorithm>
#include <fstream>

#include "audit_panel.h"
#include "contract_panel.h"
#include "home_panel.h"
#include "list_panel.h"
#include "main_frame.h"
#include "payments_panel.h"
#include "wx_text.h"
#include "../presentation/support/memory_repositories.h"
#include "gui_support.h"
#include "pacta/document/csv.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/presentation/contracts/contract_drafting.h"
#include "pacta/presentation/contracts/contract_import.h"
#include "pacta/presentation/contracts/contract_list_screen.h"
#include "pacta/presentation/contracts/contract_screen.h"

namespace {

namespace fs = std::filesystem;
using namespace pacta;
using namespace pacta::gui_testing;
using presentation::ContractListViewModel;

// The row of Contratos showing `folio`, if listed.
std::optional<std::size_t> row_of(const ContractListViewModel& list, const std::string& folio) {
    for (std::size_t row = 0; row < list.list.count(); ++row) {
        if (list.folio_at(row) == folio) return row;
    }
    return std::nullopt;
}

TEST(GuiRefresh, AMoveMadeInOneWindowShowsOnEveryScreenAndAStaleStepIsRefusedBesideItsButton) {
    auto office = open_office("gui-refresh");
    ASSERT_TRUE(office.ws);
    auto& ws = office.ws;
    const auto& folio = office.folio;
    auto* frame = new gui::MainFrame(*ws);
    frame->SetSize(1024, 700);
    frame->Show();

    // Every screen read once before the change, as a person who has been working would have.
    frame->show_screen(gui::MainFrame::contracts);
    auto row = row_of(frame->contract_list(), folio);
    ASSERT_TRUE(row);
    EXPECT_EQ(frame->contract_list().list.cell(*row, ContractListViewModel::state), "borrador");
    auto* list = frame->contract_list_panel()->list_ctrl();
    list->SetItemState(static_cast<long>(*row), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    frame->show_screen(gui::MainFrame::audit);
    const std::size_t audit_rows = frame->audit_panel()->model().total();
    frame->show_screen(gui::MainFrame::home);
    for (const auto& group : frame->home_panel()->model().attention()) {
        EXPECT_NE(group.kind, presentation::AttentionKind::legal_review) << group.title;
    }
    frame->show_screen(gui::MainFrame::payments);
    const std::size_t instalments = frame->payments_panel()->model().count();
    frame->open_contract(folio);
    auto* panel = frame->contract_panel();
    auto* send = button_labelled(panel, "Enviar a revisión jurídica");
    ASSERT_NE(send, nullptr);

    // Another window sends it to review while this one still offers to.
    presentation::ContractViewModel other(ws->session(), ws->lifecycle);
    other.load(folio);
    ASSERT_TRUE(other.move(0, "")) << other.error();

    wxCommandEvent click(wxEVT_BUTTON, send->GetId());
    click.SetEventObject(send);
    send->GetEventHandler()->ProcessEvent(click);
    settle();
    const std::string problem = gui::from_wx(panel->problem());
    EXPECT_EQ(problem.rfind("El contrato no se movió: mientras tanto pasó a «en revisión jurídica»", 0), 0U) << problem;
    EXPECT_EQ(problem.find("pacta-cli"), std::string::npos) << problem;
    EXPECT_EQ(problem.find("en_revision"), std::string::npos) << problem;
    EXPECT_EQ(button_labelled(panel, "Enviar a revisión jurídica"), nullptr);  // it shows where the contract is now
    EXPECT_GT(screenshot("contrato-paso-rechazado"), 10'000U);

    // Contratos: its state, its filter, and still the selected row.
    frame->show_screen(gui::MainFrame::contracts);
    row = row_of(frame->contract_list(), folio);
    ASSERT_TRUE(row);
    EXPECT_EQ(frame->contract_list().list.cell(*row, ContractListViewModel::state), "en revisión jurídica");
    auto& filtered = const_cast<ContractListViewModel&>(frame->contract_list());
    filtered.list.set_filter(ContractListViewModel::state, "borrador");
    EXPECT_FALSE(row_of(filtered, folio));
    filtered.list.set_filter(ContractListViewModel::state, "en revisión jurídica");
    EXPECT_TRUE(row_of(filtered, folio));
    filtered.list.set_filter(ContractListViewModel::state, "");
    frame->contract_list_panel()->refresh();
    row = row_of(frame->contract_list(), folio);
    ASSERT_TRUE(row);
    EXPECT_EQ(list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED), static_cast<long>(*row));
    EXPECT_GT(screenshot("contratos-tras-cambio-de-estado"), 10'000U);
    // Inicio: waiting for legal review.
    frame->show_screen(gui::MainFrame::home);
    bool waiting = false;
    for (const auto& group : frame->home_panel()->model().attention()) {
        if (group.kind != presentation::AttentionKind::legal_review) continue;
        for (const auto& item : group.items) waiting = waiting || item.folio == folio;
    }
    EXPECT_TRUE(waiting);
    // Auditoría: the move is its newest row, counted in its header.
    frame->show_screen(gui::MainFrame::audit);
    auto& audit = frame->audit_panel()->model();
    EXPECT_GT(audit.total(), audit_rows);
    EXPECT_EQ(audit.cell(0, presentation::AuditViewModel::id), folio);
    EXPECT_NE(gui::from_wx(frame->audit_panel()->count_text()).find(std::to_string(audit.total())), std::string::npos);
    EXPECT_GT(screenshot("auditoria-tras-cambio-de-estado"), 10'000U);
    // Pagos: the same schedule, read again.
    frame->show_screen(gui::MainFrame::payments);
    EXPECT_EQ(frame->payments_panel()->model().count(), instalments);
    EXPECT_GT(screenshot("pagos-tras-cambio-de-estado"), 10'000U);

    // Archivo › Registrar contratos desde una hoja records through the import service; the
    // contracts are in Contratos the moment it is shown.
    const auto tmpl = presentation::load_template("imss-bienestar-honorarios");
    const auto institution = ws->institutions.find("imss-bienestar-gro");
    ASSERT_TRUE(institution);
    presentation::ContractImportRequest request;
    request.tmpl = &tmpl;
    request.institution_code = institution->code;
    request.today = *domain::Date::from_ymd(2024, 1, 20);
    const auto extra = document::parse_json_data(
        document::read_file(PACTA_FIXTURES_DIR "/datos/contrato-imss-extra.json").value_or(""), "extra");
    ASSERT_TRUE(extra.value);
    request.common = *extra.value;
    for (const auto& choice : presentation::signatory_choices(tmpl.tmpl.info, *institution, request.today)) {
        if (choice.options.size() > 1) request.signatories[choice.role] = choice.options.front().first;
    }
    const auto rosa = presentation::testing_support::rosa_ramirez();
    request.table = document::parse_csv("persona,prestador.rfc\n" + rosa.key() + "," + rosa.rfc +
                                            "\nHEGG560427HVZRRL04,MUPJ560427AB1\n",
                                        "campana.csv");
    const auto report = ws->office->contract_import().import(request);
    ASSERT_EQ(report.recorded, 2U) << presentation::contract_import_summary(report);
    frame->show_screen(gui::MainFrame::contracts);
    EXPECT_EQ(frame->contract_list().list.total(), 3U);
    for (const auto& imported : report.rows) EXPECT_TRUE(row_of(frame->contract_list(), imported.folio)) << imported.folio;
    EXPECT_GT(screenshot("contratos-tras-registrar-hoja"), 10'000U);

    frame->Destroy();
    settle();
    ws.reset();
    fs::remove_all(office.dir);
}

// The contract's files are listed by kind, name and date, and opened from the list: here the
// copy the model hands the system's viewer is the file as generated.
TEST(GuiRefresh, TheContractViewListsItsFilesAndOpensThem) {
    auto office = open_office("gui-files");
    ASSERT_TRUE(office.ws);
    auto& ws = office.ws;
    const auto& folio = office.folio;
    const fs::path written = fs::path(PACTA_ARTEFACTS_DIR) / "gui-files" / "contrato.pdf";
    fs::create_directories(written.parent_path());
    (void)ws->office->contracts().generate(folio, written, std::nullopt);
    auto* frame = new gui::MainFrame(*ws);
    frame->SetSize(1024, 700);
    frame->Show();
    settle();
    frame->open_contract(folio);
    settle();
    auto* files = frame->contract_panel()->file_list();
    ASSERT_EQ(files->GetCount(), 1U);
    const std::string line = gui::from_wx(files->GetString(0));
    EXPECT_EQ(line.rfind("Contrato completo · contrato.pdf · ", 0), 0U) << line;
    EXPECT_NE(button_labelled(frame->contract_panel(), "&Abrir el archivo"), nullptr);
    EXPECT_GT(screenshot("contrato-archivos"), 10'000U);
    auto& model = frame->contract_view();
    const auto opened = model.open_document(0);
    ASSERT_TRUE(opened) << model.error();
    EXPECT_EQ(document::read_file(*opened), document::read_file(written));
    frame->Destroy();
    settle();
    ws.reset();
    fs::remove_all(office.dir);
}

}  // namespace
