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

// Runs the mix for `seconds` as clerk number `clerk` of `clerks`: searches people, lists and
// opens contracts, drafts and sends to review its own, approves others' (those whose folio
// number falls to it, so two reviewers never race for one). `people` are keys on record.
ClerkTimes run_clerk_mix(core::Office& office, int clerk, int clerks, double seconds,
                         const std::vector<std::string>& people, const std::string& extra_json);

}  // namespace pacta::bench
