// The login asks where the data lives: this computer or the office server (its address and
// database). A server written wrong is answered under the fields before anything is tried;
// a refused attempt keeps the dialog open with the reason and an empty password; the choice
// is handed to the application as written. Screenshots in test-artefacts/gui/.
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <vector>

#include "gui_support.h"
#include "login_dialog.h"
#include "wx_text.h"

namespace {

using namespace pacta;
using namespace pacta::gui_testing;
using presentation::OfficePlace;

template <typename Control>
std::vector<Control*> children_of(wxWindow* parent) {
    std::vector<Control*> out;
    for (auto* child : parent->GetChildren()) {
        if (auto* control = dynamic_cast<Control*>(child)) out.push_back(control);
    }
    return out;
}

void press_ok(wxDialog* dialog) {
    wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
    click.SetEventObject(dialog);
    dialog->GetEventHandler()->ProcessEvent(click);
    settle();
}

std::string shown_problem(wxDialog* dialog) {
    for (auto* label : children_of<wxStaticText>(dialog)) {
        if (label->GetForegroundColour() == *wxRED) return gui::from_wx(label->GetLabel());
    }
    return {};
}

TEST(GuiLogin, TheLoginAsksWhereTheDataLivesAndSaysWhyAnAttemptFailed) {
    std::vector<std::pair<OfficePlace, std::string>> attempts;
    gui::LoginForm form;
    form.place = {OfficePlace::Kind::office_server, "", "pacta"};
    auto* dialog = new gui::LoginDialog(nullptr, form, [&](const OfficePlace& place, const std::string& user,
                                                           const std::string&) {
        attempts.emplace_back(place, user);
        return std::string("el servidor de la oficina no responde. Vuelva a intentarlo cuando esté resuelto.");
    });
    dialog->Show();
    settle();
    auto texts = children_of<wxTextCtrl>(dialog);
    ASSERT_EQ(texts.size(), 4U);  // server, database, user, password
    EXPECT_TRUE(texts[0]->IsEnabled());
    EXPECT_EQ(gui::from_wx(texts[1]->GetValue()), "pacta");

    // Nothing is tried while the server is missing.
    texts[2]->SetValue("rita");
    texts[3]->SetValue("clave de rita 1");
    press_ok(dialog);
    EXPECT_TRUE(attempts.empty());
    EXPECT_NE(shown_problem(dialog).find("nombre o la dirección del servidor"), std::string::npos) << shown_problem(dialog);

    texts[0]->SetValue("servidor.oficina:5432");
    texts[3]->SetValue("clave de rita 1");
    press_ok(dialog);
    ASSERT_EQ(attempts.size(), 1U);
    EXPECT_EQ(attempts[0].first, (OfficePlace{OfficePlace::Kind::office_server, "servidor.oficina:5432", "pacta"}));
    EXPECT_EQ(attempts[0].second, "rita");
    EXPECT_TRUE(dialog->IsShown());
    EXPECT_NE(shown_problem(dialog).find("no responde"), std::string::npos);
    EXPECT_TRUE(texts[3]->GetValue().empty());  // the password is typed again
    EXPECT_GT(screenshot("inicio-de-sesion-servidor"), 10'000U);

    // This computer: the server's fields step aside.
    auto radios = children_of<wxRadioButton>(dialog);
    ASSERT_EQ(radios.size(), 2U);
    radios[0]->SetValue(true);
    wxCommandEvent chosen(wxEVT_RADIOBUTTON, radios[0]->GetId());
    chosen.SetEventObject(radios[0]);
    radios[0]->GetEventHandler()->ProcessEvent(chosen);
    settle();
    EXPECT_FALSE(texts[0]->IsEnabled());
    EXPECT_EQ(dialog->place(), OfficePlace{});
    EXPECT_GT(screenshot("inicio-de-sesion-equipo"), 10'000U);
    dialog->Destroy();
    settle();
}

}  // namespace
