#pragma once
// poppler prints what it cannot parse ("Invalid page count 0") on stderr; Pacta reports a
// file it cannot read in its own words, so those lines are dropped.

#include <poppler-global.h>

#include <string>

namespace pacta::presentation::detail {

// Once per process (a static's initialisation is thread-safe; batches read PDFs in threads).
inline void quiet_poppler() {
    static const bool quiet = [] {
        poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
        return true;
    }();
    (void)quiet;
}

}  // namespace pacta::presentation::detail
