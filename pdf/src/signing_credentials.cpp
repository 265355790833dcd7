#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>

#include <algorithm>
#include <array>

#include "signing_internal.h"

namespace pacta::pdf {

namespace detail {

std::string openssl_error_text() {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) return "unknown OpenSSL error";
    std::array<char, 256> text{};
    ERR_error_string_n(code, text.data(), text.size());
    return text.data();
}

}  // namespace detail

namespace {

using detail::KeyPtr;
using detail::X509Ptr;
using BioPtr = std::unique_ptr<BIO, detail::OpenSslFree<BIO, BIO_free_all>>;
using P12Ptr = std::unique_ptr<PKCS12, detail::OpenSslFree<PKCS12, PKCS12_free>>;

BioPtr memory(const std::string& bytes) {
    return BioPtr(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
}

bool looks_pem(const std::string& bytes) { return bytes.find("-----BEGIN ") != std::string::npos; }

// OpenSSL's password callback: the password given, never a prompt.
int password_callback(char* buffer, int size, int /*writing*/, void* user) {
    const auto* password = static_cast<const std::string*>(user);
    const int n = static_cast<int>(std::min<std::size_t>(password->size(), static_cast<std::size_t>(size)));
    std::copy_n(password->data(), n, buffer);
    return n;
}

X509Ptr read_certificate(const std::string& bytes) {
    auto bio = memory(bytes);
    X509* cert = looks_pem(bytes) ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)
                                  : d2i_X509_bio(bio.get(), nullptr);
    if (cert == nullptr) {
        throw SigningError(SigningError::Kind::unreadable, "not a certificate: " + detail::openssl_error_text());
    }
    return X509Ptr(cert);
}

// PKCS#12 files from older tools use RC2-40, which OpenSSL 3 keeps in its legacy provider;
// the default provider stays loaded beside it for everything else.
// Both stay loaded for the process's life, held here (so leak checkers see them in use).
void load_legacy_providers() {
    static OSSL_PROVIDER* const legacy = OSSL_PROVIDER_load(nullptr, "legacy");
    static OSSL_PROVIDER* const fallback = OSSL_PROVIDER_load(nullptr, "default");
    (void)legacy;
    (void)fallback;
    ERR_clear_error();
}

}  // namespace

SigningCredentials::SigningCredentials(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SigningCredentials::SigningCredentials(SigningCredentials&&) noexcept = default;
SigningCredentials& SigningCredentials::operator=(SigningCredentials&&) noexcept = default;
SigningCredentials::~SigningCredentials() = default;

SigningCredentials SigningCredentials::from_certificate_and_key(const std::string& certificate, const std::string& key,
                                                                const std::string& password) {
    auto impl = std::make_unique<Impl>();
    impl->certificate = read_certificate(certificate);
    auto bio = memory(key);
    std::string pass = password;
    EVP_PKEY* pkey = looks_pem(key) ? PEM_read_bio_PrivateKey(bio.get(), nullptr, password_callback, &pass)
                                    : d2i_PKCS8PrivateKey_bio(bio.get(), nullptr, password_callback, &pass);
    if (pkey == nullptr) {
        // A key that parses as encrypted PKCS#8 but does not decrypt is a wrong password.
        const std::string why = detail::openssl_error_text();
        const bool wrong_password = why.find("bad decrypt") != std::string::npos ||
                                    why.find("decryption") != std::string::npos ||
                                    why.find("maybe wrong password") != std::string::npos;
        throw SigningError(wrong_password ? SigningError::Kind::bad_password : SigningError::Kind::unreadable,
                           "the key did not open: " + why);
    }
    impl->key.reset(pkey);
    if (X509_check_private_key(impl->certificate.get(), impl->key.get()) != 1) {
        ERR_clear_error();
        throw SigningError(SigningError::Kind::key_mismatch, "the key is not the certificate's");
    }
    return SigningCredentials(std::move(impl));
}

SigningCredentials SigningCredentials::from_pkcs12(const std::string& p12_bytes, const std::string& password) {
    load_legacy_providers();
    auto bio = memory(p12_bytes);
    P12Ptr p12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!p12) throw SigningError(SigningError::Kind::unreadable, "not a PKCS#12 file: " + detail::openssl_error_text());
    if (PKCS12_verify_mac(p12.get(), password.c_str(), static_cast<int>(password.size())) != 1) {
        ERR_clear_error();
        throw SigningError(SigningError::Kind::bad_password, "the PKCS#12 password is wrong");
    }
    EVP_PKEY* pkey = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* ca = nullptr;
    if (PKCS12_parse(p12.get(), password.c_str(), &pkey, &cert, &ca) != 1 || pkey == nullptr || cert == nullptr) {
        EVP_PKEY_free(pkey);
        X509_free(cert);
        sk_X509_pop_free(ca, X509_free);
        throw SigningError(SigningError::Kind::unreadable, "the PKCS#12 file holds no key and certificate: " +
                                                               detail::openssl_error_text());
    }
    auto impl = std::make_unique<Impl>();
    impl->key.reset(pkey);
    impl->certificate.reset(cert);
    while (ca != nullptr && sk_X509_num(ca) > 0) impl->chain.emplace_back(sk_X509_shift(ca));
    sk_X509_free(ca);
    if (X509_check_private_key(impl->certificate.get(), impl->key.get()) != 1) {
        ERR_clear_error();
        throw SigningError(SigningError::Kind::key_mismatch, "the key is not the certificate's");
    }
    return SigningCredentials(std::move(impl));
}

std::string SigningCredentials::common_name() const {
    X509_NAME* subject = X509_get_subject_name(impl_->certificate.get());
    const int at = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (at < 0) return {};
    ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, at));
    unsigned char* utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, value);
    if (n < 0) return {};
    std::string out(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(n));
    OPENSSL_free(utf8);
    return out;
}

}  // namespace pacta::pdf
