// Reads who a signing certificate names, as the SAT writes an e.firma (RFC and CURP in
// x500UniqueIdentifier and serialNumber, « / » between a company's and its representative's)
// and as RENIEC writes a DNI.
#include <openssl/asn1.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <cctype>
#include <cstdio>
#include <ctime>

#include "signing_internal.h"

namespace pacta::pdf {

namespace {

std::string utf8_of(ASN1_STRING* value) {
    unsigned char* utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, value);
    if (n < 0) return {};
    std::string out(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(n));
    OPENSSL_free(utf8);
    return out;
}

std::string entry(X509_NAME* name, int nid) {
    const int at = X509_NAME_get_index_by_NID(name, nid, -1);
    return at < 0 ? std::string() : utf8_of(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at)));
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// «A / B» -> {A, B}; «A» -> {A, ""}.
std::pair<std::string, std::string> split_slash(const std::string& text) {
    const auto at = text.find('/');
    if (at == std::string::npos) return {trimmed(text), ""};
    return {trimmed(text.substr(0, at)), trimmed(text.substr(at + 1))};
}

std::string iso_of(const ASN1_TIME* t) {
    std::tm tm{};
    if (ASN1_TIME_to_tm(t, &tm) != 1) return {};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buffer;
}

bool is_curp(const std::string& s) {
    if (s.size() != 18) return false;
    for (const char c : s) {
        if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    }
    return true;
}

std::string serial_of(X509* cert) {
    BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    if (bn == nullptr) return {};
    char* hex = BN_bn2hex(bn);
    std::string out = hex != nullptr ? hex : "";
    OPENSSL_free(hex);
    BN_free(bn);
    return out;
}

CertificateIdentity identity_of(X509* cert) {
    CertificateIdentity id;
    X509_NAME* subject = X509_get_subject_name(cert);
    id.common_name = entry(subject, NID_commonName);
    id.branch = entry(subject, NID_organizationalUnitName);
    const auto [holder, representative] = split_slash(entry(subject, NID_x500UniqueIdentifier));
    id.rfc = holder;
    id.representative_rfc = representative;
    const auto [first, second] = split_slash(entry(subject, NID_serialNumber));
    const std::string serial = second.empty() ? first : second;
    std::string digits;
    for (const char c : serial) {
        if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    }
    if (is_curp(serial)) {
        id.curp = serial;
    } else if (digits.size() == 8) {
        id.dni = digits;
    }
    X509_NAME* issuer = X509_get_issuer_name(cert);
    id.issuer = entry(issuer, NID_commonName);
    if (id.issuer.empty()) {
        char line[512];
        X509_NAME_oneline(issuer, line, sizeof line);
        id.issuer = line;
    }
    id.serial_hex = serial_of(cert);
    id.not_before = iso_of(X509_get0_notBefore(cert));
    id.not_after = iso_of(X509_get0_notAfter(cert));
    const std::uint32_t usage = X509_get_key_usage(cert);
    id.has_key_usage = usage != UINT32_MAX;
    id.digital_signature = id.has_key_usage && (usage & KU_DIGITAL_SIGNATURE) != 0;
    id.non_repudiation = id.has_key_usage && (usage & KU_NON_REPUDIATION) != 0;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert, EVP_sha256(), md, &length) == 1) {
        static constexpr char hex[] = "0123456789abcdef";
        for (unsigned i = 0; i < length; ++i) {
            id.sha256_fingerprint += hex[md[i] >> 4];
            id.sha256_fingerprint += hex[md[i] & 0x0F];
        }
    }
    return id;
}

}  // namespace

CertificateIdentity SigningCredentials::identity() const { return identity_of(impl_->certificate.get()); }

std::string SigningCredentials::serial_hex() const { return serial_of(impl_->certificate.get()); }

std::optional<ReadCertificate> inspect_certificate(const std::string& bytes) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    detail::X509Ptr cert(d2i_X509(nullptr, &data, static_cast<long>(bytes.size())));
    if (!cert) {
        BIO* in = BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size()));
        cert.reset(PEM_read_bio_X509(in, nullptr, nullptr, nullptr));
        BIO_free(in);
    }
    ERR_clear_error();
    if (!cert) return std::nullopt;
    ReadCertificate out;
    out.identity = identity_of(cert.get());
    out.authority = X509_check_ca(cert.get()) != 0;
    out.self_signed = X509_check_issued(cert.get(), cert.get()) == X509_V_OK;
    char line[1024];
    X509_NAME_oneline(X509_get_subject_name(cert.get()), line, sizeof line);
    out.subject = line;
    BIO* pem = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(pem, cert.get());
    char* text = nullptr;
    const long length = BIO_get_mem_data(pem, &text);
    out.pem.assign(text, static_cast<std::size_t>(length));
    BIO_free(pem);
    return out;
}

}  // namespace pacta::pdf
