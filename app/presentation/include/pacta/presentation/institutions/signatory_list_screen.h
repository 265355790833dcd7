#pragma once
// Firmantes, as a view-model: the signatories of the user's institutions.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/ports/audit.h"
#include "pacta/domain/ports/contract_history.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/instalments.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/domain/ports/users.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/contracts/contract_lifecycle.h"
#include "pacta/presentation/contracts/contract_list_screen.h"
#include "pacta/presentation/staff/staff_list_screen.h"
#include "pacta/presentation/common/record_list.h"

namespace pacta::presentation {

// Firmantes: every signatory of the institutions the user works for, with roles and validity.
class SignatoryListViewModel {
public:
    enum Column { institution, code, name, title, roles, valid_from, valid_to };
    SignatoryListViewModel(const Session& session, domain::InstitutionRepository& institutions);
    void reload();
    RecordList list;
    [[nodiscard]] const std::string& institution_at(std::size_t row) const { return list.cell(row, institution); }
    [[nodiscard]] const std::string& code_at(std::size_t row) const { return list.cell(row, code); }

private:
    const Session& session_;
    domain::InstitutionRepository& institutions_;
};

}  // namespace pacta::presentation
