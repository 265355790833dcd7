#pragma once
// Password hashing with Argon2id (libsodium's crypto_pwhash_str: random salt, parameters
// and hash in one self-describing string), and reading a password without echoing it.

#include <optional>
#include <string>
#include <string_view>

namespace pacta::platform {

// "$argon2id$v=19$m=65536,t=2,p=1$..." with a fresh salt; throws std::runtime_error when
// the machine cannot spare the memory.
[[nodiscard]] std::string hash_password(std::string_view password);
// Constant-time check of `password` against a stored hash; false for a malformed hash.
[[nodiscard]] bool verify_password(const std::string& stored_hash, std::string_view password);

// Shows `prompt` on the terminal and reads a line with echo off; nullopt when the process
// has no terminal (use an environment variable or standard input instead).
[[nodiscard]] std::optional<std::string> read_secret_from_terminal(const std::string& prompt);

}  // namespace pacta::platform
