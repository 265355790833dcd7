#pragma once
// What every storage engine shares: the audit row's hash, byte for byte as docs/datos.md
// («Formato de las filas») specifies, so a trail written by one engine verifies on another.

#include <cstdint>
#include <optional>
#include <string_view>

#include "pacta/platform/sha256.h"

namespace pacta::db {

// The row's fields in a fixed order, each after U+001F, following the previous row's hash;
// an absent value is "0", a present one "1" and the value. Writes the SHA-256 as 64
// lower-case hex digits. Rows already written never change, so neither may this.
void audit_row_hash(platform::Sha256& sha, std::string_view prev_hash, std::int64_t id, std::string_view at,
                    std::string_view actor, std::string_view action, std::string_view entity,
                    std::string_view entity_id, std::optional<std::string_view> before,
                    std::optional<std::string_view> after, char* out64);

}  // namespace pacta::db
