#include "pacta/platform/sha256.h"

#include <sodium.h>

#include <stdexcept>

namespace pacta::platform {

std::string sha256_hex(std::string_view bytes) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

}  // namespace pacta::platform
