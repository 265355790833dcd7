// SHA-256 fed in parts gives the digest of the whole, whatever the parts' sizes (short ones
// gather in a buffer, long ones go straight through), and the context serves message after
// message.
#include <gtest/gtest.h>

#include <string>

#include "pacta/platform/sha256.h"

namespace pacta::platform {
namespace {

std::string digest_of_parts(Sha256& sha, const std::string& whole, std::size_t part) {
    for (std::size_t at = 0; at < whole.size(); at += part) sha.update(std::string_view(whole).substr(at, part));
    char hex[64];
    sha.finish_hex(hex);
    return std::string(hex, sizeof hex);
}

TEST(Sha256, PartsHashLikeTheWhole) {
    EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    std::string whole;
    for (int i = 0; i < 9000; ++i) whole += static_cast<char>('a' + i % 26);
    Sha256 sha;
    for (const std::size_t part : {1U, 7U, 64U, 1000U, 2047U, 2048U, 5000U, 9000U}) {
        EXPECT_EQ(digest_of_parts(sha, whole, part), sha256_hex(whole)) << part;
    }
    char hex[64];
    sha.finish_hex(hex);  // nothing fed: the empty message
    EXPECT_EQ(std::string(hex, sizeof hex), sha256_hex(""));
}

}  // namespace
}  // namespace pacta::platform
