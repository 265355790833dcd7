#pragma once
// Services over in-memory repositories: an office whose first administrator is «ana», and
// one contract F-1 of imss-gro she drafted; `as` opens a session with other roles.

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "pacta/locale/catalog.h"
#include "pacta/presentation/session/access.h"
#include "support/memory_repositories.h"

namespace pacta::presentation::testing_support {

class Services : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language({}, "en");
        create_first_administrator(users_, institutions_, {"ana", {domain::Role::administrador, domain::Role::capturista}, {}, "clave-de-ana-1"});
        domain::ContractStatus c;
        c.folio = "F-1";
        c.institution_code = "imss-gro";
        c.drafted_by = "ana";
        contracts_.contracts["F-1"] = c;
    }
    Session as(std::set<domain::Role> roles, const std::string& name = "otra") {
        domain::UserAccount u;
        u.username = name;
        u.roles = std::move(roles);
        return Session(u, audit_);
    }
    MemoryUsers users_;
    MemoryInstitutions institutions_;
    MemoryAudit audit_;
    MemoryContracts contracts_;
};

}  // namespace pacta::presentation::testing_support
