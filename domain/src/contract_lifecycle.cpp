#include "pacta/domain/contract_lifecycle.h"

#include <algorithm>
#include <array>

#include "pacta/domain/utf8.h"

namespace pacta::domain {

namespace {

struct StateNames {
    ContractState state;
    std::string_view name;
    std::string_view spoken;  // as people type it, also accepted
};

constexpr std::array<StateNames, 10> state_names = {{
    {ContractState::borrador, "borrador", "borrador"},
    {ContractState::en_revision, "en_revision", "en revisión jurídica"},
    {ContractState::observado, "observado", "observado"},
    {ContractState::aprobado, "aprobado", "aprobado"},
    {ContractState::firmado, "firmado", "firmado"},
    {ContractState::vigente, "vigente", "vigente"},
    {ContractState::concluido, "concluido", "concluido"},
    {ContractState::terminado_anticipadamente, "terminado_anticipadamente", "terminado anticipadamente"},
    {ContractState::rescindido, "rescindido", "rescindido"},
    {ContractState::cancelado, "cancelado", "cancelado"},
}};

std::vector<Transition> build_transitions() {
    using enum ContractState;
    using enum Role;
    const std::vector<Role> clerks = {capturista, administrador};
    const std::vector<Role> reviewers = {revisor_juridico};
    const std::vector<Role> finance = {finanzas, administrador};
    std::vector<Transition> t = {
        {borrador, en_revision, clerks},
        {borrador, cancelado, clerks, true},
        {en_revision, observado, reviewers, true, false, true},
        {en_revision, aprobado, reviewers, false, false, true},
        {observado, en_revision, clerks},
        {observado, cancelado, clerks, true},
        // A reviewer may withdraw an approval while the contract is unsigned.
        {aprobado, observado, reviewers, true, false, true},
        {aprobado, firmado, clerks, false, true},
        {aprobado, cancelado, {administrador}, true},
        {firmado, vigente, {}},
        {vigente, concluido, {}},
    };
    for (const auto from : {firmado, vigente}) {
        t.push_back({from, terminado_anticipadamente, finance, true, false, false, true});
        t.push_back({from, rescindido, finance, true, false, false, true});
    }
    return t;
}

}  // namespace

std::string_view contract_state_name(ContractState state) { return state_names[static_cast<std::size_t>(state)].name; }

std::optional<ContractState> contract_state_from_name(std::string_view text) {
    const std::string key = identifier_key(text);
    for (const auto& s : state_names) {
        if (key == s.name || key == identifier_key(s.spoken)) return s.state;
    }
    if (key == "en_revision_juridica" || key == "revision") return ContractState::en_revision;
    return std::nullopt;
}

std::vector<ContractState> all_contract_states() {
    std::vector<ContractState> out;
    for (const auto& s : state_names) out.push_back(s.state);
    return out;
}

bool content_editable(ContractState state) {
    return state == ContractState::borrador || state == ContractState::observado;
}

bool is_final(ContractState state) {
    return state == ContractState::concluido || state == ContractState::terminado_anticipadamente ||
           state == ContractState::rescindido || state == ContractState::cancelado;
}

bool is_signed(ContractState state) {
    return state == ContractState::firmado || state == ContractState::vigente || state == ContractState::concluido ||
           state == ContractState::terminado_anticipadamente || state == ContractState::rescindido;
}

const std::vector<Transition>& contract_transitions() {
    static const std::vector<Transition> table = build_transitions();
    return table;
}

const Transition* find_transition(ContractState from, ContractState to) {
    for (const auto& t : contract_transitions()) {
        if (t.from == from && t.to == to) return &t;
    }
    return nullptr;
}

MoveCheck check_move(const UserAccount& user, const ContractFacts& facts, const MoveRequest& request) {
    const Transition* t = find_transition(request.from, request.to);
    if (t == nullptr) return {MoveRefusal::not_a_move, {}};
    if (t->roles.empty()) return {MoveRefusal::automatic_only, {}};
    const bool has_role = user.active && !user.locked &&
                          std::any_of(t->roles.begin(), t->roles.end(), [&](Role r) { return user.has(r); });
    if (!has_role) return {MoveRefusal::role_missing, t->roles};
    if (!user.covers(facts.institution_code)) return {MoveRefusal::institution_not_covered, {}};
    const bool changed_it =
        (!facts.drafted_by.empty() && facts.drafted_by == user.username) ||
        std::find(facts.editors.begin(), facts.editors.end(), user.username) != facts.editors.end();
    if (t->not_by_drafter && changed_it) {
        return {MoveRefusal::drafter_reviewing, {}};
    }
    if (t->reason_required && request.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
        return {MoveRefusal::reason_missing, {}};
    }
    if (t->signed_document_required && !request.signed_document) return {MoveRefusal::signed_document_missing, {}};
    return {};
}

std::vector<ContractState> moves_for(const UserAccount& user, const ContractFacts& facts, ContractState from) {
    std::vector<ContractState> out;
    for (const auto& t : contract_transitions()) {
        if (t.from != from) continue;
        // Reason and document are what the user brings; the rest is who they are.
        const MoveRequest request{from, t.to, "motivo", true};
        if (check_move(user, facts, request).allowed()) out.push_back(t.to);
    }
    return out;
}

std::vector<ContractState> moves_by_date(ContractState state, Date today, std::optional<Date> start,
                                         std::optional<Date> end) {
    std::vector<ContractState> out;
    if (state == ContractState::firmado && start && today >= *start) {
        out.push_back(ContractState::vigente);
        state = ContractState::vigente;
    }
    if (state == ContractState::vigente && end && today > *end) out.push_back(ContractState::concluido);
    return out;
}

ContractState state_after_termination(TerminationCause cause) {
    return cause == TerminationCause::rescission ? ContractState::rescindido
                                                 : ContractState::terminado_anticipadamente;
}

}  // namespace pacta::domain
