// The contract lifecycle: every move by every role, against a table written out here by
// hand (not derived from the one in domain/), plus the rules that are not about roles.
#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "pacta/domain/contract_lifecycle.h"

namespace {

using namespace pacta::domain;
using enum ContractState;

UserAccount user_with(std::set<Role> roles, std::string name = "alguien") {
    UserAccount u;
    u.username = std::move(name);
    u.roles = std::move(roles);
    return u;
}

// (from, to, role) that are allowed, as docs/revision.md states them.
const std::set<std::tuple<ContractState, ContractState, Role>> allowed = {
    {borrador, en_revision, Role::capturista},
    {borrador, en_revision, Role::administrador},
    {borrador, cancelado, Role::capturista},
    {borrador, cancelado, Role::administrador},
    {en_revision, observado, Role::revisor_juridico},
    {en_revision, aprobado, Role::revisor_juridico},
    {observado, en_revision, Role::capturista},
    {observado, en_revision, Role::administrador},
    {observado, cancelado, Role::capturista},
    {observado, cancelado, Role::administrador},
    {aprobado, observado, Role::revisor_juridico},
    {aprobado, firmado, Role::capturista},
    {aprobado, firmado, Role::administrador},
    {aprobado, cancelado, Role::administrador},
    {firmado, terminado_anticipadamente, Role::finanzas},
    {firmado, terminado_anticipadamente, Role::administrador},
    {firmado, rescindido, Role::finanzas},
    {firmado, rescindido, Role::administrador},
    {vigente, terminado_anticipadamente, Role::finanzas},
    {vigente, terminado_anticipadamente, Role::administrador},
    {vigente, rescindido, Role::finanzas},
    {vigente, rescindido, Role::administrador},
};

TEST(ContractLifecycle, EveryMoveByEveryRoleIsAllowedOrRefusedAsDocumented) {
    std::size_t checked = 0;
    for (const auto from : all_contract_states()) {
        for (const auto to : all_contract_states()) {
            for (const auto role : all_roles()) {
                const auto user = user_with({role});
                const auto check = check_move(user, {"INST", "otra-persona", {}}, {from, to, "motivo", true});
                const bool expected = allowed.contains({from, to, role});
                EXPECT_EQ(check.allowed(), expected)
                    << contract_state_name(from) << " -> " << contract_state_name(to) << " by " << role_name(role);
                if (!expected && find_transition(from, to) != nullptr && !find_transition(from, to)->roles.empty()) {
                    EXPECT_EQ(check.refusal, MoveRefusal::role_missing);
                    EXPECT_FALSE(check.needed.empty());
                }
                ++checked;
            }
        }
    }
    EXPECT_EQ(checked, 10u * 10u * 4u);
}

TEST(ContractLifecycle, AReviewerNeverReviewsTheirOwnDraft) {
    const auto both = user_with({Role::capturista, Role::revisor_juridico}, "dual");
    for (const auto to : {aprobado, observado}) {
        EXPECT_EQ(check_move(both, {"INST", "dual", {}}, {en_revision, to, "x", false}).refusal, MoveRefusal::drafter_reviewing);
        EXPECT_TRUE(check_move(both, {"INST", "otra", {}}, {en_revision, to, "x", false}).allowed());
    }
    EXPECT_EQ(check_move(both, {"INST", "dual", {}}, {aprobado, observado, "x", false}).refusal,
              MoveRefusal::drafter_reviewing);
    // Drafting and sending to review is theirs, of course.
    EXPECT_TRUE(check_move(both, {"INST", "dual", {}}, {borrador, en_revision, "", false}).allowed());
    // The available moves leave the review out for the drafter.
    EXPECT_TRUE(moves_for(both, {"INST", "dual", {}}, en_revision).empty());
}

TEST(ContractLifecycle, ReasonsAndTheSignedDocumentAreRequiredWhereTheRulesSay) {
    const auto clerk = user_with({Role::capturista});
    const auto reviewer = user_with({Role::revisor_juridico});
    EXPECT_EQ(check_move(reviewer, {}, {en_revision, observado, "  ", false}).refusal, MoveRefusal::reason_missing);
    EXPECT_TRUE(check_move(reviewer, {}, {en_revision, aprobado, "", false}).allowed());
    EXPECT_EQ(check_move(clerk, {}, {borrador, cancelado, "", false}).refusal, MoveRefusal::reason_missing);
    EXPECT_EQ(check_move(clerk, {}, {aprobado, firmado, "", false}).refusal, MoveRefusal::signed_document_missing);
    EXPECT_TRUE(check_move(clerk, {}, {aprobado, firmado, "", true}).allowed());
}

TEST(ContractLifecycle, TheDatesMoveSignedContractsAndNobodyElseDoes) {
    const auto admin = user_with({Role::administrador, Role::capturista, Role::finanzas, Role::revisor_juridico});
    EXPECT_EQ(check_move(admin, {}, {firmado, vigente, "x", true}).refusal, MoveRefusal::automatic_only);
    EXPECT_EQ(check_move(admin, {}, {vigente, concluido, "x", true}).refusal, MoveRefusal::automatic_only);
    const auto start = *Date::from_ymd(2024, 2, 1);
    const auto end = *Date::from_ymd(2024, 6, 30);
    EXPECT_TRUE(moves_by_date(firmado, *Date::from_ymd(2024, 1, 31), start, end).empty());
    EXPECT_EQ(moves_by_date(firmado, start, start, end), std::vector<ContractState>{vigente});
    EXPECT_TRUE(moves_by_date(vigente, end, start, end).empty());  // the last day is still in force
    EXPECT_EQ(moves_by_date(vigente, *Date::from_ymd(2024, 7, 1), start, end), std::vector<ContractState>{concluido});
    // Opened long after: both moves, in order.
    EXPECT_EQ(moves_by_date(firmado, *Date::from_ymd(2025, 1, 1), start, end),
              (std::vector<ContractState>{vigente, concluido}));
    // Only signed contracts follow the dates.
    EXPECT_TRUE(moves_by_date(aprobado, *Date::from_ymd(2025, 1, 1), start, end).empty());
}

TEST(ContractLifecycle, EndedContractsGoNowhereAndContentFreezesOnApproval) {
    const auto admin = user_with({Role::administrador, Role::capturista, Role::finanzas, Role::revisor_juridico});
    for (const auto s : {concluido, terminado_anticipadamente, rescindido, cancelado}) {
        EXPECT_TRUE(is_final(s));
        EXPECT_TRUE(moves_for(admin, {}, s).empty()) << contract_state_name(s);
    }
    std::set<ContractState> editable;
    for (const auto s : all_contract_states()) {
        if (content_editable(s)) editable.insert(s);
    }
    EXPECT_EQ(editable, (std::set<ContractState>{borrador, observado}));
    EXPECT_FALSE(is_signed(aprobado));
    EXPECT_TRUE(is_signed(firmado));
    EXPECT_TRUE(is_signed(rescindido));
    EXPECT_FALSE(is_signed(cancelado));
}

TEST(ContractLifecycle, AnAccountLimitedToOtherInstitutionsIsRefused) {
    auto clerk = user_with({Role::capturista});
    clerk.institutions = {"IMSS-GRO"};
    EXPECT_TRUE(check_move(clerk, {"IMSS-GRO", "", {}}, {borrador, en_revision, "", false}).allowed());
    EXPECT_EQ(check_move(clerk, {"SALUD-PE", "", {}}, {borrador, en_revision, "", false}).refusal,
              MoveRefusal::institution_not_covered);
    clerk.locked = true;
    EXPECT_EQ(check_move(clerk, {"IMSS-GRO", "", {}}, {borrador, en_revision, "", false}).refusal, MoveRefusal::role_missing);
}

TEST(ContractLifecycle, StatesReadAsPeopleWriteThem) {
    EXPECT_EQ(contract_state_from_name("en revisión jurídica"), en_revision);
    EXPECT_EQ(contract_state_from_name("EN_REVISION"), en_revision);
    EXPECT_EQ(contract_state_from_name("Terminado anticipadamente"), terminado_anticipadamente);
    EXPECT_EQ(contract_state_from_name("revisado"), std::nullopt);
    for (const auto s : all_contract_states()) {
        EXPECT_EQ(contract_state_from_name(contract_state_name(s)), s);
    }
    EXPECT_EQ(state_after_termination(TerminationCause::rescission), rescindido);
    EXPECT_EQ(state_after_termination(TerminationCause::notice), terminado_anticipadamente);
    EXPECT_EQ(state_after_termination(TerminationCause::interruption), terminado_anticipadamente);
}

TEST(Access, PermissionsGoToTheRolesTheIssueNames) {
    const auto finance = user_with({Role::finanzas});
    const auto admin = user_with({Role::administrador});
    const auto clerk = user_with({Role::capturista});
    const auto reviewer = user_with({Role::revisor_juridico});
    // Only finance marks money paid, not even an administrator.
    EXPECT_TRUE(finance.may(Permission::record_payments));
    EXPECT_FALSE(admin.may(Permission::record_payments));
    EXPECT_FALSE(clerk.may(Permission::record_payments));
    // Exports of personal data: HR and administrators.
    EXPECT_TRUE(clerk.may(Permission::export_personal_data));
    EXPECT_TRUE(admin.may(Permission::export_personal_data));
    EXPECT_FALSE(finance.may(Permission::export_personal_data));
    EXPECT_FALSE(reviewer.may(Permission::export_personal_data));
    EXPECT_FALSE(reviewer.may(Permission::view_personal_data));
    EXPECT_TRUE(reviewer.may(Permission::read_records));
    EXPECT_TRUE(admin.may(Permission::manage_users));
    EXPECT_FALSE(clerk.may(Permission::manage_users));
    auto inactive = admin;
    inactive.active = false;
    EXPECT_FALSE(inactive.may(Permission::read_records));
}

TEST(Access, RolesAndUserNamesAreReadCarefully) {
    EXPECT_EQ(role_from_name("revisor jurídico"), Role::revisor_juridico);
    EXPECT_EQ(role_from_name("Revisor_Juridico"), Role::revisor_juridico);
    EXPECT_EQ(role_from_name("FINANZAS"), Role::finanzas);
    EXPECT_EQ(role_from_name("jefe"), std::nullopt);
    EXPECT_TRUE(is_valid_username("ana.lopez"));
    EXPECT_TRUE(is_valid_username("rita_2"));
    EXPECT_FALSE(is_valid_username(""));
    EXPECT_FALSE(is_valid_username("Ana"));
    EXPECT_FALSE(is_valid_username("2ana"));
    EXPECT_FALSE(is_valid_username("josé"));
    EXPECT_FALSE(is_valid_username("ana lopez"));
    EXPECT_FALSE(is_valid_username(std::string(65, 'a')));
}

}  // namespace
