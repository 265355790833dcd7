#pragma once

#include <string>
#include <string_view>

namespace pacta::platform {

// Lower-case hexadecimal SHA-256 of `bytes` (libsodium), printed for every generated file
// so that a signed copy can be matched with what Pacta produced.
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

// SHA-256 fed in parts, one context reused for every message: the audit chain hashes
// millions of short rows, where a fresh context, a joined copy of the row and a portable
// implementation cost more than the hashing itself (OpenSSL uses the CPU's SHA
// instructions where there are some).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(std::string_view bytes);
    // Writes the lower-case hex digest of everything fed since the last one (64 chars, no
    // terminator) and starts a new message.
    void finish_hex(char* out64);

private:
    struct Context;
    Context* context_;
};

}  // namespace pacta::platform
