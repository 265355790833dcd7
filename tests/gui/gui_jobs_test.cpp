// The three jobs, each in its own desktop session at 1024×700 and through the desktop's own
// windows, with real keystrokes (XTest under Xvfb) where a person would type: the clerk drafts
// a 2027 contract with the wizard (warned that 2027 has no ISR table yet) and sends it to legal
// review; the reviewer extends the checklist, confirms it and approves; finance finds the
// payment refused in its preview until the administrator imports the 2027 table, then pays and
// sees the withholding. Screenshots after every step in test-artefacts/jobs/.
#include <gtest/gtest.h>
#include <wx/bmpbuttn.h>
#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choicdlg.h>
#include <wx/datectrl.h>
#include <wx/editlbox.h>
#include <wx/frame.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/srchctrl.h>
#include <wx/textctrl.h>

#include <cstdlib>

#include "contract_panel.h"
#include "contract_wizard_dialog.h"
#include "gui_support.h"
#include "home_panel.h"
#include "isr_tariffs_page.h"
#include "list_panel.h"
#include "main_frame.h"
#include "paged_list_ctrl.h"
#include "payments_panel.h"
#include "settings_panel.h"
#include "wx_text.h"

namespace {

namespace fs = std::filesystem;
using namespace pacta;
using namespace pacta::gui_testing;
using Step = presentation::ContractWizardViewModel::Step;

const std::string folder = "jobs";

// A desktop session of `user`: the main window as the application opens it after the login.
gui::MainFrame* log_in(gui::GuiWorkspace& ws, const std::string& user, const std::string& password) {
    const auto result = ws.office->log_in(user, password);
    EXPECT_TRUE(result.user) << user;
    auto* frame = new gui::MainFrame(ws);
    frame->SetSize(1024, 700);
    frame->Show();
    frame->Raise();
    settle();
    return frame;
}

void close(gui::MainFrame* frame) {
    frame->Destroy();
    settle();
}

// Types `text` into `box` after selecting what it holds, then leaves it with Tab.
void retype(wxTextCtrl* box, const std::string& text) {
    ASSERT_NE(box, nullptr);
    box->SetFocus();
    box->SelectAll();
    settle();
    type_text(text);
    press_key(WXK_TAB);
}

void set_date(wxWindow* dialog, const std::string& path, int year, wxDateTime::Month month, int day) {
    auto* picker = dynamic_cast<wxDatePickerCtrl*>(wxWindow::FindWindowByName(path, dialog));
    ASSERT_NE(picker, nullptr) << path;
    picker->SetValue(wxDateTime(static_cast<wxDateTime::wxDateTime_t>(day), month, year));
}

std::string field_error(presentation::ContractWizardViewModel& model, const std::string& path) {
    for (const auto& f : model.fields()) {
        if (f.path == path) return f.error;
    }
    return "(no such field)";
}

wxButton* find_button(wxWindow* window, const std::string& label) {
    if (auto* button = dynamic_cast<wxButton*>(window); button != nullptr && gui::from_wx(button->GetLabel()) == label) {
        return button;
    }
    for (auto* child : window->GetChildren()) {
        if (auto* found = find_button(child, label)) return found;
    }
    return nullptr;
}

void click(wxButton* button) {
    ASSERT_NE(button, nullptr);
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(event);
    settle();
}

// The clerk: Ctrl+N, the person by her name and Enter, the template by the arrow keys, the
// data typed (a zero fee refused beside its field), the review warning of 2027's ISR table,
// the PDF written; then «Enviar a revisión jurídica» by the keyboard on the contract screen.
std::string clerk_drafts_and_sends_to_review(gui::GuiWorkspace& ws) {
    ::setenv("PACTA_FECHA_HOY", "2027-01-20", 1);
    auto* frame = log_in(ws, "carlos", "clave-de-carlos-1");
    press_key('2', wxMOD_CONTROL);
    EXPECT_EQ(frame->current(), gui::MainFrame::contracts);
    EXPECT_GT(screenshot("capturista-1-contratos", folder), 10'000U);

    std::string folio;
    when_modal("Contrato nuevo", [&](wxDialog& dialog) {
        auto& wizard = dynamic_cast<gui::ContractWizardDialog&>(dialog);
        auto& model = wizard.model();
        wizard.people_panel()->search_box()->SetFocus();
        settle();
        type_text("ramirez");
        press_key(WXK_RETURN);  // the one person the search leaves
        ASSERT_EQ(model.step(), Step::template_choice) << model.error();
        EXPECT_GT(screenshot("capturista-2-plantilla", folder), 10'000U);
        // Only Mexican templates for a Mexican institution; the fee contract by the arrow keys.
        const auto templates = model.templates();
        std::size_t wanted = templates.size();
        for (std::size_t i = 0; i < templates.size(); ++i) {
            EXPECT_NE(templates[i].id, "peru-locacion-servicios");
            if (templates[i].id == "imss-bienestar-honorarios") wanted = i;
        }
        ASSERT_LT(wanted, templates.size());
        auto* list = dynamic_cast<wxListBox*>(wxWindow::FindWindowByName("plantillas", &dialog));
        ASSERT_NE(list, nullptr);
        list->SetFocus();
        settle();
        press_key(WXK_HOME);
        for (std::size_t i = 0; i < wanted; ++i) press_key(WXK_DOWN);
        ASSERT_EQ(list->GetSelection(), static_cast<int>(wanted));
        press_key(WXK_RETURN);  // a chosen template goes on to its data
        ASSERT_EQ(model.step(), Step::fields) << model.error();

        // The data of a 2027 contract. A fee of zero is refused beside its field on leaving it.
        retype(dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("programa.ejercicio", &dialog)), "2027");
        set_date(&dialog, "vigencia.inicio", 2027, wxDateTime::Feb, 1);
        set_date(&dialog, "vigencia.fin", 2027, wxDateTime::Jun, 30);
        set_date(&dialog, "firma.fecha", 2027, wxDateTime::Jan, 29);
        auto* fee = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("honorarios.total", &dialog));
        retype(fee, "0");
        EXPECT_NE(field_error(model, "honorarios.total").find("mayor que cero"), std::string::npos)
            << field_error(model, "honorarios.total");
        EXPECT_NE(texts_of(&dialog).find("mayor que cero"), std::string::npos);
        EXPECT_GT(screenshot("capturista-3-honorario-cero", folder), 10'000U);
        click(find_button(&dialog, "&Siguiente >"));
        EXPECT_EQ(model.step(), Step::fields);  // not past a fee of zero
        EXPECT_NE(texts_of(&dialog).find("primero los campos marcados en rojo"), std::string::npos) << texts_of(&dialog);
        fee = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("honorarios.total", &dialog));
        retype(fee, "$70000");
        EXPECT_EQ(field_error(model, "honorarios.total"), "");
        EXPECT_EQ(gui::from_wx(fee->GetValue()), "70,000.00");  // as the institution writes amounts
        EXPECT_EQ(texts_of(&dialog).find("mayor que cero"), std::string::npos);  // cleared once fixed
        EXPECT_GT(screenshot("capturista-4-datos", folder), 10'000U);
        // An activity added as a row of its list: the list's «new» button, the text, Intro.
        auto* activities = dynamic_cast<wxEditableListBox*>(wxWindow::FindWindowByName("prestador.actividades", &dialog));
        ASSERT_NE(activities, nullptr);
        const int before = activities->GetListCtrl()->GetItemCount();
        activities->GetListCtrl()->SetFocus();
        settle();
        click(activities->GetNewButton());
        type_text("Apoyar las jornadas de vacunacion");
        press_key(WXK_RETURN);
        EXPECT_EQ(activities->GetListCtrl()->GetItemCount(), before + 1);
        EXPECT_GT(screenshot("capturista-4-actividades-y-firmas", folder), 10'000U);
        click(find_button(&dialog, "&Siguiente >"));
        ASSERT_EQ(model.step(), Step::signatories) << model.error();
        bool added = false;
        for (const auto& f : model.fields()) {
            added = added || (f.path == "prestador.actividades" && f.value.find("Apoyar las jornadas de vacunacion") != std::string::npos);
        }
        EXPECT_TRUE(added);
        EXPECT_GT(screenshot("capturista-5-firmantes", folder), 10'000U);
        click(find_button(&dialog, "&Siguiente >"));
        ASSERT_EQ(model.step(), Step::review) << model.error();
        // 2027 has no ISR table yet: said at drafting, in the review.
        bool warned = false;
        for (const auto& line : model.finding_lines()) warned = warned || line.find("todavía no hay tabla de ISR de 2027") != std::string::npos;
        EXPECT_TRUE(warned);
        EXPECT_GT(screenshot("capturista-6-revision-aviso-isr", folder), 10'000U);
        click(find_button(&dialog, "&Generar"));
        ASSERT_EQ(model.step(), Step::done) << model.error();
        EXPECT_TRUE(fs::exists(model.written_pdf()));
        folio = model.written_pdf().stem().string();
        EXPECT_GT(screenshot("capturista-7-listo", folder), 10'000U);
        click(find_button(&dialog, "&Cerrar"));
    });
    press_key('n', wxMOD_CONTROL);  // from wherever the focus is (here the sidebar)
    EXPECT_FALSE(folio.empty());
    if (folio.empty()) {
        close(frame);
        return folio;
    }

    // The contract screen: its summary, and «Enviar a revisión jurídica» pressed by the keyboard.
    frame->open_contract(folio);
    settle();
    auto* panel = frame->contract_panel();
    EXPECT_NE(texts_of(panel).find("$70,000.00"), std::string::npos) << texts_of(panel);
    auto* send = find_button(panel, "Enviar a revisión jurídica");
    EXPECT_NE(send, nullptr);
    if (send != nullptr) {
        send->SetFocus();
        settle();
        press_key(WXK_SPACE);
    }
    EXPECT_NE(texts_of(panel).find("Hecho: el contrato quedó «en revisión jurídica»."), std::string::npos)
        << texts_of(panel);
    EXPECT_EQ(find_button(panel, "Enviar a revisión jurídica"), nullptr);
    EXPECT_GT(screenshot("capturista-8-enviado-a-revision", folder), 10'000U);
    close(frame);
    return folio;
}

// The reviewer: Inicio lists the contract; its screen offers her no correction; in the review
// window she adds a checklist point, confirms it with the space bar, and approves.
void reviewer_approves(gui::GuiWorkspace& ws, const std::string& folio) {
    auto* frame = log_in(ws, "rita", "clave-de-rita-1");
    press_key('1', wxMOD_CONTROL);
    EXPECT_EQ(frame->current(), gui::MainFrame::home);
    bool listed = false;
    for (const auto& group : frame->home_panel()->model().attention()) {
        for (const auto& item : group.items) listed = listed || (group.kind == presentation::AttentionKind::legal_review && item.folio == folio);
    }
    EXPECT_TRUE(listed);
    EXPECT_GT(screenshot("revisora-1-inicio", folder), 10'000U);

    frame->open_contract(folio);
    settle();
    auto* panel = frame->contract_panel();
    EXPECT_EQ(find_button(panel, "Corregir los datos…"), nullptr);  // a reviewer does not draft
    EXPECT_NE(find_button(panel, "Aprobar"), nullptr);
    ASSERT_GT(panel->file_list()->GetCount(), 0U);
    EXPECT_NE(gui::from_wx(panel->file_list()->GetString(0)).find(folio + ".pdf"), std::string::npos)
        << gui::from_wx(panel->file_list()->GetString(0));
    EXPECT_GT(screenshot("revisora-2-contrato", folder), 10'000U);

    const std::string point = "La CLABE es de la persona prestadora";
    bool reviewed = false, asked = false;
    when_modal("Revisión jurídica de " + folio, [&](wxDialog& dialog) {
        reviewed = true;
        auto* pages = dynamic_cast<wxNotebook*>(dialog.GetChildren().GetFirst()->GetData());
        ASSERT_NE(pages, nullptr);
        pages->SetSelection(1);
        settle();
        EXPECT_NE(texts_of(&dialog).find("Nada impide"), std::string::npos);  // nothing to confirm yet
        when_modal("Agregar un punto", [&](wxDialog& ask) {
            asked = true;
            type_text(point);  // the box has the focus
            EXPECT_GT(screenshot("revisora-3-punto-nuevo", folder), 10'000U);
            ask.EndModal(wxID_OK);
        });
        click(find_button(&dialog, "Agregar un pu&nto…"));
        wxCheckListBox* checklist = nullptr;
        for (auto* child : pages->GetPage(1)->GetChildren()) {
            if (auto* list = dynamic_cast<wxCheckListBox*>(child)) checklist = list;
        }
        ASSERT_NE(checklist, nullptr);
        ASSERT_EQ(checklist->GetCount(), 1U);
        EXPECT_NE(gui::from_wx(checklist->GetString(0)).find(point), std::string::npos);
        EXPECT_EQ(texts_of(&dialog).find("Nada impide"), std::string::npos);  // the new point waits
        checklist->SetFocus();
        checklist->SetSelection(0);
        settle();
        press_key(WXK_SPACE);
        EXPECT_TRUE(checklist->IsChecked(0));
        EXPECT_NE(texts_of(&dialog).find("Nada impide aprobarlo"), std::string::npos) << texts_of(&dialog);
        EXPECT_GT(screenshot("revisora-4-lista-confirmada", folder), 10'000U);
        dialog.EndModal(wxID_OK);
    });
    click(find_button(panel, "Revisión jurídica…"));  // opens the window above, modal
    EXPECT_TRUE(reviewed);
    EXPECT_TRUE(asked);

    frame->open_contract(folio);
    settle();
    panel = frame->contract_panel();
    click(find_button(panel, "Aprobar"));
    EXPECT_NE(texts_of(panel).find("Hecho: el contrato quedó «aprobado»."), std::string::npos) << texts_of(panel);
    EXPECT_GT(screenshot("revisora-5-aprobado", folder), 10'000U);
    close(frame);
}

// The signed copies are recorded by the clerk (the file chooser is the system's; the screen's
// view-model gets the file it would return).
void clerk_records_the_signature(gui::GuiWorkspace& ws, const std::string& folio) {
    auto* frame = log_in(ws, "carlos", "clave-de-carlos-1");
    frame->open_contract(folio);
    settle();
    auto& contract = frame->contract_view();
    const auto labels = contract.move_labels();
    std::size_t sign = labels.size();
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] == "Registrar firma") sign = i;
    }
    ASSERT_LT(sign, labels.size());
    EXPECT_TRUE(contract.move(sign, "", frame->contracts_folder() / (folio + ".pdf"))) << contract.error();
    close(frame);
}

// One move of Pagos' first row, as «Intro» on the row opens it: the move chosen by its caption,
// then `fill` on its form (which ends it).
void move_first_row(gui::MainFrame* frame, const std::string& caption, std::function<void(wxDialog&)> fill) {
    auto* payments = frame->payments_panel();
    when_modal("Exhibiciones", [&, caption, fill](wxDialog& dialog) {
        auto& which = dynamic_cast<wxSingleChoiceDialog&>(dialog);
        int index = wxNOT_FOUND;
        for (auto* child : which.GetChildren()) {
            if (auto* list = dynamic_cast<wxListBox*>(child)) index = list->FindString(gui::to_wx(caption));
        }
        ASSERT_NE(index, wxNOT_FOUND) << caption;
        when_modal(caption, fill);
        which.SetSelection(index);
        which.EndModal(wxID_OK);
    });
    auto* list = payments->list_ctrl();
    list->SetFocus();
    list->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    settle();
    press_key(WXK_RETURN);
}

void set_form_date(wxDialog& form, int year, wxDateTime::Month month, int day) {
    for (auto* child : form.GetChildren()) {
        if (auto* picker = dynamic_cast<wxDatePickerCtrl*>(child)) {
            picker->SetValue(wxDateTime(static_cast<wxDateTime::wxDateTime_t>(day), month, year));
            return;
        }
    }
    ADD_FAILURE() << "the form has no date";
}

void set_form_text(wxDialog& form, std::size_t nth, const std::string& value) {
    std::size_t seen = 0;
    for (auto* child : form.GetChildren()) {
        auto* text = dynamic_cast<wxTextCtrl*>(child);
        if (text == nullptr || seen++ != nth) continue;
        text->SetFocus();
        text->SelectAll();
        settle();
        type_text(value);
        return;
    }
    ADD_FAILURE() << "the form has no text box " << nth;
}

// Finance: the report and its approval recorded from Pagos; the payment's preview says 2027
// has no ISR table; once the administrator imports it, the payment goes through with its
// withholding in the list and the CFDI in the instalment's detail.
void finance_pays(gui::GuiWorkspace& ws, const std::string& folio, const fs::path& dir) {
    ::setenv("PACTA_FECHA_HOY", "2027-03-01", 1);
    auto* frame = log_in(ws, "fer", "clave-de-fer-1");
    press_key('4', wxMOD_CONTROL);
    ASSERT_EQ(frame->current(), gui::MainFrame::payments);
    auto* payments = frame->payments_panel();
    payments->search_box()->SetFocus();
    settle();
    type_text(folio);
    press_key(WXK_RETURN);
    ASSERT_EQ(payments->model().count(), 5U);  // February to June
    EXPECT_GT(screenshot("finanzas-1-pagos", folder), 10'000U);

    // Without the report's reference the move is refused, and the form opens again with what
    // was typed and why, in red.
    bool reopened = false;
    move_first_row(frame, "Registrar el informe", [&reopened](wxDialog& form) {
        set_form_date(form, 2027, wxDateTime::Mar, 1);
        when_modal("Registrar el informe", [&reopened](wxDialog& again) {
            reopened = true;
            EXPECT_NE(texts_of(&again).find("necesita la referencia"), std::string::npos) << texts_of(&again);
            EXPECT_GT(screenshot("finanzas-2-informe-sin-referencia", folder), 10'000U);
            set_form_text(again, 0, "INF-2027-02");
            again.EndModal(wxID_OK);
        });
        form.EndModal(wxID_OK);
    });
    EXPECT_TRUE(reopened);
    EXPECT_EQ(payments->model().cell(0, presentation::PaymentsViewModel::state), "informe entregado");
    move_first_row(frame, "Aprobar", [](wxDialog& form) {
        set_form_date(form, 2027, wxDateTime::Mar, 1);
        form.EndModal(wxID_OK);
    });
    EXPECT_EQ(payments->model().cell(0, presentation::PaymentsViewModel::state), "aprobado");
    std::string preview;
    move_first_row(frame, "Registrar el pago", [&](wxDialog& form) {
        preview = texts_of(&form);
        EXPECT_GT(screenshot("finanzas-3-pago-sin-tabla-isr", folder), 10'000U);
        form.EndModal(wxID_CANCEL);
    });
    EXPECT_NE(preview.find("2027"), std::string::npos) << preview;
    EXPECT_NE(preview.find("ISR"), std::string::npos) << preview;
    close(frame);

    // The administrator imports 2027's table in Configuración.
    auto* admin = log_in(ws, "ana", "clave-de-ana-1");
    press_key('8', wxMOD_CONTROL);
    ASSERT_EQ(admin->current(), gui::MainFrame::settings);
    EXPECT_EQ(import_isr_table(admin->settings_panel(), dir, 2027), "");
    EXPECT_GT(screenshot("administradora-tabla-isr-2027", folder), 10'000U);
    close(admin);

    frame = log_in(ws, "fer", "clave-de-fer-1");
    press_key('4', wxMOD_CONTROL);
    payments = frame->payments_panel();
    payments->model().set_search(folio);
    payments->reload();
    settle();
    const std::string cfdi = "6F9619FF-8B86-D011-B42D-00C04FC964FF";
    move_first_row(frame, "Registrar el pago", [&](wxDialog& form) {
        preview = texts_of(&form);
        EXPECT_NE(preview.find("Bruto $14,000.00"), std::string::npos) << preview;
        EXPECT_GT(screenshot("finanzas-4-pago-con-vista-previa", folder), 10'000U);
        set_form_date(form, 2027, wxDateTime::Mar, 1);
        set_form_text(form, 0, "SPEI-2027-001");
        set_form_text(form, 1, cfdi);
        form.EndModal(wxID_OK);
    });
    EXPECT_EQ(payments->model().cell(0, presentation::PaymentsViewModel::state), "pagado");
    EXPECT_NE(payments->model().cell(0, presentation::PaymentsViewModel::withheld), "");
    EXPECT_NE(payments->model().cell(0, presentation::PaymentsViewModel::net), "");
    bool has_cfdi = false;
    for (const auto& line : payments->model().detail_lines(0)) has_cfdi = has_cfdi || line.find(cfdi) != std::string::npos;
    EXPECT_TRUE(has_cfdi);
    EXPECT_GT(screenshot("finanzas-5-pagada-con-retencion", folder), 10'000U);
    close(frame);
}

TEST(GuiJobs, AClerkDraftsAReviewerApprovesAndFinancePaysAtTheDesktop) {
    auto office = open_office("gui-jobs");
    ASSERT_TRUE(office.ws);
    auto& ws = *office.ws;
    for (const auto& [name, role] : {std::pair{"carlos", domain::Role::capturista}, std::pair{"rita", domain::Role::revisor_juridico},
                                     std::pair{"fer", domain::Role::finanzas}}) {
        ws.office->accounts().create({name, {role}, {}, std::string("clave-de-") + name + "-1"});
    }
    const auto folio = clerk_drafts_and_sends_to_review(ws);
    ASSERT_FALSE(folio.empty());
    reviewer_approves(ws, folio);
    clerk_records_the_signature(ws, folio);
    finance_pays(ws, folio, office.dir);
    ::unsetenv("PACTA_FECHA_HOY");
    office.ws.reset();
    fs::remove_all(office.dir);
}

}  // namespace

#include "column_mapping_dialog.h"
#include "pacta/document/csv.h"
#include "pacta/presentation/templates/installed_templates.h"

namespace {

// Archivo › Registrar contratos desde una hoja: the office's own headers mapped in the dialog;
// «Aceptar» waits while no column gives the person or two give one field.
TEST(GuiJobs, ASpreadsheetsColumnsAreMappedBeforeItsContractsAreRecorded) {
    const auto tmpl = presentation::load_template("imss-bienestar-honorarios");
    const auto sheet = document::parse_csv("CURP;Honorarios totales;Término;Notas\n"
                                           "RACR920514MDFMRS05;70,000.00;2027-06-30;nueva\n"
                                           "MAMM900312MGRRRR03;55086.64;2027-05-31;\n",
                                           "campana.csv", ';');
    presentation::ColumnMappingViewModel mapping(tmpl.tmpl, sheet);
    auto* frame = new wxFrame(nullptr, wxID_ANY, "Pacta");
    frame->SetSize(1024, 700);
    frame->Show();
    auto* dialog = new gui::ColumnMappingDialog(frame, mapping, "campana.csv");
    dialog->Show();
    settle();
    EXPECT_TRUE(dialog->acceptable());  // CURP and the fee recognised by their headers
    EXPECT_NE(texts_of(dialog).find("70,000.00; 55086.64"), std::string::npos);
    std::size_t end = 0;
    for (std::size_t t = 0; t < mapping.targets().size(); ++t) {
        if (mapping.targets()[t].path == "vigencia.fin") end = t;
    }
    ASSERT_NE(end, 0U);
    dialog->choose(2, end);
    dialog->choose(3, end);
    EXPECT_FALSE(dialog->acceptable());
    EXPECT_NE(texts_of(dialog).find("indican ambas «Fin de la vigencia»"), std::string::npos) << texts_of(dialog);
    EXPECT_GT(screenshot("hoja-columnas-repetidas", folder), 10'000U);
    dialog->choose(3, 0);
    EXPECT_TRUE(dialog->acceptable());
    EXPECT_EQ(texts_of(dialog).find("indican ambas"), std::string::npos);
    EXPECT_GT(screenshot("hoja-columnas", folder), 10'000U);
    EXPECT_EQ(mapping.mapped().header, (std::vector<std::string>{"persona", "honorarios.total", "vigencia.fin"}));
    dialog->Destroy();
    frame->Destroy();
    settle();
}

}  // namespace
