// The CMS inside a PAdES B-B signature. OpenSSL's CMS_final always adds a signing-time
// attribute, which PAdES forbids (the claimed time is /M): so the signer info is signed once
// by OpenSSL, the attribute removed, and the remaining signed attributes signed again here,
// encoded as DER sorts a SET OF (as they will be written).
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>

#include <algorithm>
#include <cstring>

#include "signing_internal.h"

namespace pacta::pdf::detail {

namespace {

using BioPtr = std::unique_ptr<BIO, OpenSslFree<BIO, BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslFree<CMS_ContentInfo, CMS_ContentInfo_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslFree<EVP_MD_CTX, EVP_MD_CTX_free>>;

[[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error(what + ": " + openssl_error_text());
}

// DER of one attribute.
std::string der_of(X509_ATTRIBUTE* attribute) {
    unsigned char* out = nullptr;
    const int n = i2d_X509_ATTRIBUTE(attribute, &out);
    if (n <= 0) fail("an attribute could not be encoded");
    std::string der(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
    OPENSSL_free(out);
    return der;
}

// A DER length.
std::string der_length(std::size_t n) {
    if (n < 0x80) return std::string(1, static_cast<char>(n));
    std::string bytes;
    for (; n > 0; n >>= 8) bytes.insert(bytes.begin(), static_cast<char>(n & 0xFF));
    return std::string(1, static_cast<char>(0x80 | bytes.size())) + bytes;
}

// The signed attributes as the signature covers them: a SET OF (tag 0x31), its elements in
// DER order (as octet strings, the shorter first where one is a prefix of the other).
std::string signed_attributes(CMS_SignerInfo* si) {
    std::vector<std::string> items;
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i) items.push_back(der_of(CMS_signed_get_attr(si, i)));
    std::sort(items.begin(), items.end(), [](const std::string& a, const std::string& b) {
        const int c = std::memcmp(a.data(), b.data(), std::min(a.size(), b.size()));
        return c != 0 ? c < 0 : a.size() < b.size();
    });
    std::string body;
    for (const auto& item : items) body += item;
    return "\x31" + der_length(body.size()) + body;
}

}  // namespace

std::string cades_detached(const std::string& data, const SigningCredentials::Impl& who) {
    const unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    if (!cms) fail("CMS_sign");
    CMS_SignerInfo* si =
        CMS_add1_signer(cms.get(), who.certificate.get(), who.key.get(), EVP_sha256(), flags | CMS_CADES);
    if (si == nullptr) fail("CMS_add1_signer");
    for (const auto& cert : who.chain) {
        if (CMS_add1_cert(cms.get(), cert.get()) != 1) fail("CMS_add1_cert");
    }
    BioPtr content(BIO_new_mem_buf(data.data(), static_cast<int>(data.size())));
    if (CMS_final(cms.get(), content.get(), nullptr, flags) != 1) fail("CMS_final");

    // Without the signing time, signed again.
    const int at = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (at >= 0) X509_ATTRIBUTE_free(CMS_signed_delete_attr(si, at));
    const std::string to_sign = signed_attributes(si);
    MdCtxPtr ctx(EVP_MD_CTX_new());
    std::size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, who.key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(to_sign.data()),
                       to_sign.size()) != 1) {
        fail("the signature could not be made");
    }
    std::string signature(length, '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(to_sign.data()), to_sign.size()) != 1) {
        fail("the signature could not be made");
    }
    signature.resize(length);
    if (ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), signature.data(), static_cast<int>(signature.size())) != 1) {
        fail("the signature could not be stored");
    }
    unsigned char* der = nullptr;
    const int n = i2d_CMS_ContentInfo(cms.get(), &der);
    if (n <= 0) fail("the CMS could not be encoded");
    std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(n));
    OPENSSL_free(der);
    return out;
}

}  // namespace pacta::pdf::detail
