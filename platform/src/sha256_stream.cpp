#include <openssl/evp.h>

#include <array>
#include <cstring>
#include <stdexcept>

#include "pacta/platform/sha256.h"

namespace pacta::platform {

struct Sha256::Context {
    EVP_MD* md = nullptr;  // fetched once: a lookup by name per message would cost as much as the hash
    EVP_MD_CTX* ctx = nullptr;
    // Short parts gather here: each call into OpenSSL costs about as much as hashing 64 bytes,
    // and an audit row comes in twenty parts, most of a few bytes.
    std::array<char, 2048> pending{};
    std::size_t used = 0;

    void flush() {
        if (used > 0 && EVP_DigestUpdate(ctx, pending.data(), used) != 1) throw std::runtime_error("OpenSSL could not hash");
        used = 0;
    }
};

Sha256::Sha256() : context_(new Context) {
    context_->md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    context_->ctx = EVP_MD_CTX_new();
    if (context_->md == nullptr || context_->ctx == nullptr || EVP_DigestInit_ex2(context_->ctx, context_->md, nullptr) != 1) {
        EVP_MD_CTX_free(context_->ctx);
        EVP_MD_free(context_->md);
        delete context_;
        throw std::runtime_error("OpenSSL could not start a SHA-256 digest");
    }
}

Sha256::~Sha256() {
    EVP_MD_CTX_free(context_->ctx);
    EVP_MD_free(context_->md);
    delete context_;
}

void Sha256::update(std::string_view bytes) {
    Context& c = *context_;
    if (c.used + bytes.size() > c.pending.size()) c.flush();
    if (bytes.size() >= c.pending.size()) {
        if (EVP_DigestUpdate(c.ctx, bytes.data(), bytes.size()) != 1) throw std::runtime_error("OpenSSL could not hash");
        return;
    }
    std::memcpy(c.pending.data() + c.used, bytes.data(), bytes.size());
    c.used += bytes.size();
}

void Sha256::finish_hex(char* out64) {
    context_->flush();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(context_->ctx, digest, &size) != 1 || size != 32 ||
        EVP_DigestInit_ex2(context_->ctx, nullptr, nullptr) != 1) {
        throw std::runtime_error("OpenSSL could not finish a SHA-256 digest");
    }
    static constexpr char hex[] = "0123456789abcdef";
    for (unsigned int i = 0; i < size; ++i) {
        out64[2 * i] = hex[digest[i] >> 4];
        out64[2 * i + 1] = hex[digest[i] & 0x0f];
    }
}

}  // namespace pacta::platform
