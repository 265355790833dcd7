// Institution scope and masking through the service layer, and the desktop's wizard, on both
// engines (EngineOffice): on the server the database enforces the same scope underneath.
#include <gtest/gtest.h>

#include "engine_office.h"
#include "pacta/presentation/contracts/contract_wizard_screen.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/staff/staff_list_screen.h"
#include "pacta/presentation/staff/staff_service.h"
#include "pacta/presentation/templates/installed_templates.h"

namespace pacta::core {
namespace {

namespace d = pacta::domain;
namespace p = pacta::presentation;
namespace fs = std::filesystem;

class ScopeEngines : public EngineOffice {
protected:
    void add_other_institution() {
        auto other = office_->store().institutions().find(institution_code);
        ASSERT_TRUE(other);
        other->code = "otra-institucion";
        office_->institutions().save(*other);
    }
};

// An administrator who covers every institution may move a person with an update, but the
// import says so, naming the person and the institution they left.
TEST_P(ScopeEngines, AnUpdateThatMovesSomeoneBetweenInstitutionsSaysSo) {
    add_other_institution();
    auto person = *office_->store().staff().find(laura);
    person.unit_code.clear();
    const auto result = office_->staff().import({person}, "otra-institucion", true);
    ASSERT_EQ(result.moved.size(), 1U);
    EXPECT_EQ(result.moved.front().first, laura);
    EXPECT_EQ(result.moved.front().second, institution_code);
    const auto text = p::moved_people_text(result);
    EXPECT_NE(text.find(laura), std::string::npos);
    EXPECT_NE(text.find("otra-institucion"), std::string::npos);
    // The same file again moves nobody and says nothing.
    EXPECT_TRUE(p::moved_people_text(office_->staff().import({person}, "otra-institucion", true)).empty());
    EXPECT_EQ(office_->store().staff().institutions_of({laura}).at(laura), "otra-institucion");
}

// The desktop's Personal list goes through the same scope: a user limited to another
// institution lists nobody of this one and cannot open them; a reviewer sees masked keys
// and opening a person gives the masked record.
TEST_P(ScopeEngines, TheDesktopStaffListShowsOnlyCoveredPeopleAndMasksThemForReviewers) {
    add_other_institution();
    office_->accounts().create({"bruno", {d::Role::capturista}, {"otra-institucion"}, "clave-de-bruno-1"});
    office_->accounts().create({"rita", {d::Role::revisor_juridico}, {}, "clave-de-rita-1"});

    auto bruno = open_as("bruno", "clave-de-bruno-1");
    ASSERT_TRUE(bruno);
    p::StaffListViewModel bruno_list(bruno->session(), bruno->store().staff());
    bruno_list.reload();
    EXPECT_EQ(bruno_list.list.count(), 0U);
    EXPECT_THROW((void)bruno->staff().open(laura), p::AccessDenied);
    // Read by the administrator: on the server only administrators read the trail.
    EXPECT_EQ(office_->store().audit_trail().latest(1).front().action, "denegar");

    auto rita = open_as("rita", "clave-de-rita-1");
    ASSERT_TRUE(rita);
    p::StaffListViewModel rita_list(rita->session(), rita->store().staff());
    rita_list.reload();
    ASSERT_GT(rita_list.list.count(), 0U);
    for (std::size_t row = 0; row < rita_list.list.count(); ++row) {
        EXPECT_NE(rita_list.list.cell(row, p::StaffListViewModel::key).find('*'), std::string::npos);
        EXPECT_TRUE(rita_list.list.cell(row, p::StaffListViewModel::birth_date).empty());
    }
    const auto opened = rita_list.member(0);
    EXPECT_NE(opened.key().find('*'), std::string::npos);
    EXPECT_TRUE(opened.domicile.empty());
    EXPECT_TRUE(opened.bank_account.empty());

    // Someone who may see identity data opens the whole record, and that is audited.
    p::StaffListViewModel own_list(office_->session(), office_->store().staff());
    own_list.reload();
    EXPECT_EQ(own_list.member(0).key().find('*'), std::string::npos);
    const auto row = office_->store().audit_trail().latest(1).front();
    EXPECT_EQ(row.action, "consultar");
    EXPECT_EQ(row.entity, "persona");
}

// An administrator limited to one institution manages only accounts limited to it: creating
// an account of every institution, or resetting the password of an administrator of every
// institution (to log in as her), is refused and audited; on the server, through psql too.
TEST_P(ScopeEngines, ALimitedAdministratorManagesOnlyAccountsOfHerInstitutions) {
    add_other_institution();
    office_->accounts().create({"lia", {d::Role::administrador}, {"otra-institucion"}, "clave-de-lia-1"});
    office_->accounts().create({"olga", {d::Role::capturista}, {institution_code}, "clave-de-olga-1"});
    auto lia = open_as("lia", "clave-de-lia-1");
    ASSERT_TRUE(lia);
    auto accounts = lia->accounts();
    EXPECT_THROW(accounts.create({"todo", {d::Role::capturista}, {}, "clave-de-todo-1"}), p::AccessDenied);
    EXPECT_THROW(accounts.create({"ajena", {d::Role::capturista}, {institution_code}, "clave-de-ajena-1"}), p::AccessDenied);
    try {
        accounts.reset_password(p::demo_username, "clave-tomada-1");
        FAIL() << "a limited administrator took over an administrator of every institution";
    } catch (const p::AccessDenied& e) {
        EXPECT_NE(std::string(e.what()).find("solo cuentas limitadas"), std::string::npos) << e.what();
    }
    EXPECT_THROW(accounts.deactivate("olga"), p::AccessDenied);
    EXPECT_EQ(office_->store().audit_trail().latest(1).front().action, "denegar");
    EXPECT_TRUE(open_as(p::demo_username, p::demo_password));

    // What is hers she manages, and she lists only that.
    accounts.create({"nora", {d::Role::capturista}, {"otra-institucion"}, "clave-de-nora-1"});
    accounts.deactivate("nora");
    std::vector<std::string> listed;
    for (const auto& a : accounts.list()) listed.push_back(a.username);
    EXPECT_EQ(listed, (std::vector<std::string>{"lia", "nora"}));

    if (server()) {
        server_->remember_password("lia", "clave-de-lia-1");
        const auto taken = server_->psql("lia", "SELECT pacta.set_user_password('" + std::string(p::demo_username) +
                                                    "', 'SCRAM-SHA-256$4096:AAAA$AAAA:AAAA');");
        EXPECT_NE(taken.first, 0);
        EXPECT_NE(taken.second.find("manages only accounts limited to them"), std::string::npos) << taken.second;
        const auto everywhere = server_->psql("lia", "SELECT pacta.create_user('todo', 'SCRAM-SHA-256$4096:AAAA$AAAA:AAAA', "
                                                     "ARRAY['administrador'], ARRAY[]::text[]);");
        EXPECT_NE(everywhere.first, 0);
        EXPECT_NE(everywhere.second.find("manages only accounts limited to them"), std::string::npos) << everywhere.second;
    }
}

// The desktop's wizard drafts and writes the contract and its public version; both are kept
// with it, so the contract's view lists them and any desk reads them back.
TEST_P(ScopeEngines, TheWizardDraftsAndKeepsItsFilesWithTheContract) {
    auto& store = office_->store();
    p::ContractWizardViewModel wizard(office_->session(), store.staff(), store.institutions(), store.drafts(),
                                      p::installed_templates(), *d::Date::from_ymd(2024, 1, 20));
    ASSERT_TRUE(wizard.choose_person_key(laura)) << wizard.error();
    ASSERT_TRUE(wizard.choose_template("imss-bienestar-honorarios")) << wizard.error();
    wizard.set_field("honorarios.total", "68858.30");
    wizard.set_field("honorarios.exhibiciones", "5");
    wizard.set_field("vigencia.inicio", "2024-02-01");
    wizard.set_field("vigencia.fin", "2024-06-30");
    wizard.set_field("firma.fecha", "2024-01-29");
    ASSERT_TRUE(wizard.fields_done() && wizard.signatories_done()) << wizard.error();
    const auto folio = wizard.finish(dir_ / "contratos");
    ASSERT_TRUE(folio) << wizard.error();
    EXPECT_EQ(store.instalments().for_contract(*folio).size(), 5U);

    const auto listed = office_->documents().list(*folio);
    ASSERT_EQ(listed.size(), 2U);
    EXPECT_EQ(listed[0].kind, p::ContractDocument::Kind::complete);
    EXPECT_EQ(listed[1].kind, p::ContractDocument::Kind::public_version);
    EXPECT_EQ(office_->documents().contents(*folio, listed[1].sha256), document::read_file(wizard.written_public()));
}

// Two desks correct the same draft: the second to save is told who saved it meanwhile and
// when, and nothing is written over the first one's change; her own stays on her screen.
TEST_P(ScopeEngines, ACorrectionSavedOverSomeoneElsesChangeIsRefusedWithWhoAndWhen) {
    const auto folio = draft();
    office_->accounts().create({"rosa", {d::Role::capturista}, {}, "clave-de-rosa-1"});
    office_->accounts().create({"julia", {d::Role::capturista}, {}, "clave-de-julia-1"});
    auto rosa = open_as("rosa", "clave-de-rosa-1");
    auto julia = open_as("julia", "clave-de-julia-1");
    ASSERT_TRUE(rosa && julia);

    auto& store = rosa->store();
    p::ContractWizardViewModel correcting(rosa->session(), store.staff(), store.institutions(), store.drafts(),
                                          p::installed_templates(), *d::Date::from_ymd(2024, 1, 20));
    ASSERT_TRUE(correcting.edit(folio, *store.contracts().find(folio))) << correcting.error();
    correcting.set_field("honorarios.total", "75000.00");

    EXPECT_TRUE(julia->contracts().edit(folio, json(R"({"honorarios": {"total": "90000.00"}})")).empty());

    ASSERT_TRUE(correcting.fields_done() && correcting.signatories_done()) << correcting.error();
    EXPECT_FALSE(correcting.finish(dir_ / "contratos"));
    const std::string said = correcting.error();
    EXPECT_EQ(said.rfind("julia guardó el contrato " + folio + " el ", 0), 0U) << said;
    EXPECT_NE(said.find("no se escribió nada encima de su cambio"), std::string::npos) << said;
    EXPECT_EQ(office_->store().contracts().find(folio)->total.minor_units(), 90'000'00);

    // Opened again, the correction starts from what julia saved and goes through.
    p::ContractWizardViewModel again(rosa->session(), store.staff(), store.institutions(), store.drafts(),
                                     p::installed_templates(), *d::Date::from_ymd(2024, 1, 20));
    ASSERT_TRUE(again.edit(folio, *store.contracts().find(folio)));
    again.set_field("honorarios.total", "75000.00");
    ASSERT_TRUE(again.fields_done() && again.signatories_done()) << again.error();
    EXPECT_TRUE(again.finish(dir_ / "contratos")) << again.error();
    EXPECT_EQ(office_->store().contracts().find(folio)->total.minor_units(), 75'000'00);
}

INSTANTIATE_TEST_SUITE_P(Engines, ScopeEngines, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::core
