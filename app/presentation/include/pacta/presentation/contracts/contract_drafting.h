#pragma once
// The data of a new contract, put together from the records: the institution's settings
// (keys that name template fields), the staff record (@persona), the signatories by role
// (@firmante), and a file with what only this contract says (fee, term, activities...).

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pacta/document/data.h"
#include "pacta/document/template.h"
#include "pacta/domain/finding.h"
#include "pacta/domain/institution.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/staff.h"

namespace pacta::presentation {

struct Draft {
    document::DataValue data;
    std::map<std::string, std::string> signatories;  // role -> signatory code
    domain::Findings findings;
};

// `chosen`: role -> signatory code given by the user; other roles take the one signatory of
// the institution with that role whose powers are valid on the signing date.
[[nodiscard]] Draft draft_contract(const document::Template& tmpl, const domain::Institution& institution,
                                   const domain::StaffMember& person, const std::map<std::string, std::string>& chosen,
                                   const document::DataValue& extra, domain::Date today);

// Who may sign for one of a template's roles: the institution's signatories with that role
// (and, given a date, powers valid on it), as code and "name, title".
struct SignatoryChoice {
    std::string role;
    std::string label;  // the role as a person reads it («Jurídico»)
    std::vector<std::pair<std::string, std::string>> options;  // code, "name, title"
    std::string chosen;
};
[[nodiscard]] std::vector<SignatoryChoice> signatory_choices(const document::TemplateInfo& info,
                                                             const domain::Institution& institution,
                                                             const std::optional<domain::Date>& on);

// The record a new contract is stored as: the inputs (not the derived values, computed again
// on every generation), the template's exact text, and the figures lists and payments use
// (the first amount field, the term, the signing date, the budget account, the schedule).
[[nodiscard]] domain::NewContract new_contract_record(const document::Template& tmpl, const std::string& template_source,
                                                      const Draft& draft, const document::DataValue& generated,
                                                      const domain::StaffMember& person,
                                                      const std::string& institution_code);

// Findings about the template's fields named by the labels its form shows («Nombre del
// supervisor», not «supervisor.nombre»), where the template gives one.
void label_template_fields(domain::Findings& findings, const document::Template& tmpl);

// Every leaf of `extra` written over `data` (lists and records replace what was there).
void overlay_data(document::DataValue& data, const document::DataValue& extra);

}  // namespace pacta::presentation
