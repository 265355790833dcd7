#pragma once
// Drafting from the records over a store in memory: the reference office (IMSS-Bienestar
// Guerrero), Rosa Ramírez and María Luisa Martínez on its staff, the bundled honorarios
// template, and what only the contract says (tests/fixtures/datos/contrato-imss-extra.json).

#include <gtest/gtest.h>

#include "pacta/document/json_data.h"
#include "pacta/document/template_library.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/contracts/contract_service.h"
#include "pacta/presentation/institutions/institution_file.h"
#include "support/memory_store.h"

namespace pacta::presentation::testing_support {

inline domain::StaffMember maria_luisa_martinez() {
    auto luisa = rosa_ramirez();
    luisa.given_names = "María Luisa";
    luisa.first_surname = "Martínez";
    luisa.second_surname = "Martínez";
    luisa.curp = "MAMM900312MGRRRR03";
    return luisa;
}

class Drafting : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        const auto file = document::read_file(PACTA_FIXTURES_DIR "/datos/institucion-imss-bienestar-gro.json");
        store.institutions_.institution = read_institution_file(file.value_or(""), "institucion.json").institution;
        ASSERT_TRUE(store.institutions_.institution);
        store.staff_.people = {rosa_ramirez(), maria_luisa_martinez()};
        tmpl = load_template("imss-bienestar-honorarios");
        const auto extra = document::read_file(PACTA_FIXTURES_DIR "/datos/contrato-imss-extra.json").value_or("");
        contract_only = *document::parse_json_data(extra, "extra.json").value;
    }
    MemoryStore store;
    MemoryAudit audit;
    const Session clerk{account_with("carlos", {domain::Role::capturista}), audit};
    const Session reviewer{account_with("rita", {domain::Role::revisor_juridico}), audit};
    TemplateWithSource tmpl;
    document::DataValue contract_only;
    const domain::Date today = *domain::Date::from_ymd(2024, 1, 20);
};

}  // namespace pacta::presentation::testing_support
