#pragma once

#include <string>

namespace pacta::pdf {

// "PoDoFo 0.9.8": shown by `pacta-cli --version`.
[[nodiscard]] std::string pdf_library_version();

}  // namespace pacta::pdf
