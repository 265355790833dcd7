#pragma once
// An administrator «ana» and a clerk «carlos» of the office imss-gro, whose one unit is
// UMM-0231 and whose representative signs from 10/01/2024.

#include <gtest/gtest.h>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/session/access.h"
#include "support/memory_repositories.h"

namespace pacta::presentation::testing_support {

inline 
domain::Institution office() {
    domain::Institution inst;
    inst.code = "imss-gro";
    inst.name = "IMSS-Bienestar Guerrero";
    inst.units = {{"UMM-0231", "Unidad Médica Móvil 0231", "Guerrero", "073204"}};
    domain::Signatory rep;
    rep.code = "rep";
    rep.name = "Mauricio Roldán Parra";
    rep.sex = domain::Sex::man;
    rep.title = "Encargado del Despacho";
    rep.valid_from = *domain::Date::from_ymd(2024, 1, 10);
    rep.roles = {"representante"};
    inst.signatories = {rep};
    return inst;
}

class Settings : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        institutions.institution = office();
    }
    MemoryAudit audit;
    MemoryInstitutions institutions;
    Session admin{account_with("ana", {domain::Role::administrador}), audit};
    Session clerk{account_with("carlos", {domain::Role::capturista}), audit};
};

}  // namespace pacta::presentation::testing_support
