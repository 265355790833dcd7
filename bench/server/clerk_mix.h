#pragma once
// One clerk's working day compressed: the operations of the office-server benchmark, each
// timed, on a logged-in office (the server or one desk's SQLite, the same service layer).

#include <chrono>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "pacta/core/office.h"

namespace pacta::bench {

struct ClerkTimes {
    std::map<std::string, std::vector<double>> ms;  // operation -> latencies
    long refused = 0;  // the service said no (the contract checker, a step already taken)
    long errors = 0;   // anything else: must stay 0
    std::string first_error;
};

struct ClerkWork {
    std::vector<std::string> people;         // keys on record, to draft for
    std::vector<std::string> signed_folios;  // signed contracts whose instalments 3 and on are unpaid
    std::string extra_json;                  // the contract data a draft adds to the template's
    double pause_ms = 0;                     // mean time a clerk reads a screen between two operations
};

// Runs the mix for `seconds` as clerk number `clerk` of `clerks`: searches people, lists and
// opens contracts, drafts and sends to review its own, approves others' and records the
// payments of signed contracts (those whose folio number falls to it, so two never race for
// one). With a pause, each operation is followed by a random one (exponential, that mean).
ClerkTimes run_clerk_mix(core::Office& office, int clerk, int clerks, double seconds, const ClerkWork& work);

}  // namespace pacta::bench
