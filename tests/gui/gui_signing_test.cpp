// «Firmar…» in the desktop, under Xvfb: the representative signs his field of an approved
// contract with a test PKCS#12 (legacy RC2-40, made here by openssl); a wrong password is
// refused in the dialog with everything typed kept; the signed PDF is kept with the contract
// and verifies. Screenshots in test-artefacts/gui/firma-*.png.
#include <gtest/gtest.h>

#include <ctime>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/menu.h>
#include <wx/radiobut.h>
#include <wx/textctrl.h>

#include <cstdlib>

#include "contract_panel.h"
#include "gui_support.h"
#include "main_frame.h"
#include "sign_dialog.h"
#include "verification_dialog.h"
#include "wx_text.h"
#include "pacta/pdf/signature_check.h"
#include "pacta/presentation/contracts/sign_field_form.h"
#include "pacta/presentation/contracts/signature_verification.h"
#include "pacta/document/template_library.h"

namespace {

namespace fs = std::filesystem;
namespace d = pacta::domain;
namespace p = pacta::presentation;
using namespace pacta;
using namespace pacta::gui_testing;

TEST(GuiSigning, TheRepresentativeSignsHisFieldWithHisOwnCertificate) {
    auto office = open_office("firmar");
    ASSERT_TRUE(office.ws);
    auto& ws = *office.ws;
    const std::string folio = office.folio;
    (void)ws.office->contracts().generate(folio, office.dir / "contrato.pdf", std::nullopt);
    ws.office->lifecycle().move(folio, d::ContractState::en_revision, "", std::nullopt);
    ws.office->accounts().create({"rita", {d::Role::revisor_juridico}, {}, "clave-de-rita-1"});
    {
        auto reviewer = core::Office::open(office.dir / "pacta.sqlite3");
        ASSERT_TRUE(reviewer->log_in("rita", "clave-de-rita-1").user);
        reviewer->lifecycle().move(folio, d::ContractState::aprobado, "", std::nullopt);
    }
    // The representative's certificate, as a PKCS#12 exported by an older tool.
    const std::string d = office.dir.string();
    const std::string pki =
        "cd " + d +
        " && printf 'keyUsage=critical,digitalSignature,nonRepudiation\\n' > uso.cnf"
        " && openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 -subj '/CN=AC de Prueba'"
        " && openssl req -newkey rsa:2048 -nodes -utf8 -keyout rep-key.pem -out rep.csr"
        " -subj '/CN=MAURICIO ROLDAN PARRA/x500UniqueIdentifier=IBE221201AB1 \\/ ROPM750101AB1'"
        " && openssl x509 -req -in rep.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile uso.cnf -out rep.pem"
        " && openssl pkcs12 -export -legacy -in rep.pem -inkey rep-key.pem -passout pass:clave-mauricio -out rep.p12";
    ASSERT_EQ(std::system(("(" + pki + ") >/dev/null 2>&1").c_str()), 0);

    auto* frame = new gui::MainFrame(ws);
    frame->SetSize(1024, 700);
    frame->Show();
    frame->open_contract(folio);
    settle();
    ASSERT_NE(button_labelled(frame->contract_panel(), "&Firmar..."), nullptr) << "no «Firmar…» on an approved contract";
    // The numbered copies, for an office that signs by hand, from the same screen.
    EXPECT_NE(button_labelled(frame->contract_panel(), "&Ejemplares para firmar a mano…"), nullptr);
    std::filesystem::create_directories(ws.office->folders().documents);  // as MainFrame::print_copies does
    const auto copies = ws.office->contracts().print_copies(folio, std::nullopt, ws.office->folders().documents /
                                                                                    (folio + "-ejemplares.pdf"));
    EXPECT_GT(copies.copies, 0);
    // An administrator who drafts is offered drafting and backups (a reviewer is not: gui_server).
    EXPECT_NE(frame->GetMenuBar()->FindMenuItem("Archivo", "Nuevo contrato..."), wxNOT_FOUND);
    EXPECT_NE(frame->GetMenuBar()->FindMenuItem("Archivo", "Respaldar la base de datos…"), wxNOT_FOUND);
    EXPECT_GT(screenshot("firma-contrato-aprobado"), 10'000U);

    p::SignFieldForm form(ws.office->signing(), folio);
    ASSERT_TRUE(form.load()) << form.error();
    // The time it is: the test's certificates are made when it runs.
    auto* dialog = new gui::SignDialog(frame, form, [] {
        const std::time_t now = std::time(nullptr);
        std::tm parts{};
        gmtime_r(&now, &parts);
        char text[32];
        std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
        return std::string(text);
    });
    dialog->Show();
    EXPECT_EQ(gui::from_wx(dialog->field_choice()->GetStringSelection()),
              "firma_representante · Mauricio Roldan Parra · por firmar");
    dialog->pkcs12_choice()->SetValue(true);
    wxCommandEvent chosen(wxEVT_RADIOBUTTON, dialog->pkcs12_choice()->GetId());
    chosen.SetEventObject(dialog->pkcs12_choice());
    dialog->pkcs12_choice()->GetEventHandler()->ProcessEvent(chosen);
    dialog->pkcs12_picker()->SetPath(gui::to_wx(d + "/rep.p12"));
    dialog->password_box()->SetValue("equivocada");
    settle();
    EXPECT_FALSE(dialog->certificate_picker()->IsEnabled());
    EXPECT_FALSE(dialog->sign_now());
    EXPECT_NE(gui::from_wx(dialog->problem()).find("La contraseña de rep.p12 no es correcta"), std::string::npos)
        << gui::from_wx(dialog->problem());
    EXPECT_EQ(gui::from_wx(dialog->pkcs12_picker()->GetPath()), d + "/rep.p12");  // what was typed stays
    settle();
    EXPECT_GT(screenshot("firma-dialogo-rechazo"), 10'000U);
    // A token instead: its module and label are asked for, in the dialog.
    dialog->token_choice()->SetValue(true);
    wxCommandEvent token(wxEVT_RADIOBUTTON, dialog->token_choice()->GetId());
    token.SetEventObject(dialog->token_choice());
    dialog->token_choice()->GetEventHandler()->ProcessEvent(token);
    settle();
    EXPECT_TRUE(dialog->module_picker()->IsEnabled());
    EXPECT_FALSE(dialog->pkcs12_picker()->IsEnabled());
    EXPECT_FALSE(dialog->sign_now());
    EXPECT_NE(gui::from_wx(dialog->problem()).find("el módulo del token"), std::string::npos) << gui::from_wx(dialog->problem());
    settle();
    EXPECT_GT(screenshot("firma-dialogo-token"), 10'000U);
    dialog->pkcs12_choice()->SetValue(true);
    dialog->pkcs12_choice()->GetEventHandler()->ProcessEvent(chosen);
    dialog->password_box()->SetValue("clave-mauricio");
    ASSERT_TRUE(dialog->sign_now()) << gui::from_wx(dialog->problem());
    dialog->Destroy();
    EXPECT_NE(form.result().find("El campo firma_representante quedó firmado por MAURICIO ROLDAN PARRA (RFC ROPM750101AB1)"), std::string::npos)
        << form.result();
    EXPECT_NE(form.result().find("Falta firmar: firma_prestador"), std::string::npos) << form.result();

    frame->open_contract(folio);
    frame->contract_panel()->show_notice(form.result());
    settle();
    EXPECT_GT(screenshot("firma-hecha"), 10'000U);
    // Kept with the contract: its newest complete PDF, signed in its field, verified.
    const auto files = ws.office->documents().list(folio);
    ASSERT_FALSE(files.empty());
    const auto report = pdf::check_pdf_signatures(ws.office->documents().contents(folio, files.back().sha256));
    ASSERT_EQ(report.signatures.size(), 1U);
    EXPECT_TRUE(report.signatures[0].intact) << report.signatures[0].problem;
    EXPECT_EQ(report.signatures[0].field, "firma_representante");
    EXPECT_EQ(report.signatures[0].signer, "MAURICIO ROLDAN PARRA");
    EXPECT_EQ(ws.lifecycle.status(folio)->state, d::ContractState::aprobado);  // four more to sign

    // «Verificar firmas»: once the office trusts the test authority, the signature holds and
    // is the representative's; the four other fields are still to sign.
    ASSERT_NE(button_labelled(frame->contract_panel(), "&Verificar firmas..."), nullptr) << "no «Verificar firmas…»";
    (void)ws.office->verification().trust(*document::read_file(d + "/ca.pem"), "ca.pem");
    const auto verified = ws.office->verification().verify_contract(folio);
    ASSERT_EQ(verified.signatures.size(), 1U);
    EXPECT_TRUE(verified.signatures[0].good()) << verified.signatures[0].problems.front();
    EXPECT_EQ(verified.signatures[0].matched, std::optional<bool>(true));
    EXPECT_EQ(verified.unsigned_fields.size(), 4U);
    auto* shown = new gui::VerificationDialog(frame, folio, p::verification_lines(verified), verified.all_good());
    shown->Show();
    settle();
    const std::string text = gui::from_wx(shown->text()->GetValue());
    EXPECT_NE(text.find("Firma 1: firma_representante"), std::string::npos) << text;
    EXPECT_NE(text.find("Firmante: MAURICIO ROLDAN PARRA (RFC ROPM750101AB1)"), std::string::npos) << text;
    EXPECT_NE(text.find("Íntegra: sí · cubre su versión: sí · de confianza: sí · el firmante que nombra el campo: sí"),
              std::string::npos) << text;
    EXPECT_NE(text.find("Campos aún sin firmar: firma_prestador"), std::string::npos) << text;
    EXPECT_GT(screenshot("firma-verificacion"), 10'000U);
    shown->Destroy();
    frame->Destroy();
    settle();
    fs::remove_all(office.dir);
}

}  // namespace
