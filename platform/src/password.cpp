#include "pacta/platform/password.h"

#include <sodium.h>

#include <stdexcept>

#include "system.h"

namespace pacta::platform {

namespace {

void ensure_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

}  // namespace

std::string hash_password(std::string_view password) {
    ensure_sodium();
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: about a tenth of a second and 64 MiB per check, which is what a
    // login on a clerk's desktop can afford and what makes guessing offline expensive.
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("not enough memory to hash the password");
    }
    return out;
}

bool verify_password(const std::string& stored_hash, std::string_view password) {
    ensure_sodium();
    return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

std::optional<std::string> read_secret_from_terminal(const std::string& prompt) {
    return system::read_secret(prompt);
}

}  // namespace pacta::platform
