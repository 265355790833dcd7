// The service layer on its own (in-memory repositories): logging in and lockout, refusals
// that are audited and name the role, and the lifecycle service's checks before storing.
#include <gtest/gtest.h>

#include "pacta/locale/labels.h"

#include <algorithm>
#include <map>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/contracts/contract_lifecycle.h"
#include "pacta/presentation/payments/instalment_move.h"
#include "pacta/presentation/staff/staff_service.h"
#include "pacta/presentation/session/login_screen.h"
#include "pacta/presentation/contracts/contract_screen.h"
#include "pacta/presentation/institutions/signatory_list_screen.h"
#include "memory_repositories.h"

namespace pacta::presentation {
namespace {

namespace d = domain;
using namespace testing_support;

class Services : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language({}, "en");
        create_first_administrator(users_, institutions_, {"ana", {d::Role::administrador, d::Role::capturista}, {}, "clave-de-ana-1"});
        d::ContractStatus c;
        c.folio = "F-1";
        c.institution_code = "imss-gro";
        c.drafted_by = "ana";
        contracts_.contracts["F-1"] = c;
    }
    Session as(std::set<d::Role> roles, const std::string& name = "otra") {
        d::UserAccount u;
        u.username = name;
        u.roles = std::move(roles);
        return Session(u, audit_);
    }
    MemoryUsers users_;
    MemoryInstitutions institutions_;
    MemoryAudit audit_;
    MemoryContracts contracts_;
};

// Hashing is the engine's business (tests/db: TheEngineKeepsAnArgon2idHash...).
TEST_F(Services, LoginsAreCheckedAndTheFirstAdministratorIsTheOnlyOneWithoutALogin) {
    EXPECT_TRUE(log_in(users_, audit_, "ana", "clave-de-ana-1").user);
    EXPECT_EQ(log_in(users_, audit_, "ana", "otra").failure, LoginFailure::bad_credentials);
    EXPECT_EQ(log_in(users_, audit_, "nadie", "x").failure, LoginFailure::bad_credentials);
    // A second first administrator is refused.
    EXPECT_THROW(create_first_administrator(users_, institutions_, {"eva", {d::Role::administrador}, {}, "clave-de-eva-1"}),
                 AccessDenied);
    MemoryUsers empty;
    EXPECT_THROW(create_first_administrator(empty, institutions_, {"eva", {d::Role::finanzas}, {}, "clave-de-eva-1"}), ServiceError);
    EXPECT_THROW(create_first_administrator(empty, institutions_, {"eva", {d::Role::administrador}, {}, "corta"}), ServiceError);
    EXPECT_EQ(log_in(empty, audit_, "eva", "x").failure, LoginFailure::no_users);
}

TEST_F(Services, TheFifthFailureLocksEvenAgainstTheRightPassword) {
    for (int i = 0; i < d::max_failed_logins - 1; ++i) {
        EXPECT_EQ(log_in(users_, audit_, "ana", "mala").failure, LoginFailure::bad_credentials);
    }
    EXPECT_EQ(log_in(users_, audit_, "ana", "mala").failure, LoginFailure::locked);
    EXPECT_EQ(log_in(users_, audit_, "ana", "clave-de-ana-1").failure, LoginFailure::locked);
    users_.reset_password("ana", "clave-de-ana-1", "beto");
    EXPECT_TRUE(log_in(users_, audit_, "ana", "clave-de-ana-1").user);
    users_.set_active("ana", false, "beto");
    EXPECT_EQ(log_in(users_, audit_, "ana", "clave-de-ana-1").failure, LoginFailure::inactive);
}

TEST_F(Services, ARefusalNamesTheRoleAndIsAudited) {
    const auto clerk = as({d::Role::capturista}, "carlos");
    try {
        clerk.require(d::Permission::record_payments, "exhibicion F-1/1");
        FAIL() << "a clerk recorded a payment";
    } catch (const AccessDenied& e) {
        EXPECT_EQ(e.needed(), std::vector<d::Role>{d::Role::finanzas});
        EXPECT_NE(std::string(e.what()).find(pacta::locale::role_label(d::Role::finanzas)), std::string::npos) << e.what();
    }
    ASSERT_EQ(audit_.rows.size(), 1U);
    EXPECT_EQ(audit_.rows[0].actor, "carlos");
    EXPECT_EQ(audit_.rows[0].action, "denegar");
    EXPECT_EQ(audit_.rows[0].entity_id, "exhibicion F-1/1");
    EXPECT_THROW(create_user(clerk, users_, institutions_, {"zoe", {d::Role::finanzas}, {}, "clave-de-zoe-1"}),
                 AccessDenied);
    EXPECT_FALSE(users_.find("zoe"));
    // An account limited to an institution that does not exist is refused, nothing created.
    const auto admin = as({d::Role::administrador}, "ana");
    EXPECT_THROW(create_user(admin, users_, institutions_, {"zoe", {d::Role::finanzas}, {"no-existe"}, "clave-de-zoe-1"}),
                 ServiceError);
    EXPECT_FALSE(users_.find("zoe"));
    auto limited = as({d::Role::capturista});
    EXPECT_NO_THROW(limited.require(d::Permission::draft_contracts, "x", "imss-gro"));
}

TEST_F(Services, TheLifecycleServiceChecksBeforeItStores) {
    const auto reviewer_who_drafted = as({d::Role::revisor_juridico, d::Role::capturista}, "ana");
    const auto reviewer = as({d::Role::revisor_juridico}, "rita");
    const auto clerk = as({d::Role::capturista}, "carlos");
    ContractLifecycleService(clerk, contracts_).move("F-1", d::ContractState::en_revision, "", std::nullopt);
    EXPECT_THROW(ContractLifecycleService(reviewer_who_drafted, contracts_).move("F-1", d::ContractState::aprobado, "", std::nullopt),
                 AccessDenied);
    EXPECT_THROW(ContractLifecycleService(clerk, contracts_).move("F-1", d::ContractState::aprobado, "", std::nullopt),
                 AccessDenied);
    EXPECT_THROW(ContractLifecycleService(reviewer, contracts_).move("F-1", d::ContractState::observado, "", std::nullopt),
                 ServiceError);
    EXPECT_THROW(ContractLifecycleService(reviewer, contracts_).move("NO-EXISTE", d::ContractState::aprobado, "", std::nullopt),
                 ServiceError);
    ContractLifecycleService(reviewer, contracts_).move("F-1", d::ContractState::aprobado, "", std::nullopt);
    // Signing needs the document; editing an approved contract is refused.
    EXPECT_THROW(ContractLifecycleService(clerk, contracts_).move("F-1", d::ContractState::firmado, "", std::nullopt),
                 ServiceError);
    EXPECT_THROW(ContractLifecycleService(clerk, contracts_).check_content_change("F-1", d::Permission::draft_contracts),
                 ServiceError);
    EXPECT_EQ(contracts_.moves.size(), 2U);
    EXPECT_EQ(contracts_.moves[1].first, "rita");
    EXPECT_EQ(contracts_.contracts.at("F-1").state, d::ContractState::aprobado);
    // Two refusals of roles, each audited (the missing reason and document are not about roles).
    std::size_t denials = 0;
    for (const auto& r : audit_.rows) denials += r.action == "denegar";
    EXPECT_EQ(denials, 2U);
}

// With the service the composition root wires, the desktop runs the contract checker before
// legal review too, and shows what it found under why nothing moved.
TEST_F(Services, TheContractScreenShowsWhatTheCheckerFoundBeforeReview) {
    const auto clerk = as({d::Role::capturista}, "carlos");
    ContractLifecycleService service(clerk, contracts_);
    service.set_pre_review_check([](const std::string&) {
        return d::Findings{d::Finding("check.empty", d::Severity::error, "texto")};
    });
    ContractViewModel screen(service, contracts_);
    screen.load("F-1");
    const auto& moves = screen.moves();
    const auto review = std::find_if(moves.begin(), moves.end(),
                                     [](const AvailableMove& m) { return m.to == d::ContractState::en_revision; });
    ASSERT_NE(review, moves.end());
    EXPECT_FALSE(screen.move(static_cast<std::size_t>(review - moves.begin()), ""));
    EXPECT_NE(screen.error().find("has errors and stays"), std::string::npos) << screen.error();
    EXPECT_NE(screen.error().find("\n• "), std::string::npos) << screen.error();
    EXPECT_EQ(contracts_.contracts.at("F-1").state, d::ContractState::borrador);
}

// The contract screen asks for what a move needs in its own words: the signed document, or
// the settlement screen for an early ending (the service's refusals name pacta-cli options).
TEST_F(Services, TheContractScreenSaysWhatAMoveNeeds) {
    auto& c = contracts_.contracts.at("F-1");
    c.state = d::ContractState::aprobado;
    const auto clerk = as({d::Role::capturista}, "carlos");
    ContractViewModel screen(clerk, contracts_);
    screen.load("F-1");
    const auto& moves = screen.moves();
    const auto sign = std::find_if(moves.begin(), moves.end(), [](const AvailableMove& m) { return m.signed_document_required; });
    ASSERT_NE(sign, moves.end());
    EXPECT_FALSE(screen.move(static_cast<std::size_t>(sign - moves.begin()), ""));
    EXPECT_EQ(screen.error(), "choose the signed document: the scan of the signed copies or the digitally signed PDF.");
    EXPECT_EQ(c.state, d::ContractState::aprobado);

    c.state = d::ContractState::vigente;
    const auto admin = as({d::Role::administrador}, "ana");
    ContractViewModel managed(admin, contracts_);
    managed.load("F-1");
    const auto& later = managed.moves();
    const auto ending = std::find_if(later.begin(), later.end(), [](const AvailableMove& m) { return m.by_termination; });
    ASSERT_NE(ending, later.end());
    EXPECT_FALSE(managed.move(static_cast<std::size_t>(ending - later.begin()), "renuncia"));
    EXPECT_NE(managed.error().find("«Payments»"), std::string::npos) << managed.error();
    EXPECT_EQ(managed.error().find("pacta-cli"), std::string::npos) << managed.error();
    EXPECT_EQ(c.state, d::ContractState::vigente);
}

TEST_F(Services, DatesMoveSignedContractsAsTheSystem) {
    auto& c = contracts_.contracts.at("F-1");
    c.state = d::ContractState::firmado;
    c.start = *d::Date::from_ymd(2024, 2, 1);
    c.end = *d::Date::from_ymd(2024, 6, 30);
    EXPECT_EQ(apply_moves_by_date(contracts_, *d::Date::from_ymd(2024, 1, 31)), 0U);
    EXPECT_EQ(apply_moves_by_date(contracts_, *d::Date::from_ymd(2024, 7, 1)), 2U);
    EXPECT_EQ(c.state, d::ContractState::concluido);
    EXPECT_EQ(contracts_.moves.at(0).first, system_actor);
    EXPECT_EQ(apply_moves_by_date(contracts_, *d::Date::from_ymd(2024, 7, 2)), 0U);
}

TEST_F(Services, PersonalDataIsShownAndExportedOnlyToTheRightRolesAndAudited) {
    MemoryStaff staff;
    d::StaffMember rosa;
    rosa.given_names = "Rosa";
    rosa.first_surname = "Ramírez";
    rosa.curp = "RACR920514MDFMRS05";
    rosa.bank_account = "002180700000000003";
    staff.people.push_back(rosa);
    const auto finance = as({d::Role::finanzas}, "fer");
    const auto reviewer = as({d::Role::revisor_juridico}, "rita");
    EXPECT_EQ(StaffService(finance, staff).view(rosa.curp).bank_account, rosa.bank_account);
    EXPECT_THROW((void)StaffService(reviewer, staff).view(rosa.curp), AccessDenied);
    EXPECT_THROW((void)StaffService(finance, staff).export_all("/tmp/x.csv"), AccessDenied);
    EXPECT_EQ(StaffService(as({d::Role::capturista}, "carlos"), staff).export_all("/tmp/x.csv").size(), 1U);
    EXPECT_THROW((void)StaffService(finance, staff).view("NADIE"), ServiceError);
    EXPECT_THROW(StaffService(reviewer, staff).import({rosa}, "imss-gro", false), AccessDenied);
    std::vector<std::string> actions;
    for (const auto& r : audit_.rows) actions.push_back(r.actor + ":" + r.action);
    EXPECT_EQ(actions, (std::vector<std::string>{"fer:consultar", "rita:denegar", "fer:denegar", "carlos:exportar",
                                                 "rita:denegar"}));
}

// Access and integrity review, finding 8: a legal reviewer's `personal buscar` printed CURPs
// and left no audit row. Now the search is audited once, and the reviewer sees masked keys.
TEST_F(Services, ASearchIsAuditedOnceAndShowsIdentityOnlyToThoseWhoMaySeeIt) {
    MemoryStaff staff;
    d::StaffMember rosa;
    rosa.given_names = "Rosa";
    rosa.first_surname = "Ramírez";
    rosa.curp = "RACR920514MDFMRS05";
    rosa.rfc = "RACR920514AB1";
    rosa.domicile = "Calle 5, Chilpancingo";
    rosa.bank_account = "002180700000000003";
    staff.people = {rosa, rosa};
    const auto reviewer = as({d::Role::revisor_juridico}, "rita");
    const auto audit_rows = audit_.rows.size();
    const auto seen = StaffService(reviewer, staff).search("rosa", 50);
    ASSERT_EQ(seen.size(), 2U);
    EXPECT_EQ(seen[0].full_name(), rosa.full_name());
    EXPECT_EQ(seen[0].key(), "RACR************05");
    EXPECT_EQ(seen[0].rfc, "");
    EXPECT_EQ(seen[0].domicile, "");
    EXPECT_EQ(seen[0].bank_account, "");
    ASSERT_EQ(audit_.rows.size(), audit_rows + 1);
    EXPECT_EQ(audit_.rows.back().actor, "rita");
    EXPECT_EQ(audit_.rows.back().action, "consultar");
    EXPECT_EQ(audit_.rows.back().entity, "busqueda_personal");
    EXPECT_EQ(audit_.rows.back().entity_id, "rosa");
    EXPECT_NE(audit_.rows.back().after_json.value_or("").find(R"("resultados":2)"), std::string::npos);

    const auto clerk = as({d::Role::capturista}, "carlos");
    EXPECT_EQ(StaffService(clerk, staff).search("rosa", 50)[0].key(), rosa.curp);
    EXPECT_EQ(audit_.rows.size(), audit_rows + 2);
}

TEST_F(Services, OnlyFinanceMarksMoneyPaidAndOnlyOnSignedContracts) {
    const auto finance = as({d::Role::finanzas}, "fer");
    const auto admin = as({d::Role::administrador}, "beto");
    EXPECT_THROW(authorize_instalment_move(finance, contracts_, "F-1", 1, d::InstalmentState::paid), ServiceError);
    contracts_.contracts.at("F-1").state = d::ContractState::vigente;
    EXPECT_NO_THROW(authorize_instalment_move(finance, contracts_, "F-1", 1, d::InstalmentState::paid));
    EXPECT_NO_THROW(authorize_instalment_move(admin, contracts_, "F-1", 1, d::InstalmentState::report_delivered));
    EXPECT_THROW(authorize_instalment_move(admin, contracts_, "F-1", 1, d::InstalmentState::paid), AccessDenied);
}

}  // namespace
}  // namespace pacta::presentation
