#pragma once
// The life of a contract and who may move it:
//   borrador -> en revisión jurídica -> observado (back to the clerk) or aprobado -> firmado
//   -> vigente (on its start date) -> concluido (after its end date), or ended early:
//   terminado anticipadamente, rescindido; or cancelado before it is signed.
// An approved contract's content is frozen; from firmado on it never changes again.

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pacta/domain/access.h"
#include "pacta/domain/date.h"
#include "pacta/domain/termination.h"

namespace pacta::domain {

enum class ContractState {
    borrador,
    en_revision,
    observado,
    aprobado,
    firmado,
    vigente,
    concluido,
    terminado_anticipadamente,
    rescindido,
    cancelado,
};

// Stored names: "borrador", "en_revision", ..., "terminado_anticipadamente".
[[nodiscard]] std::string_view contract_state_name(ContractState state);
// The stored name or the Spanish words people type, any case, with or without accents
// ("en revisión jurídica", "EN_REVISION"). What people read: locale/labels.h.
[[nodiscard]] std::optional<ContractState> contract_state_from_name(std::string_view text);
[[nodiscard]] std::vector<ContractState> all_contract_states();

// Content (text, data, signatories, schedule) may change only in these states.
[[nodiscard]] bool content_editable(ContractState state);
// Nothing moves out of these.
[[nodiscard]] bool is_final(ContractState state);
// Signed or later: the contract's content never changes again.
[[nodiscard]] bool is_signed(ContractState state);

struct Transition {
    ContractState from;
    ContractState to;
    std::vector<Role> roles;           // any of them; empty: only Pacta itself (by date)
    bool reason_required = false;      // returning, cancelling, ending early
    bool signed_document_required = false;
    bool not_by_drafter = false;       // a reviewer never reviews their own draft
    bool by_termination = false;       // made by ending the contract (settlement computed)
};

[[nodiscard]] const std::vector<Transition>& contract_transitions();
[[nodiscard]] const Transition* find_transition(ContractState from, ContractState to);

enum class MoveRefusal {
    none,
    not_a_move,         // no such move from the current state
    automatic_only,     // vigente / concluido follow the dates
    role_missing,       // the user holds none of the roles
    drafter_reviewing,  // the reviewer drafted or edited it (four eyes)
    reason_missing,
    signed_document_missing,
    institution_not_covered,
};

struct MoveRequest {
    ContractState from = ContractState::borrador;
    ContractState to = ContractState::borrador;
    std::string reason;
    bool signed_document = false;
};

struct ContractFacts {
    std::string institution_code;
    std::string drafted_by;  // username; empty for contracts drafted before accounts existed
    std::vector<std::string> editors;  // everyone who changed its content: none may approve it
};

struct MoveCheck {
    MoveRefusal refusal = MoveRefusal::none;
    std::vector<Role> needed;  // for role_missing: the roles that may make the move
    [[nodiscard]] bool allowed() const { return refusal == MoveRefusal::none; }
};

[[nodiscard]] MoveCheck check_move(const UserAccount& user, const ContractFacts& facts, const MoveRequest& request);

// The states `user` may move a contract in `from` to (reason and document aside).
[[nodiscard]] std::vector<ContractState> moves_for(const UserAccount& user, const ContractFacts& facts,
                                                   ContractState from);

// What the dates alone do to a signed contract seen on `today`: firmado becomes vigente on
// its start date, vigente becomes concluido the day after its end date. May be two moves.
[[nodiscard]] std::vector<ContractState> moves_by_date(ContractState state, Date today, std::optional<Date> start,
                                                      std::optional<Date> end);

// The state an early ending leaves: rescission -> rescindido, notice or interruption ->
// terminado anticipadamente.
[[nodiscard]] ContractState state_after_termination(TerminationCause cause);

}  // namespace pacta::domain
