#include "clerk_mix.h"

#include <cstdio>
#include <cstdlib>
#include <limits>
#include <thread>

#include "pacta/document/json_data.h"
#include "pacta/presentation/contracts/contract_service.h"
#include "pacta/presentation/payments/payments_service.h"
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

ClerkTimes run_clerk_mix(core::Office& office, int clerk, int clerks, double seconds, const ClerkWork& work) {
    ClerkTimes out;
    std::mt19937 rng(static_cast<unsigned>(1000 + clerk));
    std::exponential_distribution<double> pause(work.pause_ms > 0 ? 1.0 / work.pause_ms : 1.0);
    const auto tmpl = p::load_template("imss-bienestar-honorarios");
    const auto extra = *document::parse_json_data(work.extra_json, "extra").value;
    const auto& people = work.people;
    // The payments this clerk records: every clerks-th signed contract's instalments 3 to 8
    // (signed folios are every twentieth number), each delivered, approved and paid in turn.
    std::vector<std::string> to_pay;
    for (std::size_t i = static_cast<std::size_t>(clerk); i < work.signed_folios.size(); i += static_cast<std::size_t>(clerks)) {
        to_pay.push_back(work.signed_folios[i]);
    }
    std::size_t paying = 0;  // index into to_pay
    int instalment = 3, step = 0;
    long receipt = 0;
    std::vector<std::string> mine;  // drafts of this clerk not yet sent
    const auto deadline = clock_type::now() + std::chrono::duration<double>(seconds);
    const auto timed = [&](const std::string& kind, const auto& operation) {
        const auto start = clock_type::now();
        try {
            operation();
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
        if (pick < 25) {
            timed("buscar personas", [&] { (void)office.staff().search(surnames[rng() % 8], 50); });
        } else if (pick < 42) {
            timed("listar contratos", [&] { (void)contracts_in(office, std::nullopt); });
        } else if (pick < 55) {
            const auto listed = contracts_in(office, std::nullopt);
            if (listed.empty()) continue;
            timed("abrir contrato", [&] { (void)office.contracts().view(listed[rng() % listed.size()].folio); });
        } else if (pick < 68) {
            timed("redactar", [&] {
                p::DraftRequest request;
                request.tmpl = &tmpl;
                request.person_key = people[rng() % people.size()];
                request.extra = extra;
                request.today = *d::Date::from_ymd(2024, 1, 20);
                mine.push_back(office.contracts().draft(request).folio);
            });
        } else if (pick < 80) {
            if (paying >= to_pay.size()) continue;
            d::InstalmentMove move;
            const auto month = static_cast<unsigned>(instalment + 1);
            if (step == 0) {
                move.to = d::InstalmentState::report_delivered;
                move.on = *d::Date::from_ymd(2026, month, 2);
                move.reference = "INF-" + std::to_string(instalment);
            } else if (step == 1) {
                move.to = d::InstalmentState::approved;
                move.on = *d::Date::from_ymd(2026, month, 3);
            } else {
                move.to = d::InstalmentState::paid;
                move.on = *d::Date::from_ymd(2026, month, 5);
                move.reference = "SPEI-" + std::to_string(clerk) + "-" + std::to_string(++receipt);
                char cfdi[64];
                std::snprintf(cfdi, sizeof cfdi, "6F9A1C2D-3B4E-4F50-8A6B-%04X%08X", static_cast<unsigned>(clerk) & 0xFFFFU,
                              static_cast<unsigned>(receipt));
                move.cfdi_uuid = cfdi;
            }
            timed("registrar pago", [&] { office.payments().record(to_pay[paying], instalment, move, false); });
            if (++step == 3) {
                step = 0;
                if (++instalment > 8) {
                    instalment = 3;
                    ++paying;
                }
            }
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
        if (work.pause_ms > 0) {
            std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(std::min(pause(rng), 10 * work.pause_ms)));
        }
    }
    return out;
}

}  // namespace pacta::bench
