#pragma once
// What a person reads for each key the domain stores: contract and instalment states,
// roles, regimes, categories, sexes, termination causes, clause statuses, signatory roles and
// clause keys, in the language chosen at start-up (gettext catalog, English source strings).
// domain/ keeps only the keys ("en_revision", "locacion"); every screen and every listing
// of pacta-cli shows these labels instead.

#include <string>
#include <string_view>
#include <vector>

#include "pacta/domain/access.h"
#include "pacta/domain/contract_lifecycle.h"
#include "pacta/domain/institution.h"
#include "pacta/domain/instalment.h"
#include "pacta/domain/ports/review.h"
#include "pacta/domain/staff.h"
#include "pacta/domain/termination.h"

namespace pacta::locale {

[[nodiscard]] std::string contract_state_label(domain::ContractState state);
[[nodiscard]] std::string instalment_state_label(domain::InstalmentState state);
[[nodiscard]] std::string role_label(domain::Role role);
// "capturista, revisor jurídico".
[[nodiscard]] std::string roles_label(const std::vector<domain::Role>& roles);
[[nodiscard]] std::string regime_label(domain::Regime regime);
[[nodiscard]] std::string category_label(domain::Category category);
[[nodiscard]] std::string sex_label(domain::Sex sex);
[[nodiscard]] std::string termination_cause_label(domain::TerminationCause cause);
[[nodiscard]] std::string clause_status_label(domain::ClauseStatus status);

// A signatory's role in an institution or a template ("representante", "juridico"): the
// known ones translated; an office's own key readable ("jefe_de_area" → "Jefe de area").
[[nodiscard]] std::string signatory_role_label(std::string_view key);
// A clause's key in a template ("conflicto_de_intereses"), when the template gives it no
// title: the known ones translated, others readable as above.
[[nodiscard]] std::string clause_key_label(std::string_view key);

// An audit row's action ("crear" → «creó»... in the catalog) and what it is about
// ("exhibicion" → «exhibición»); the filters keep querying by key.
[[nodiscard]] std::string audit_action_label(std::string_view key);
[[nodiscard]] std::string audit_entity_label(std::string_view key);

// The label of a stored value of a form's choice field: "regimen" "locacion" →
// «Locación de servicios»; a field without labelled values gives the value back.
[[nodiscard]] std::string choice_label(std::string_view field, std::string_view value);

// Every key with a label above, for the tests that walk them all.
[[nodiscard]] const std::vector<std::string_view>& known_signatory_roles();
[[nodiscard]] const std::vector<std::string_view>& known_clause_keys();
[[nodiscard]] const std::vector<std::string_view>& known_audit_entities();

}  // namespace pacta::locale
