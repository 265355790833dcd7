#include "pacta/db/audit_hash.h"

#include <charconv>

namespace pacta::db {

void audit_row_hash(platform::Sha256& sha, std::string_view prev_hash, std::int64_t id, std::string_view at,
                    std::string_view actor, std::string_view action, std::string_view entity,
                    std::string_view entity_id, std::optional<std::string_view> before,
                    std::optional<std::string_view> after, char* out64) {
    // Fed in parts, never joined: the bytes hashed are those of prev_hash, then each field
    // after U+001F (the serialization docs/datos.md describes).
    sha.update(prev_hash);
    const auto field = [&sha](std::string_view part) {
        sha.update("\x1f");
        sha.update(part);
    };
    char number[24];
    const auto printed = std::to_chars(number, number + sizeof number, id);
    field(std::string_view(number, static_cast<std::size_t>(printed.ptr - number)));
    field(at);
    field(actor);
    field(action);
    field(entity);
    field(entity_id);
    // Absent and empty differ: a leading 0 or 1 says which.
    for (const auto& value : {before, after}) {
        sha.update("\x1f");
        if (value) {
            sha.update("1");
            sha.update(*value);
        } else {
            sha.update("0");
        }
    }
    sha.finish_hex(out64);
}

}  // namespace pacta::db
