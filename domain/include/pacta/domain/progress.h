#pragma once
// Long work (imports, exports, backups) reports how far it got and may be stopped.

#include <cstddef>
#include <functional>
#include <stdexcept>

namespace pacta::domain {

// Hears how many items the work has done; returning false stops it, and then the work
// throws Cancelled and nothing of it is kept.
using ProgressReport = std::function<bool(std::size_t done)>;

class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

}  // namespace pacta::domain
