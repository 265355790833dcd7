// Test setup for the ports that need a contract in some state (instalments, review
// comments): drafted through the engine's drafts port and moved along the legal path through
// its lifecycle port, the reviewer making the moves four eyes keep from the drafter.
#include <vector>

#include "engine.h"

namespace pacta::testing_ports {

namespace d = domain;

namespace {

// The legal moves from a draft to `state`, in order.
std::vector<d::ContractState> path_to(d::ContractState state) {
    using S = d::ContractState;
    switch (state) {
        case S::borrador: return {};
        case S::en_revision: return {S::en_revision};
        case S::observado: return {S::en_revision, S::observado};
        case S::aprobado: return {S::en_revision, S::aprobado};
        case S::firmado: return {S::en_revision, S::aprobado, S::firmado};
        case S::vigente: return {S::en_revision, S::aprobado, S::firmado, S::vigente};
        case S::concluido: return {S::en_revision, S::aprobado, S::firmado, S::vigente, S::concluido};
        case S::terminado_anticipadamente:
            return {S::en_revision, S::aprobado, S::firmado, S::terminado_anticipadamente};
        case S::rescindido: return {S::en_revision, S::aprobado, S::firmado, S::rescindido};
        case S::cancelado: return {S::cancelado};
    }
    return {};
}

}  // namespace

std::string Engine::setup_contract(const d::NewContract& draft, d::ContractState state) {
    const auto folio = drafts().create(draft, actor_);
    auto from = d::ContractState::borrador;
    for (const auto to : path_to(state)) {
        // Four eyes: whoever drafted it does not approve it or return it.
        const bool review = from == d::ContractState::en_revision;
        (review ? reviewer_lifecycle() : lifecycle())
            .save_move({folio, from, to, "preparación de la prueba", std::nullopt}, review ? reviewer_ : actor_);
        from = to;
    }
    return folio;
}

}  // namespace pacta::testing_ports
