#include "signature_trust.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509_vfy.h>

#include <ctime>
#include <memory>

namespace pacta::pdf::detail {

namespace {

template <typename T, void (*Free)(T*)>
struct Deleter {
    void operator()(T* p) const { Free(p); }
};
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

void free_certificates(STACK_OF(X509)* certificates) { sk_X509_pop_free(certificates, X509_free); }

// "2026-12-07T16:42:05[Z]" as seconds since 1970 (UTC); -1 when unreadable.
std::time_t utc_seconds(const std::string& iso) {
    std::tm tm{};
    if (iso.size() < 19 || ::strptime(iso.substr(0, 19).c_str(), "%Y-%m-%dT%H:%M:%S", &tm) == nullptr) return -1;
    return ::timegm(&tm);
}

X509* signer_of(CMS_ContentInfo* cms) {
    STACK_OF(X509)* signers = CMS_get0_signers(cms);
    X509* first = signers != nullptr && sk_X509_num(signers) > 0 ? sk_X509_value(signers, 0) : nullptr;
    if (signers != nullptr) sk_X509_free(signers);
    return first;  // owned by the CMS
}

}  // namespace

TrustVerdict verify_chain(CMS_ContentInfo* cms, const std::vector<std::string>& anchors, const std::string& when) {
    TrustVerdict verdict;
    X509* signer = signer_of(cms);
    if (signer == nullptr) {
        verdict.problem = "the signature carries no signer certificate";
        return verdict;
    }
    StorePtr store(X509_STORE_new());
    int loaded = 0;
    for (const auto& pem : anchors) {
        BioPtr in(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
        X509Ptr root(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
        if (root && X509_STORE_add_cert(store.get(), root.get()) == 1) ++loaded;
    }
    ERR_clear_error();
    if (loaded == 0) {
        verdict.problem = "no trusted authority";
        return verdict;
    }
    // The certificates the signature carries may fill in the intermediates.
    std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), free_certificates>> carried(CMS_get1_certs(cms));
    StoreCtxPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store.get(), signer, carried.get()) != 1) {
        verdict.problem = "could not prepare the chain check";
        return verdict;
    }
    const std::time_t at = when.empty() ? std::time(nullptr) : utc_seconds(when);
    if (at >= 0) X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()), at);
    if (X509_verify_cert(context.get()) == 1) {
        verdict.trusted = true;
    } else {
        verdict.problem = X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get()));
    }
    ERR_clear_error();
    return verdict;
}

std::string signer_certificate_der(CMS_ContentInfo* cms) {
    X509* signer = signer_of(cms);
    if (signer == nullptr) return {};
    unsigned char* der = nullptr;
    const int length = i2d_X509(signer, &der);
    if (length <= 0) return {};
    std::string out(reinterpret_cast<const char*>(der), static_cast<std::size_t>(length));
    OPENSSL_free(der);
    return out;
}

}  // namespace pacta::pdf::detail
