#pragma once

#include <string>
#include <string_view>

namespace pacta::platform {

// Lower-case hexadecimal SHA-256 of `bytes` (libsodium), printed for every generated file
// so that a signed copy can be matched with what Pacta produced.
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

}  // namespace pacta::platform
