#include "clerk_mix.h"

#include <cstdio>
#include <cstdlib>
#include <limits>

#include "pacta/document/json_data.h"
#include "pacta/presentation/contracts/contract_service.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/staff/staff_service.h"

namespace pacta::bench {

namespace d = pacta::domain;
namespace p = pacta::presentation;
using clock_type = std::chrono::steady_clock;

namespace {

const char* const surnames[] = {"martinez", "garcia", "lopez", "hernandez", "ramirez", "cruz", "nunez", "pena"};

std::vector<d::ContractSummary> contracts_in(core::Office& office, std::optional<d::ContractState> state) {
    d::ContractQuery query;
    query.state = state;
    return office.store().contracts().page(query, 0, 50);
}

long folio_number(const std::string& folio) {
    const auto dash = folio.rfind('-');
    try {
        return std::stol(folio.substr(dash + 1));
    } catch (const std::exception&) {
        return 0;
    }
}

}  // namespace

ClerkTimes run_clerk_mix(core::Office& office, int clerk, int clerks, double seconds,
                         const std::vector<std::string>& people, const std::string& extra_json) {
    ClerkTimes out;
    std::mt19937 rng(static_cast<unsigned>(1000 + clerk));
    const auto tmpl = p::load_template("imss-bienestar-honorarios");
    const auto extra = *document::parse_json_data(extra_json, "extra").value;
    std::vector<std::string> mine;  // drafts of this clerk not yet sent
    const auto deadline = clock_type::now() + std::chrono::duration<double>(seconds);
    const auto timed = [&](const std::string& kind, const auto& work) {
        const auto start = clock_type::now();
        try {
            work();
            out.ms[kind].push_back(std::chrono::duration<double, std::milli>(clock_type::now() - start).count());
        } catch (const p::ServiceError& e) {
            if (out.refused++ == 0 && std::getenv("PACTA_BENCH_VERBOSE") != nullptr) {
                std::fprintf(stderr, "%s: %s\n", kind.c_str(), e.what());
                if (const auto* invalid = dynamic_cast<const p::InvalidInput*>(&e)) {
                    for (const auto& f : invalid->findings()) std::fprintf(stderr, "  %s %s\n", f.code.c_str(), f.field.c_str());
                }
            }
        } catch (const d::StaleContractState&) {
            ++out.refused;
        } catch (const std::exception& e) {
            ++out.errors;
            if (out.first_error.empty()) out.first_error = kind + ": " + e.what();
        }
    };
    while (clock_type::now() < deadline) {
        const auto pick = rng() % 100;
        if (pick < 30) {
            timed("buscar personas", [&] { (void)office.staff().search(surnames[rng() % 8], 50); });
        } else if (pick < 50) {
            timed("listar contratos", [&] { (void)contracts_in(office, std::nullopt); });
        } else if (pick < 65) {
            const auto listed = contracts_in(office, std::nullopt);
            if (listed.empty()) continue;
            timed("abrir contrato", [&] { (void)office.contracts().view(listed[rng() % listed.size()].folio); });
        } else if (pick < 78) {
            timed("redactar", [&] {
                p::DraftRequest request;
                request.tmpl = &tmpl;
                request.person_key = people[rng() % people.size()];
                request.extra = extra;
                request.today = *d::Date::from_ymd(2024, 1, 20);
                mine.push_back(office.contracts().draft(request).folio);
            });
        } else if (pick < 90) {
            if (mine.empty()) continue;
            const std::string folio = mine.back();
            mine.pop_back();
            timed("enviar a revisión", [&] {
                office.lifecycle().move(folio, d::ContractState::en_revision, "", std::nullopt);
            });
        } else {
            std::string folio;
            for (const auto& c : contracts_in(office, d::ContractState::en_revision)) {
                if (folio_number(c.folio) % clerks == clerk) {
                    const auto status = office.store().lifecycle().status(c.folio);
                    if (status && status->drafted_by != office.session().actor()) folio = c.folio;
                }
            }
            if (folio.empty()) continue;
            timed("aprobar", [&] { office.lifecycle().move(folio, d::ContractState::aprobado, "", std::nullopt); });
        }
    }
    return out;
}

}  // namespace pacta::bench
