// The service layer over a real store, the same tests on both engines (EngineOffice): the
// contract checker guards review, logging out ends what a user can do, whoever edited a
// contract may not approve it, and a deactivated account stops at its next action.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <set>
#include <thread>

#include "engine_office.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/templates/installed_templates.h"
#include "pacta/presentation/templates/office_template_service.h"

namespace pacta::core {
namespace {

namespace d = pacta::domain;
namespace p = pacta::presentation;
namespace fs = std::filesystem;

class OfficeEngines : public EngineOffice {
protected:
    d::ContractState state(const std::string& folio) { return office_->store().lifecycle().status(folio)->state; }
};

// The moves the contract checker guards run it, from either front end: the office hands out
// the lifecycle service wired with the checks.
TEST_P(OfficeEngines, SendingToReviewRunsTheContractChecker) {
    const auto folio = draft();
    auto lifecycle = office_->lifecycle();
    lifecycle.move(folio, d::ContractState::en_revision, "", std::nullopt);
    EXPECT_EQ(lifecycle.status(folio).state, d::ContractState::en_revision);
    if (!server()) {
        EXPECT_EQ(office_->folders().documents, fs::absolute(dir_ / "documentos"));
    }
}

// «Cerrar sesión»: nothing is done on the office until someone logs in again.
TEST_P(OfficeEngines, LoggingOutEndsWhatTheUserCanDo) {
    ASSERT_TRUE(office_->logged_in());
    office_->end_session();
    EXPECT_FALSE(office_->logged_in());
    EXPECT_THROW((void)office_->session(), presentation::ServiceError);
    EXPECT_THROW((void)office_->contracts().list(), presentation::ServiceError);
    office_->end_session();  // twice is harmless
    EXPECT_TRUE(office_->log_in(presentation::demo_username, presentation::demo_password).user);
}

// Finding 2: `drafted_by` was set only at creation, so a user with the capturista and revisor
// roles edited a returned contract (fee changed), sent it to review and approved it himself.
// Now everyone who changed the content is recorded and none of them may approve it.
TEST_P(OfficeEngines, WhoeverEditedAContractCannotApproveIt) {
    office_->accounts().create({"julia", {d::Role::capturista, d::Role::revisor_juridico}, {}, "clave-de-julia-1"});
    office_->accounts().create({"rita", {d::Role::revisor_juridico}, {}, "clave-de-rita-1"});
    const auto folio = draft();
    office_->lifecycle().move(folio, d::ContractState::en_revision, "", std::nullopt);
    auto rita = open_as("rita", "clave-de-rita-1");
    ASSERT_TRUE(rita);
    rita->lifecycle().move(folio, d::ContractState::observado, "falta la cuenta presupuestal", std::nullopt);

    auto julia = open_as("julia", "clave-de-julia-1");
    ASSERT_TRUE(julia);
    EXPECT_TRUE(julia->contracts().edit(folio, json(R"({"honorarios": {"total": "90000.00"}})")).empty());
    julia->lifecycle().move(folio, d::ContractState::en_revision, "", std::nullopt);
    const auto editors = julia->store().lifecycle().status(folio)->editors;
    EXPECT_EQ(editors, (std::vector<std::string>{"demo", "julia"}));
    try {
        julia->lifecycle().move(folio, d::ContractState::aprobado, "", std::nullopt);
        FAIL() << "the editor approved her own change";
    } catch (const p::AccessDenied& e) {
        EXPECT_NE(std::string(e.what()).find("redactó o editó"), std::string::npos) << e.what();
    }
    EXPECT_EQ(state(folio), d::ContractState::en_revision);
    // Read by the administrator: on the server only administrators read the trail.
    const auto last = office_->store().audit_trail().latest(1).front();
    EXPECT_EQ(last.actor, "julia");
    EXPECT_EQ(last.action, "denegar");
}

// Finding 4: a running desktop did not notice that its account was deactivated. The account
// is read again at each action: the next one stops, audited, with a clear message.
TEST_P(OfficeEngines, ADeactivatedAccountStopsAtItsNextAction) {
    office_->accounts().create({"carla", {d::Role::capturista}, {}, "clave-de-carla-1"});
    auto desk = open_as("carla", "clave-de-carla-1");
    ASSERT_TRUE(desk);
    EXPECT_NO_THROW((void)desk->staff().search("Laura", 5));
    office_->accounts().deactivate("carla");
    try {
        (void)desk->staff().search("Laura", 5);
        FAIL() << "a deactivated account went on working";
    } catch (const p::AccessDenied& e) {
        EXPECT_NE(std::string(e.what()).find("desactivada o bloqueada"), std::string::npos) << e.what();
    }
}

// Finding 1 (docs/seguridad.md): a clerk limited to one institution may neither read another's
// people nor overwrite them with an import.
// Finding 1: a capturista limited to institution B imported a file with --actualizar whose
// CURP was institution A's person: the record moved to B with the attacker's address and
// CLABE. B's users also read A's people one by one, in searches and in exports.
TEST_P(OfficeEngines, AUserLimitedToOneInstitutionNeitherReadsNorChangesAnothersPeople) {
    auto other = office_->store().institutions().find(institution_code);
    ASSERT_TRUE(other);
    other->code = "otra-institucion";
    other->name = "Otra institución";
    office_->institutions().save(*other);
    office_->accounts().create({"bruno", {d::Role::capturista}, {"otra-institucion"}, "clave-de-bruno-1"});
    auto bruno = open_as("bruno", "clave-de-bruno-1");
    ASSERT_TRUE(bruno);

    auto victim = office_->store().staff().find(laura);
    ASSERT_TRUE(victim);
    auto forged = *victim;
    forged.domicile = "Calle del atacante 1";
    forged.bank_account = "002180700000000003";
    forged.unit_code.clear();
    EXPECT_THROW((void)bruno->staff().import({forged}, "otra-institucion", true), p::AccessDenied);
    const auto after = office_->store().staff().find(laura);
    EXPECT_EQ(after->domicile, victim->domicile);
    EXPECT_EQ(after->bank_account, victim->bank_account);
    EXPECT_EQ(office_->store().staff().institutions_of({laura}).at(laura), institution_code);
    EXPECT_EQ(office_->store().audit_trail().latest(1).front().action, "denegar");

    EXPECT_THROW((void)bruno->staff().view(laura), p::AccessDenied);
    EXPECT_TRUE(bruno->staff().search("Laura", 50).empty());
    EXPECT_TRUE(bruno->staff().export_all("/tmp/no-se-escribe.csv").empty());
    // The institution's own users still see their people.
    EXPECT_FALSE(office_->staff().search("Laura", 50).empty());
}

// Files live with the data: a reviewer at another desk opens the PDF the clerk generated. On
// the server the bytes come from the database even once the clerk's file is gone; on one
// desk the recorded file itself is opened, and a changed one is refused in words.
TEST_P(OfficeEngines, AnotherDeskOpensTheFileAClerkGenerated) {
    const auto folio = draft();
    const fs::path written = dir_ / "escritorio-de-demo" / "contrato.pdf";
    fs::create_directories(written.parent_path());
    const auto generated = office_->contracts().generate(folio, written, std::nullopt);
    ASSERT_EQ(generated.files.size(), 1U);
    const std::string sha = generated.files[0].sha256;
    const std::string bytes = document::read_file(written).value();

    office_->accounts().create({"rosa", {d::Role::revisor_juridico}, {}, "clave-de-rosa-1"});
    auto rosa = open_as("rosa", "clave-de-rosa-1");
    ASSERT_TRUE(rosa);
    auto documents = rosa->documents();
    const auto listed = documents.list(folio);
    ASSERT_EQ(listed.size(), 1U);
    EXPECT_EQ(listed[0].kind, p::ContractDocument::Kind::complete);
    EXPECT_EQ(listed[0].file_name, "contrato.pdf");
    EXPECT_EQ(p::document_line(listed[0]).rfind("Contrato completo · contrato.pdf · ", 0), 0U) << p::document_line(listed[0]);

    const fs::path copies = dir_ / "escritorio-de-rosa";
    if (server()) fs::remove(written);
    const auto opened = documents.local_copy(folio, sha, copies);
    EXPECT_EQ(document::read_file(opened), bytes);
    if (server()) {
        EXPECT_EQ(opened, copies / folio / "contrato.pdf");
        EXPECT_EQ(fs::status(opened).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
    } else {
        EXPECT_EQ(opened, fs::absolute(written));
        std::ofstream(written, std::ios::binary) << "cambiado";
        try {
            (void)documents.local_copy(folio, sha, copies);
            FAIL() << "a changed file was opened as the contract's";
        } catch (const p::ServiceError& e) {
            EXPECT_NE(std::string(e.what()).find("ya no es como se registró"), std::string::npos) << e.what();
        }
    }

    // Someone of another institution may not read it.
    auto other = office_->store().institutions().find(institution_code);
    other->code = "otra-institucion";
    office_->institutions().save(*other);
    office_->accounts().create({"ivan", {d::Role::revisor_juridico}, {"otra-institucion"}, "clave-de-ivan-1"});
    auto ivan = open_as("ivan", "clave-de-ivan-1");
    ASSERT_TRUE(ivan);
    EXPECT_THROW((void)ivan->documents().contents(folio, sha), p::ServiceError);
}

// Templates a lawyer writes are the office's, not one desk's: the administrator installs one,
// a clerk at another desk drafts from it. On the server it lives in the database (and this
// desk's copy follows it); on one desk it is a file of the data folder.
TEST_P(OfficeEngines, AClerkDraftsFromATemplateTheAdministratorInstalledElsewhere) {
    ::setenv("XDG_DATA_HOME", (dir_ / "datos-de-demo").c_str(), 1);
    std::string text = document::read_file(platform::data_dir() / "plantillas" / "imss-bienestar-honorarios.md").value();
    const auto at = text.find("@plantilla imss-bienestar-honorarios");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, std::string("@plantilla imss-bienestar-honorarios").size(), "@plantilla honorarios-oficina");
    office_->refresh_office_templates();
    const auto kept = p::OfficeTemplateService(office_->session(), p::installed_templates(),
                                               office_->store().office_templates())
                          .install(text, "mi-plantilla.md");
    EXPECT_EQ(kept.filename(), "honorarios-oficina.md");
    EXPECT_EQ(office_->store().audit_trail().latest(1).front().entity, "plantilla");

    office_->accounts().create({"celia", {d::Role::capturista}, {}, "clave-de-celia-1"});
    if (server()) ::setenv("XDG_DATA_HOME", (dir_ / "datos-de-celia").c_str(), 1);  // another computer
    auto celia = open_as("celia", "clave-de-celia-1");
    ASSERT_TRUE(celia);
    const auto entry = p::installed_templates().find("honorarios-oficina");
    ASSERT_TRUE(entry);
    EXPECT_TRUE(entry->usable());
    EXPECT_EQ(document::read_file(entry->path), text);
    EXPECT_THROW((void)p::OfficeTemplateService(celia->session(), p::installed_templates(),
                                                celia->store().office_templates())
                     .install(text, "mi-plantilla.md"),
                 p::AccessDenied);

    auto broken = text;
    broken.replace(broken.find("@plantilla"), 1, "@@");
    EXPECT_THROW((void)p::OfficeTemplateService(office_->session(), p::installed_templates(),
                                                office_->store().office_templates())
                     .install(broken, "rota.md"),
                 p::InvalidInput);
}

// The same work leaves a trail that verifies on either engine, by the same check: drafted,
// corrected, sent to review, returned by a reviewer, its file generated, a denied step.
TEST_P(OfficeEngines, TheTrailOfTheSameWorkVerifiesOnEitherEngine) {
    office_->accounts().create({"rita", {d::Role::revisor_juridico}, {}, "clave-de-rita-1"});
    const auto folio = draft();
    EXPECT_TRUE(office_->contracts().edit(folio, json(R"({"honorarios": {"total": "70000.00"}})")).empty());
    office_->lifecycle().move(folio, d::ContractState::en_revision, "", std::nullopt);
    auto rita = open_as("rita", "clave-de-rita-1");
    ASSERT_TRUE(rita);
    rita->lifecycle().move(folio, d::ContractState::observado, "falta la cuenta presupuestal", std::nullopt);
    EXPECT_THROW((void)rita->contracts().edit(folio, json(R"({"honorarios": {"total": "1.00"}})")), p::AccessDenied);
    (void)office_->contracts().generate(folio, dir_ / "contrato.pdf", std::nullopt);

    const auto chain = office_->maintenance().verify_audit_trail();
    EXPECT_TRUE(chain.intact) << "broken at row " << chain.first_broken_row;
    EXPECT_GT(chain.rows, 10U);
    EXPECT_EQ(chain.latest_hash, office_->store().audit_trail().stored_hash(static_cast<std::int64_t>(chain.rows)));
    std::set<std::string> actors;
    for (const auto& row : office_->store().lifecycle().audit_history(folio)) actors.insert(row.actor);
    EXPECT_TRUE(actors.contains("demo") && actors.contains("rita"));
}

// Screens follow the office: a desk hears that another one wrote (on the server the table,
// on one desk that something changed), once, and never its own writes.
TEST_P(OfficeEngines, ADeskHearsWhatAnotherOneChangedAndNotItsOwnWrites) {
    office_->accounts().create({"rosa", {d::Role::capturista}, {}, "clave-de-rosa-1"});
    auto rosa = open_as("rosa", "clave-de-rosa-1");
    ASSERT_TRUE(rosa);
    (void)office_->store().changes_elsewhere();
    (void)rosa->store().changes_elsewhere();

    // Notifications travel on their own: what a desk hears within a moment.
    const auto listen = [&](std::chrono::milliseconds span) {
        std::vector<std::string> heard;
        const auto until = std::chrono::steady_clock::now() + span;
        do {
            for (auto& table : office_->store().changes_elsewhere()) heard.push_back(std::move(table));
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        } while (std::chrono::steady_clock::now() < until);
        return heard;
    };
    const auto folio = draft();  // this desk's own write
    EXPECT_TRUE(listen(std::chrono::milliseconds(300)).empty());
    rosa->lifecycle().move(folio, d::ContractState::en_revision, "", std::nullopt);
    const auto heard = listen(std::chrono::milliseconds(1500));
    ASSERT_FALSE(heard.empty());
    if (server()) {
        EXPECT_NE(std::find(heard.begin(), heard.end(), "contract"), heard.end());
    } else {
        EXPECT_EQ(heard, std::vector<std::string>{"*"});
    }
    EXPECT_TRUE(listen(std::chrono::milliseconds(300)).empty());  // heard once
}

INSTANTIATE_TEST_SUITE_P(Engines, OfficeEngines, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::core
