// The desktop application under Xvfb: a temporary database set up through the first-start
// view-model with the reference office, real staff and a contract from the bundled template;
// log in; open every screen of the main window and the contract view; move the contract to
// legal review through its button's view-model; save a screenshot of each screen
// (ImageMagick's `import`) as a test artefact a person can look at.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <unistd.h>
#include <wx/html/htmlwin.h>
#include <wx/menu.h>
#include <wx/app.h>
#include <wx/evtloop.h>
#include <wx/init.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include <wx/fileconf.h>
#include <wx/bookctrl.h>
#include <wx/ctrlsub.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/srchctrl.h>
#include <wx/textctrl.h>

#include "gui_locale.h"
#include "gui_support.h"
#include "gui_workspace.h"
#include "contract_wizard_dialog.h"
#include "wx_text.h"
#include "../presentation/support/memory_repositories.h"
#include "help_windows.h"
#include "list_panel.h"
#include "window_geometry.h"
#include "main_frame.h"
#include "audit_panel.h"
#include "rows_provider_ctrl.h"
#include "home_panel.h"
#include "long_task.h"
#include "payments_panel.h"
#include "review_dialog.h"
#include "templates_panel.h"
#include "termination_dialog.h"
#include "pacta/presentation/review/review_screen.h"
#include "settings_panel.h"
#include "isr_tariffs_page.h"
#include "signatory_editor_dialog.h"
#include "staff_editor_dialog.h"
#include "pacta/presentation/institutions/institution_settings_screen.h"
#include "pacta/presentation/institutions/signatory_editor_screen.h"
#include "pacta/presentation/staff/staff_transfer.h"
#include "pacta/presentation/staff/staff_editor_screen.h"
#include "pacta/presentation/contracts/contract_wizard_screen.h"
#include "pacta/document/generate.h"
#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/contracts/contract_drafting.h"
#include "pacta/presentation/session/login_screen.h"
#include "pacta/presentation/contracts/contract_screen.h"
#include "pacta/presentation/institutions/signatory_list_screen.h"

namespace {

namespace fs = std::filesystem;
using namespace pacta;
using namespace pacta::gui_testing;

TEST(Gui, EveryScreenOpensWithRealDataAndAContractMoves) {
    auto office = open_office("gui");
    ASSERT_TRUE(office.ws) << "the office could not be set up";
    auto& ws = office.ws;
    const auto& dir = office.dir;
    const auto& folio = office.folio;
    auto* frame = new gui::MainFrame(*ws);
    frame->Show();
    EXPECT_EQ(frame->current(), gui::MainFrame::home);
    EXPECT_EQ(frame->home_panel()->model().months().back().month, "2024-03");  // PACTA_FECHA_HOY
    frame->show_screen(gui::MainFrame::contracts);
    EXPECT_GT(screenshot("contratos"), 10'000U);
    frame->show_screen(gui::MainFrame::staff);
    EXPECT_GT(screenshot("personal"), 10'000U);
    frame->show_screen(gui::MainFrame::signatories);
    EXPECT_GT(screenshot("firmantes"), 10'000U);
    frame->show_screen(gui::MainFrame::payments);
    EXPECT_EQ(frame->payments_panel()->model().count(), 5U);  // the draft's schedule
    EXPECT_GT(screenshot("pagos"), 10'000U);
    auto* totals = new gui::TableDialog(frame, "Totales",
                                        frame->payments_panel()->model().summary(presentation::SummaryKey::month,
                                                                                 "2024-01", "2024-12"));
    totals->Show();
    EXPECT_GT(screenshot("pagos-totales"), 10'000U);
    totals->Destroy();
    // Ending the contract early: the settlement is computed before anything is stored; this
    // one is still a draft, so the answer is the lifecycle's refusal, shown in the dialog.
    auto* ending = new gui::TerminationDialog(frame, *ws, folio);
    ending->Show();
    EXPECT_FALSE(ending->calculate());
    EXPECT_GT(screenshot("pagos-terminacion"), 10'000U);
    ending->Destroy();
    frame->show_screen(gui::MainFrame::templates);
    EXPECT_GT(screenshot("plantillas"), 10'000U);
    // The editor: an undeclared field is listed with its line and column; the preview
    // shows the example contract until then.
    auto& templates = frame->templates_panel()->model();
    std::size_t honorarios = 0;
    while (honorarios < templates.list.count() &&
           templates.list.cell(honorarios, presentation::TemplateEditorViewModel::id) != "imss-bienestar-honorarios") {
        ++honorarios;
    }
    ASSERT_TRUE(templates.open(honorarios)) << templates.error();
    auto* template_editor = new gui::TemplateEditorDialog(frame, templates);
    template_editor->Show();
    EXPECT_GT(screenshot("plantilla-editor"), 10'000U);
    template_editor->Destroy();
    templates.set_text(templates.text() + "\n{{ campo_inexistente }}\n");
    template_editor = new gui::TemplateEditorDialog(frame, templates);
    template_editor->Show();
    EXPECT_TRUE(templates.has_errors());
    EXPECT_GT(screenshot("plantilla-editor-con-error"), 10'000U);
    template_editor->Destroy();
    frame->show_screen(gui::MainFrame::audit);
    EXPECT_GT(frame->audit_panel()->model().size(), 5U);  // setup, staff, the contract, the login...
    EXPECT_FALSE(frame->audit_panel()->model().verified());  // only on demand
    EXPECT_EQ(frame->audit_panel()->list_ctrl()->GetItemCount(), static_cast<int>(frame->audit_panel()->model().size()));
    EXPECT_GT(screenshot("auditoria"), 10'000U);
    frame->audit_panel()->verify();  // on a worker thread, with its progress dialog
    EXPECT_TRUE(frame->audit_panel()->model().intact());
    EXPECT_GT(screenshot("auditoria-verificada"), 10'000U);
    frame->show_screen(gui::MainFrame::settings);
    EXPECT_GT(screenshot("configuracion-institucion"), 10'000U);
    // institution, users, ISR tables (a Mexican institution), preferences
    ASSERT_EQ(frame->settings_panel()->pages()->GetPageCount(), 4U);
    frame->settings_panel()->pages()->SetSelection(1);
    EXPECT_GT(screenshot("configuracion-usuarios"), 10'000U);
    // A table for 2027 imported from a file shaped like the bundled ones (preview skipped).
    {
        EXPECT_EQ(import_isr_table(frame->settings_panel(), dir, 2027), "");
        const auto lines = frame->settings_panel()->isr_page()->model().year_lines();
        EXPECT_NE(std::find(lines.begin(), lines.end(), "2027 · importada en Configuración"), lines.end());
        settle();
        EXPECT_GT(screenshot("configuracion-isr"), 10'000U);
    }
    frame->settings_panel()->pages()->SetSelection(3);
    EXPECT_GT(screenshot("configuracion-preferencias"), 10'000U);
    EXPECT_FALSE(frame->settings_panel()->modified());

    // A signatory's powers ending before they start: the message beside the field.
    presentation::SignatoryListViewModel signatories(ws->session(), ws->institutions);
    signatories.reload();
    ASSERT_GT(signatories.list.count(), 0U);
    presentation::SignatoryEditorViewModel signatory(ws->session(), ws->institutions, signatories.institution_at(0),
                                                     signatories.code_at(0));
    signatory.set("vigente_hasta", "2000-01-01");
    auto* signatory_dialog = new gui::SignatoryEditorDialog(frame, signatory);
    signatory_dialog->Show();
    EXPECT_GT(screenshot("firmante-con-error"), 10'000U);
    EXPECT_FALSE(signatory.error("vigente_hasta").empty());
    EXPECT_TRUE(signatory.modified());
    signatory_dialog->Destroy();

    // An import as long work: the progress dialog shows while a worker thread stores the
    // people; the lists reload after it.
    const fs::path sheet = dir / "personal.csv";
    std::ofstream(sheet) << "nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,curp,categoria,regimen\n"
                            "María Luisa,Martínez,Martínez,M,1990-03-12,MAMM900312MGRRRR03,asistencial,honorarios\n";
    presentation::StaffImportReport imported;
    bool progress_shot = false;
    const auto outcome = gui::run_long_task(
        frame, "Importar personal", "personal.csv", 0, [&](const domain::ProgressReport& progress, const auto& set_total) {
            // The screenshot from the worker: the window thread is busy showing the dialog.
            std::this_thread::sleep_for(std::chrono::milliseconds(600));
            const std::string shot = "import -window root '" PACTA_ARTEFACTS_DIR "/gui/progreso-importacion.png' 2>/dev/null";
            progress_shot = std::system(shot.c_str()) == 0;
            presentation::StaffImportOptions options;
            options.institution_code = "imss-bienestar-gro";
            imported = presentation::import_staff_file(ws->session(), ws->staff, sheet, options, set_total, progress);
        });
    EXPECT_FALSE(outcome.cancelled);
    EXPECT_FALSE(outcome.error);
    EXPECT_TRUE(progress_shot);
    EXPECT_TRUE(imported.imported);
    EXPECT_EQ(imported.stored.created, 1U);
    frame->reload_staff();
    frame->show_screen(gui::MainFrame::staff);
    EXPECT_GT(screenshot("personal-tras-importar"), 10'000U);
    // Cancelling: the work hears «stop» and nothing is kept.
    const auto cancelled = gui::run_long_task(frame, "Prueba", "cancelar", 10,
                                              [](const domain::ProgressReport& progress, const auto&) {
                                                  if (!progress(1)) throw domain::Cancelled();
                                              });
    EXPECT_FALSE(cancelled.cancelled);  // nobody pressed «Cancelar»
    frame->open_contract(folio);
    EXPECT_EQ(frame->current(), gui::MainFrame::contract_detail);
    presentation::ContractViewModel shown(ws->session(), ws->lifecycle, &ws->instalments);
    shown.load(folio);
    EXPECT_EQ(shown.instalment_lines().size(), 5U);
    EXPECT_FALSE(shown.audit_lines().empty());
    // The summary at the top: who, how much, when.
    EXPECT_NE(shown.summary_line().find("$68,858.30 en 5 exhibiciones · del 01/02/2024 al 30/06/2024"), std::string::npos)
        << shown.summary_line();
    EXPECT_GT(screenshot("contrato"), 10'000U);
    // While it is a draft, «Corregir los datos…» opens the wizard at its data, under its folio.
    presentation::ContractWizardViewModel correction(ws->session(), ws->staff, ws->institutions, ws->drafts,
                                                     document::TemplateLibrary(PACTA_SOURCE_DIR "/document/plantillas"),
                                                     *domain::Date::from_ymd(2024, 1, 20));
    const auto stored = ws->contracts.find(folio);
    ASSERT_TRUE(stored);
    ASSERT_TRUE(correction.edit(folio, *stored)) << correction.error();
    auto* correcting = new gui::ContractWizardDialog(frame, correction, dir / "contratos", {});
    correcting->Show();
    EXPECT_EQ(gui::from_wx(correcting->GetTitle()), "Corregir el contrato " + folio);
    EXPECT_GT(screenshot("contrato-corregir"), 10'000U);
    correcting->Destroy();

    // The contract's first button sends it to legal review, as a click would.
    presentation::ContractViewModel contract(ws->session(), ws->lifecycle);
    contract.load(folio);
    ASSERT_FALSE(contract.moves().empty());
    EXPECT_EQ(contract.move_labels().front(), "Enviar a revisión jurídica");
    EXPECT_TRUE(contract.move(0, "")) << contract.error();
    EXPECT_EQ(contract.state_label(), "en revisión jurídica");
    EXPECT_EQ(contract.moved_line(), "Hecho: el contrato quedó «en revisión jurídica».");
    frame->open_contract(folio);
    EXPECT_GT(screenshot("contrato-en-revision"), 10'000U);
    // Every other screen shows the move made on the contract view: Contratos lists it «en
    // revisión jurídica» the moment it is shown, without a restart.
    frame->show_screen(gui::MainFrame::contracts);
    const auto& listed = frame->contract_list();
    bool listed_once = false;
    for (std::size_t row = 0; row < listed.list.count(); ++row) {
        if (listed.folio_at(row) != folio) continue;
        EXPECT_EQ(listed.list.cell(row, presentation::ContractListViewModel::state), "en revisión jurídica");
        listed_once = true;
    }
    EXPECT_TRUE(listed_once);
    EXPECT_GT(screenshot("contratos-tras-enviar-a-revision"), 10'000U);
    // The legal review window: a reviewer comments on a clause, a checklist point waits, and
    // the comparison with the approved library is drawn as a redline.
    (void)ws->review_checklist.add_item("imss-bienestar-honorarios", "El RFC coincide con la constancia de situación fiscal",
                                        "rita");
    domain::LibraryClause wording;
    wording.key = "capacidad";
    wording.title = "Capacidad";
    wording.text = "**\"EL PRESTADOR DE LOS SERVICIOS\"** se obliga a aplicar su capacidad y sus conocimientos con diligencia.";
    const int version = ws->clauses.add(wording, "rita");
    ASSERT_TRUE(ws->clauses.set_status("capacidad", version, domain::ClauseStatus::borrador, domain::ClauseStatus::aprobada,
                                       "raul"));
    const presentation::Session rita(presentation::testing_support::account_with("rita", {domain::Role::revisor_juridico}),
                                     ws->audit);
    presentation::ReviewViewModel review(rita, ws->contracts, ws->lifecycle, ws->review_comments, ws->review_checklist,
                                         ws->clauses);
    review.load(folio);
    ASSERT_TRUE(review.comment(1, "Precisar qué daños y perjuicios.")) << review.error();
    auto* review_dialog = new gui::ReviewDialog(frame, review, folio);
    review_dialog->Show();
    EXPECT_NE(review.approval_blocker(), "");
    EXPECT_GT(screenshot("revision-juridica"), 10'000U);
    review_dialog->show_redline();
    EXPECT_NE(presentation::redline_text(review.redline()).find("{+"), std::string::npos);
    auto* pages = dynamic_cast<wxNotebook*>(review_dialog->GetChildren().GetFirst()->GetData());
    ASSERT_NE(pages, nullptr);
    pages->SetSelection(2);
    EXPECT_GT(screenshot("revision-comparacion"), 10'000U);
    review_dialog->Destroy();
    // Returning it without a reason is refused in the screen's words, naming no option of pacta-cli.
    presentation::ContractViewModel as_reviewer(rita, ws->lifecycle);
    as_reviewer.load(folio);
    const auto labels = as_reviewer.move_labels();
    const auto back = std::find(labels.begin(), labels.end(), "Devolver con observaciones");
    ASSERT_NE(back, labels.end());
    EXPECT_FALSE(as_reviewer.move(static_cast<std::size_t>(back - labels.begin()), "  "));
    EXPECT_EQ(as_reviewer.error(), "escriba el motivo para «Devolver con observaciones»: queda en la historia del contrato.");

    // Inicio now lists it for legal review (ana is also an administrator), with the charts.
    frame->show_screen(gui::MainFrame::home);
    ASSERT_FALSE(frame->home_panel()->model().attention().empty());
    EXPECT_EQ(frame->home_panel()->model().attention().front().items.front().folio, folio);
    EXPECT_GT(screenshot("inicio"), 10'000U);

    // The contract wizard, end to end to a PDF on disk: the dialog shows each step of its
    // view-model, driven here as a clerk would (choose, type, next), with a screenshot each.
    presentation::ContractWizardViewModel wizard(ws->session(), ws->staff, ws->institutions, ws->drafts,
                                                 document::TemplateLibrary(PACTA_SOURCE_DIR "/document/plantillas"), *domain::Date::from_ymd(2024, 1, 20));
    const fs::path draft_file = dir / "borradores" / "asistente-ana.json";
    auto* dialog = new gui::ContractWizardDialog(frame, wizard, dir / "contratos", draft_file);
    dialog->Show();
    EXPECT_GT(screenshot("asistente-1-persona"), 10'000U);
    // By keyboard: the name typed in the search, then Enter takes the one person it leaves.
    auto* search = dialog->people_panel()->search_box();
    search->SetValue("munoz");
    ASSERT_EQ(wizard.people.list.count(), 1U);
    wxCommandEvent enter(wxEVT_SEARCH, search->GetId());
    enter.SetEventObject(search);
    search->GetEventHandler()->ProcessEvent(enter);
    ASSERT_EQ(wizard.step(), presentation::ContractWizardViewModel::Step::template_choice) << wizard.error();
    dialog->show_step();
    EXPECT_TRUE(fs::exists(draft_file));  // kept from the first choice on, in case the app is killed
    EXPECT_GT(screenshot("asistente-2-plantilla"), 10'000U);
    ASSERT_TRUE(wizard.choose_template("imss-bienestar-honorarios")) << wizard.error();
    wizard.set_field("vigencia.fin", "2024-02-30");  // a mistake, shown in red beside its field
    dialog->show_step();
    EXPECT_GT(screenshot("asistente-3-datos-con-error"), 10'000U);
    // A fee of zero typed, then the field left: the message appears beside it at once.
    {
        auto* fee = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("honorarios.total", dialog));
        ASSERT_NE(fee, nullptr);
        fee->SetValue("0");
        wxFocusEvent leave(wxEVT_KILL_FOCUS, fee->GetId());
        leave.SetEventObject(fee);
        fee->GetEventHandler()->ProcessEvent(leave);
        settle();
        std::string fee_error;
        for (const auto& f : wizard.fields()) {
            if (f.path == "honorarios.total") fee_error = f.error;
        }
        EXPECT_NE(fee_error.find("mayor que cero"), std::string::npos) << fee_error;
        EXPECT_GT(screenshot("asistente-3-honorario-cero"), 10'000U);
        fee->SetValue("68858.30");
        fee->GetEventHandler()->ProcessEvent(leave);
        settle();
    }
    wizard.set_field("vigencia.fin", "2024-06-30");
    EXPECT_FALSE(wizard.fields_done());  // José's record has no RFC, which this template requires
    wizard.set_field("prestador.rfc", "MUPJ560427AB1");
    ASSERT_TRUE(wizard.fields_done()) << wizard.error();
    dialog->show_step();
    EXPECT_GT(screenshot("asistente-4-firmantes"), 10'000U);
    ASSERT_TRUE(wizard.signatories_done()) << wizard.error();
    dialog->show_step();
    EXPECT_GT(screenshot("asistente-5-revision"), 10'000U);
    const auto drafted = wizard.finish(dir / "contratos");
    ASSERT_TRUE(drafted) << wizard.error();
    dialog->show_step();
    EXPECT_GT(screenshot("asistente-6-listo"), 10'000U);
    EXPECT_FALSE(fs::exists(draft_file));  // finished: nothing left to resume
    EXPECT_TRUE(fs::exists(wizard.written_pdf()));
    EXPECT_GT(fs::file_size(wizard.written_pdf()), 20'000U);
    EXPECT_TRUE(ws->contracts.find(*drafted).has_value());
    dialog->Destroy();

    // The staff editor: a CURP typed wrong shows its message beside the field.
    presentation::StaffEditorViewModel editor(ws->session(), ws->staff, "imss-bienestar-gro", *domain::Date::from_ymd(2024, 6, 1));
    editor.set("nombre", "María Luisa");
    editor.set("primer_apellido", "Martínez");
    editor.set("fecha_nacimiento", "1990-03-12");
    editor.set("curp", "MAMM900312MGRRRR04");
    auto* person = new gui::StaffEditorDialog(frame, editor);
    person->Show();
    EXPECT_GT(screenshot("persona-curp-con-error"), 10'000U);
    EXPECT_FALSE(editor.error("curp").empty());
    person->Destroy();
    // The window opens as it was left, to the pixel: the client area is kept, so a window
    // manager's frame is not added again at each start.
    frame->SetClientSize(900, 600);
    settle();
    gui::save_geometry(frame, "principal");
    auto* reopened = new gui::MainFrame(*ws);
    reopened->Show();
    settle();
    EXPECT_EQ(reopened->GetClientSize(), wxSize(900, 600));
    gui::save_geometry(reopened, "principal");
    reopened->Destroy();
    auto* third = new gui::MainFrame(*ws);
    EXPECT_EQ(third->GetClientSize(), wxSize(900, 600));  // and again: it does not grow
    EXPECT_TRUE(third->GetIcon().IsOk());  // Pacta's own icon, not GTK's broken image
    third->Destroy();
    settle();
    // Ayuda › Manual de uso: the manual shipped with Pacta, offline, beside the main window.
    auto* manual = gui::show_manual(frame);
    settle();
    auto* page = dynamic_cast<wxHtmlWindow*>(manual->FindWindow("manual"));
    ASSERT_NE(page, nullptr);
    EXPECT_NE(page->ToText().Find(wxString::FromUTF8("Guía del usuario")), wxNOT_FOUND);
    EXPECT_GT(screenshot("ayuda-manual"), 10'000U);
    manual->Destroy();
    // Archivo › Cerrar sesión hands the window back to the application (which asks who logs in).
    bool logged_out = false;
    frame->on_log_out([&] { logged_out = true; });
    const int log_out_item = frame->GetMenuBar()->FindMenuItem("Archivo", "Cerrar sesión");
    ASSERT_NE(log_out_item, wxNOT_FOUND);
    wxCommandEvent chosen(wxEVT_MENU, log_out_item);
    frame->GetEventHandler()->ProcessEvent(chosen);
    settle();
    EXPECT_TRUE(logged_out);
    frame->Destroy();
    settle();
    ws.reset();
    fs::remove_all(dir);
}

}  // namespace
