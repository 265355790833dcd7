#pragma once
// poppler prints what it cannot parse ("Invalid page count 0") on stderr; Pacta reports a
// file it cannot read in its own words, so those lines are dropped.

#include <poppler-global.h>

#include <string>

namespace pacta::presentation::detail {

inline void quiet_poppler() {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
}

}  // namespace pacta::presentation::detail
