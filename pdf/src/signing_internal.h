#pragma once
// What the signing files share: the loaded certificate and key (OpenSSL objects, kept out of
// the public header) and the CAdES signature over a PDF's byte ranges.
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <string>
#include <vector>

#include "pacta/pdf/field_signer.h"

namespace pacta::pdf {

namespace detail {
template <typename T, void (*Free)(T*)>
struct OpenSslFree {
    void operator()(T* p) const { Free(p); }
};
using X509Ptr = std::unique_ptr<X509, OpenSslFree<X509, X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree<EVP_PKEY, EVP_PKEY_free>>;

// The last OpenSSL error as text (English, for logs), the queue cleared.
std::string openssl_error_text();
}  // namespace detail

struct SigningCredentials::Impl {
    // What the key needs alive (a token's engine): first, so it is destroyed after the key.
    std::shared_ptr<void> keep_alive;
    detail::X509Ptr certificate;
    detail::KeyPtr key;
    std::vector<detail::X509Ptr> chain;  // intermediates that came with it (PKCS#12)
};

namespace detail {
// A detached CMS SignedData (DER) over `data`: SHA-256, signing-certificate-v2, no signing time.
std::string cades_detached(const std::string& data, const SigningCredentials::Impl& who);
}  // namespace detail

}  // namespace pacta::pdf
