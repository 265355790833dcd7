// In Spanish no stored key shows where its label belongs; in English no Spanish label shows
// (names, folios and the institution's own texts are data and stay as typed), on every screen.
#include <gtest/gtest.h>
#include <wx/bookctrl.h>
#include <wx/ctrlsub.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

#include <cctype>
#include <cstdlib>
#include <regex>

#include "gui_locale.h"
#include "main_frame.h"
#include "review_dialog.h"
#include "signatory_editor_dialog.h"
#include "settings_panel.h"
#include "wx_text.h"
#include "pacta/presentation/institutions/signatory_editor_screen.h"
#include "pacta/presentation/institutions/signatory_list_screen.h"
#include "pacta/presentation/review/review_screen.h"
#include "gui_support.h"

namespace {

namespace fs = std::filesystem;
using namespace pacta;
using namespace pacta::gui_testing;

// Every text shown on screen: labels, buttons, tabs, list cells and choices of the windows
// visible now, one per line.
void visible_text(wxWindow* window, std::string& out) {
    if (!window->IsShownOnScreen()) return;
    if (auto* list = dynamic_cast<wxListCtrl*>(window)) {
        for (int c = 0; c < list->GetColumnCount(); ++c) {
            wxListItem column;
            column.SetMask(wxLIST_MASK_TEXT);
            list->GetColumn(c, column);
            out += gui::from_wx(column.GetText()) + "\n";
        }
        for (long row = 0; row < std::min(list->GetItemCount(), 50); ++row) {
            for (int c = 0; c < list->GetColumnCount(); ++c) out += gui::from_wx(list->GetItemText(row, c)) + "\n";
        }
    } else if (auto* items = dynamic_cast<wxItemContainerImmutable*>(window)) {
        for (unsigned i = 0; i < items->GetCount(); ++i) out += gui::from_wx(items->GetString(i)) + "\n";
    } else if (auto* text = dynamic_cast<wxTextCtrl*>(window)) {
        out += gui::from_wx(text->GetValue()) + "\n";
    } else if (auto* control = dynamic_cast<wxControl*>(window)) {
        out += gui::from_wx(control->GetLabel()) + "\n";
    }
    if (auto* book = dynamic_cast<wxBookCtrlBase*>(window)) {
        for (std::size_t i = 0; i < book->GetPageCount(); ++i) out += gui::from_wx(book->GetPageText(i)) + "\n";
    }
    for (auto* child : window->GetChildren()) visible_text(child, out);
}

// The first of `words` found in `text` as a whole word, case-sensitive; empty if none. Ids
// such as «imss-bienestar-honorarios» are one word.
std::string first_word_in(const std::string& text, const std::vector<std::string>& words) {
    for (const auto& w : words) {
        for (auto at = text.find(w); at != std::string::npos; at = text.find(w, at + 1)) {
            const auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '@' || (c & 0x80); };
            const bool starts = at == 0 || !letter(text[at - 1]);
            const bool ends = at + w.size() >= text.size() || !letter(text[at + w.size()]);
            if (starts && ends) return w;
        }
    }
    return {};
}

// In Spanish no stored key shows where its label belongs; in English no Spanish label shows
// (names, folios and the institution's own texts are data and stay as typed). Run once per
// language (ctest gui_language_es and gui_language_en), with screenshots in gui-es/ and gui-en/.
TEST(GuiLanguage, EveryScreenReadsInTheChosenLanguage) {
    const std::string language = gui::preferred_language();
    const std::string folder = "gui-" + language;
    auto office = open_office("gui-" + language);
    ASSERT_TRUE(office.ws);
    auto& ws = office.ws;
    // Roles, states and clause keys are the keys most likely to leak; the signatory list
    // shows roles, the review window clauses. Keys that read as their own label («borrador»,
    // «capturista») and the codes people gave their records («juridico») are not looked for.
    const std::vector<std::string> raw_keys = {"en_revision", "revisor_juridico", "terminado_anticipadamente",
                                               "report_delivered", "locacion", "cas", "asistencial",
                                               "administrativo", "cesion", "rescision", "confidencialidad",
                                               "capacidad", "mujer", "hombre", "supervisor", "representante",
                                               "es_MX", "es_PE"};
    const std::vector<std::string> spanish_labels = {
        "borrador", "en revisión jurídica", "vigente", "capturista", "revisor jurídico", "finanzas", "administrador",
        "Honorarios", "Asistencial", "Administrativo", "Mujer", "Hombre", "Representante", "Jurídico",
        "Confidencialidad", "Capacidad", "Contratos", "Firmantes", "Pagos", "Plantillas",
        "Auditoría", "Configuración", "Inicio", "Guardar", "Buscar", "pendiente", "Cancelar"};
    const auto& forbidden = language == "en" ? spanish_labels : raw_keys;
    const std::regex machine_date(R"((^|[^\d\-])\d{4}-\d{2}(-\d{2})?(T[\d:]+Z?)?($|[^\d\-]))");
    auto check = [&](wxWindow* window, const std::string& what) {
        std::string text;
        visible_text(window, text);
        EXPECT_GT(text.size(), 20U) << what;
        const auto found = first_word_in(text, forbidden);
        EXPECT_EQ(found, "") << what << " shows «" << found << "»:\n" << text;
        // Dates as people read them: dd/mm/aaaa, a month's name, local time; never 2024-03,
        // 2024-03-15 or 2024-03-15T10:00:00Z (a folio's «-2024-0001» is not a date).
        std::smatch machine;
        EXPECT_FALSE(std::regex_search(text, machine, machine_date)) << what << " shows «" << machine.str() << "»:\n" << text;
        EXPECT_GT(screenshot(what, folder), 10'000U) << what;
    };
    auto* frame = new gui::MainFrame(*ws);
    frame->Show();
    const std::pair<gui::MainFrame::Screen, const char*> screens[] = {
        {gui::MainFrame::home, "inicio"},         {gui::MainFrame::contracts, "contratos"},
        {gui::MainFrame::staff, "personal"},      {gui::MainFrame::payments, "pagos"},
        {gui::MainFrame::reports, "reportes"},
        {gui::MainFrame::templates, "plantillas"}, {gui::MainFrame::signatories, "firmantes"},
        {gui::MainFrame::audit, "auditoria"},     {gui::MainFrame::settings, "configuracion"}};
    for (const auto& [screen, name] : screens) {
        frame->show_screen(screen);
        settle();
        check(frame, name);
    }
    frame->settings_panel()->pages()->SetSelection(1);
    check(frame, "configuracion-usuarios");
    frame->open_contract(office.folio);
    check(frame, "contrato");

    presentation::SignatoryListViewModel signatories(ws->session(), ws->institutions);
    signatories.reload();
    ASSERT_GT(signatories.list.count(), 0U);
    presentation::SignatoryEditorViewModel signatory(ws->session(), ws->institutions, signatories.institution_at(0),
                                                     signatories.code_at(0));
    auto* signatory_dialog = new gui::SignatoryEditorDialog(frame, signatory);
    signatory_dialog->Show();
    check(signatory_dialog, "firmante");
    signatory_dialog->Destroy();

    presentation::ReviewViewModel review(ws->session(), ws->contracts, ws->lifecycle, ws->review_comments,
                                         ws->review_checklist, ws->clauses);
    review.load(office.folio);
    auto* review_dialog = new gui::ReviewDialog(frame, review, office.folio);
    review_dialog->Show();
    check(review_dialog, "revision-juridica");
    review_dialog->Destroy();
    frame->Destroy();
    settle();
    ws.reset();
    fs::remove_all(office.dir);
}

TEST(Gui, TheLanguageChosenInPreferencesAppliesUnlessTheEnvironmentSaysOtherwise) {
    EXPECT_EQ(gui::preferred_language(), "es");  // PACTA_IDIOMA=es for this run
    ::unsetenv("PACTA_IDIOMA");
    EXPECT_EQ(gui::preferred_language(), "es");  // nothing chosen yet: Spanish
    gui::set_preferred_language("en");
    EXPECT_EQ(gui::preferred_language(), "en");
    gui::set_preferred_language("es");
    EXPECT_EQ(gui::preferred_language(), "es");
    ::setenv("PACTA_IDIOMA", "es", 1);
}

}  // namespace
