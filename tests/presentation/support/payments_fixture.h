#pragma once
// A signed contract GRO-2024-0001 of imss-gro with three equal instalments (February to
// April 2024), and an instalment of another institution (imss-oax) nobody here may see.

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "pacta/domain/schedule.h"
#include "pacta/locale/catalog.h"
#include "pacta/presentation/session/access.h"
#include "support/memory_repositories.h"

namespace pacta::presentation::testing_support {

class Payments : public testing::Test {
protected:
    void SetUp() override {
        locale::set_language(PACTA_MESSAGES_DIR, "es");
        domain::ContractStatus signed_contract;
        signed_contract.folio = "GRO-2024-0001";
        signed_contract.institution_code = "imss-gro";
        signed_contract.state = domain::ContractState::vigente;
        contracts.contracts[signed_contract.folio] = signed_contract;
        const auto schedule = domain::build_schedule(domain::Money(300'000'00, domain::Currency::MXN), 3, *domain::Date::from_ymd(2024, 2, 1),
                                                *domain::Date::from_ymd(2024, 4, 30), domain::ScheduleRule::equal, {}, {});
        for (const auto& plan : schedule) {
            domain::ContractInstalment i;
            i.folio = "GRO-2024-0001";
            i.institution_code = "imss-gro";
            i.person = "Rosa Ramírez Cruz";
            i.unit_code = "UMM-GRO";
            i.budget_account = "12101";
            i.supervisor = "supervisor-2024";
            i.record.plan = plan;
            instalments.rows.push_back(i);
        }
        // Another institution's instalment, which nobody here may see.
        auto other = instalments.rows.front();
        other.folio = "OAX-2024-0001";
        other.institution_code = "imss-oax";
        instalments.rows.push_back(other);
    }
    domain::UserAccount limited(std::string name, std::set<domain::Role> roles) {
        auto account = account_with(std::move(name), std::move(roles));
        account.institutions = {"imss-gro"};
        return account;
    }
    MemoryAudit audit;
    MemoryContracts contracts;
    MemoryInstalments instalments;
    MemoryCatalog catalog;
    MemoryInstitutions institutions;
};

}  // namespace pacta::presentation::testing_support
