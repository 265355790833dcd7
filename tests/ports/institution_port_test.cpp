// The institutions port, the same tests on every engine: what is saved is found as it was
// saved, a second save replaces every part (signatories kept by code, in the order given),
// and the lists count what each institution holds.
#include <gtest/gtest.h>

#include "engine.h"

namespace pacta::testing_ports {
namespace {

domain::Institution sample(const std::string& code) {
    domain::Institution inst;
    inst.code = code;
    inst.name = "Servicios de Salud " + code;
    inst.country = "MX";
    inst.profile = domain::FormatProfile::es_MX;
    inst.public_legend = "Versión pública";
    inst.legal_basis = "Art. 116 LGTAIP";
    inst.notice_days = 30;
    inst.settings = {{"programa.nombre", "IMSS-Bienestar"}, {"programa.ejercicio", "2024"}};
    inst.units = {{"UMM-GRO", "Unidad Médica Móvil", "Guerrero", "CC-01"}, {"HG-ACA", "Hospital General", "Acapulco", "CC-02"}};
    inst.accounts = {{"42060206", "Servicios profesionales", "UI-1"}};
    domain::Signatory rep;
    rep.code = "representante-2024";
    rep.name = "Mauricio Roldán Parra";
    rep.sex = domain::Sex::man;
    rep.title = "Coordinador Estatal";
    rep.roles = {"representante", "supervisor"};
    rep.powers.deed_number = "44,852";
    rep.powers.deed_date = domain::Date::from_ymd(2023, 11, 3);
    rep.powers.notary = "Lic. Pérez";
    rep.valid_from = *domain::Date::from_ymd(2024, 1, 15);
    rep.rfc = "ROPM750101AB1";
    domain::Signatory legal = rep;
    legal.code = "juridico";
    legal.name = "Rosa Ávila Núñez";
    legal.sex = domain::Sex::woman;
    legal.roles = {"juridico"};
    legal.powers = {};
    legal.valid_to = domain::Date::from_ymd(2024, 12, 31);
    legal.rfc.clear();
    legal.dni = "10117410";
    inst.signatories = {rep, legal};
    return inst;
}

class InstitutionPort : public testing::TestWithParam<const char*> {
protected:
    void SetUp() override { ASSERT_TRUE(engine.ready()); }
    Engine engine{GetParam()};
};

// Saved over the institution as an editor read it: refused whole, naming who saved last and
// when, if someone saved in between; over what is stored now, it goes through.
TEST_P(InstitutionPort, ASaveOverAnOlderReadingIsRefusedWhole) {
    ASSERT_NO_THROW(engine.institutions().save(sample("port-v"), engine.actor()));
    const auto opened = *engine.institutions().find("port-v");
    auto first = opened;
    first.name = "Primero";
    ASSERT_NO_THROW(engine.institutions().save_over(first, opened, engine.actor()));
    auto second = opened;
    second.notice_days = 15;
    try {
        engine.institutions().save_over(second, opened, engine.actor());
        ADD_FAILURE() << "saved over another editor's change";
    } catch (const domain::StaleInstitution& e) {
        EXPECT_EQ(e.code(), "port-v");
        EXPECT_EQ(e.who(), engine.actor());
        EXPECT_EQ(e.at().size(), 20U) << e.at();
    }
    const auto now = *engine.institutions().find("port-v");
    EXPECT_EQ(now.name, "Primero");
    EXPECT_EQ(now.notice_days, 30);
    auto third = now;
    third.notice_days = 15;
    ASSERT_NO_THROW(engine.institutions().save_over(third, now, engine.actor()));
    EXPECT_EQ(engine.institutions().find("port-v")->notice_days, 15);
}

TEST_P(InstitutionPort, WhatIsSavedIsFoundAsItWasSaved) {
    const auto inst = sample("port-a");
    EXPECT_TRUE(engine.institutions().save(inst, engine.actor()));
    const auto found = engine.institutions().find("port-a");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->name, inst.name);
    EXPECT_EQ(found->notice_days, 30);
    EXPECT_EQ(found->settings, inst.settings);
    ASSERT_EQ(found->units.size(), 2U);
    EXPECT_EQ(found->units[1].cost_centre, "CC-02");
    ASSERT_EQ(found->accounts.size(), 1U);
    ASSERT_EQ(found->signatories.size(), 2U);
    const auto& rep = found->signatories[0];
    EXPECT_EQ(rep.code, "representante-2024");
    EXPECT_EQ(rep.roles, (std::vector<std::string>{"representante", "supervisor"}));
    EXPECT_EQ(rep.powers.deed_date, domain::Date::from_ymd(2023, 11, 3));
    EXPECT_EQ(rep.valid_from, *domain::Date::from_ymd(2024, 1, 15));
    EXPECT_FALSE(rep.valid_to);
    EXPECT_EQ(rep.rfc, "ROPM750101AB1");  // what the signatory's certificate carries
    EXPECT_EQ(found->signatories[1].dni, "10117410");
    EXPECT_EQ(found->signatories[1].valid_to, domain::Date::from_ymd(2024, 12, 31));
    EXPECT_EQ(found->signatories[1].name, "Rosa Ávila Núñez");
    EXPECT_FALSE(engine.institutions().find("no-existe"));
}

TEST_P(InstitutionPort, ASecondSaveReplacesEveryPart) {
    auto inst = sample("port-b");
    ASSERT_TRUE(engine.institutions().save(inst, engine.actor()));
    inst.name = "Servicios Estatales de Salud";
    inst.settings.erase("programa.ejercicio");
    inst.units.pop_back();
    inst.units[0].name = "Unidad Médica Móvil 1";
    inst.signatories.pop_back();
    inst.signatories[0].roles = {"supervisor", "representante"};
    inst.signatories[0].valid_to = domain::Date::from_ymd(2025, 6, 30);
    EXPECT_FALSE(engine.institutions().save(inst, engine.actor()));
    const auto found = engine.institutions().find("port-b");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->name, "Servicios Estatales de Salud");
    EXPECT_EQ(found->settings.size(), 1U);
    ASSERT_EQ(found->units.size(), 1U);
    EXPECT_EQ(found->units[0].name, "Unidad Médica Móvil 1");
    ASSERT_EQ(found->signatories.size(), 1U);
    EXPECT_EQ(found->signatories[0].roles, (std::vector<std::string>{"supervisor", "representante"}));
    EXPECT_EQ(found->signatories[0].valid_to, domain::Date::from_ymd(2025, 6, 30));
}

TEST_P(InstitutionPort, TheListsCountWhatEachInstitutionHolds) {
    ASSERT_TRUE(engine.institutions().save(sample("port-c"), engine.actor()));
    bool listed = false;
    for (const auto& summary : engine.institutions().list()) {
        if (summary.code != "port-c") continue;
        listed = true;
        EXPECT_EQ(summary.units, 2U);
        EXPECT_EQ(summary.signatories, 2U);
        EXPECT_EQ(summary.country, "MX");
    }
    EXPECT_TRUE(listed);
    const auto signatories = engine.institutions().signatories("port-c");
    ASSERT_EQ(signatories.size(), 2U);
    EXPECT_EQ(signatories[0].institution, "port-c");
    EXPECT_EQ(signatories[1].signatory.code, "juridico");
    EXPECT_TRUE(engine.institutions().signatories("no-existe").empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, InstitutionPort, testing::ValuesIn(engines), engine_name);

}  // namespace
}  // namespace pacta::testing_ports
