#include "timestamp_token.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>

#include <ctime>
#include <cstdio>
#include <memory>

#include "pacta/pdf/timestamp.h"
#include "signing_internal.h"

namespace pacta::pdf::detail {

namespace {

using BioPtr = std::unique_ptr<BIO, OpenSslFree<BIO, BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslFree<CMS_ContentInfo, CMS_ContentInfo_free>>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, OpenSslFree<PKCS7, PKCS7_free>>;
using TstInfoPtr = std::unique_ptr<TS_TST_INFO, OpenSslFree<TS_TST_INFO, TS_TST_INFO_free>>;
using VerifyCtxPtr = std::unique_ptr<TS_VERIFY_CTX, OpenSslFree<TS_VERIFY_CTX, TS_VERIFY_CTX_free>>;

const unsigned char* bytes_of(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.data()); }

[[noreturn]] void bad(const std::string& what) {
    throw TimestampError(TimestampError::Kind::bad_response, what + ": " + openssl_error_text());
}

CmsPtr parse_cms(const std::string& der) {
    const unsigned char* p = bytes_of(der);
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())));
    if (!cms) bad("the CMS could not be read");
    return cms;
}

CMS_SignerInfo* first_signer(CMS_ContentInfo* cms) {
    STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms);
    if (infos == nullptr || sk_CMS_SignerInfo_num(infos) < 1) return nullptr;
    return sk_CMS_SignerInfo_value(infos, 0);
}

std::string value_of(CMS_SignerInfo* si) {
    const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(si);
    if (value == nullptr) return {};
    return std::string(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
                       static_cast<std::size_t>(ASN1_STRING_length(value)));
}

std::string iso_time(const ASN1_GENERALIZEDTIME* time) {
    std::tm tm{};
    if (time == nullptr || ASN1_TIME_to_tm(time, &tm) != 1) return {};
    char text[80];  // room for any int, as the compiler sees it
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
    return text;
}

}  // namespace

TokenCheck check_timestamp_token(const std::string& token_der, const std::string& stamped) {
    TokenCheck check;
    const unsigned char* p = bytes_of(token_der);
    Pkcs7Ptr token(d2i_PKCS7(nullptr, &p, static_cast<long>(token_der.size())));
    if (!token) {
        check.problem = "the timestamp token is not a CMS ContentInfo: " + openssl_error_text();
        return check;
    }
    const TstInfoPtr info(PKCS7_to_TS_TST_INFO(token.get()));
    if (!info) {
        check.problem = "the timestamp token holds no TSTInfo: " + openssl_error_text();
        return check;
    }
    check.gen_time = iso_time(TS_TST_INFO_get_time(info.get()));

    // The digest it carries is that of the stamped bytes (with its own algorithm).
    VerifyCtxPtr ctx(TS_VERIFY_CTX_new());
    BIO* data = BIO_new_mem_buf(stamped.data(), static_cast<int>(stamped.size()));
    if (!ctx || data == nullptr) {
        BIO_free(data);
        check.problem = "out of memory";
        return check;
    }
    TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_DATA);
    TS_VERIFY_CTX_set_data(ctx.get(), data);  // the context frees it
    if (TS_RESP_verify_token(ctx.get(), token.get()) != 1) {
        check.problem = "the timestamp is not over this signature: " + openssl_error_text();
        return check;
    }
    // Its own signature, with the certificate it carries (certReq), chain not judged.
    const unsigned char* q = bytes_of(token_der);
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &q, static_cast<long>(token_der.size())));
    if (!cms || CMS_verify(cms.get(), nullptr, nullptr, nullptr, nullptr, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) != 1) {
        check.problem = "the timestamp token's signature does not verify: " + openssl_error_text();
        return check;
    }
    check.valid = true;
    return check;
}

std::string signature_value(const std::string& cms_der) {
    const CmsPtr cms = parse_cms(cms_der);
    CMS_SignerInfo* si = first_signer(cms.get());
    if (si == nullptr) bad("the CMS has no signer");
    return value_of(si);
}

std::string with_signature_timestamp(const std::string& cms_der, const std::string& token_der) {
    const CmsPtr cms = parse_cms(cms_der);
    CMS_SignerInfo* si = first_signer(cms.get());
    if (si == nullptr) bad("the CMS has no signer");
    // V_ASN1_SEQUENCE: the bytes are the token's whole DER, tag and length included.
    if (CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, token_der.data(),
                                      static_cast<int>(token_der.size())) != 1) {
        bad("the timestamp could not be added to the signature");
    }
    unsigned char* der = nullptr;
    const int n = i2d_CMS_ContentInfo(cms.get(), &der);
    if (n <= 0) bad("the CMS could not be encoded");
    std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(n));
    OPENSSL_free(der);
    return out;
}

std::optional<TokenCheck> signature_timestamp_of(CMS_ContentInfo* cms) {
    CMS_SignerInfo* si = first_signer(cms);
    if (si == nullptr) return std::nullopt;
    const int at = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    if (at < 0) return std::nullopt;
    X509_ATTRIBUTE* attribute = CMS_unsigned_get_attr(si, at);
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (value == nullptr || value->type != V_ASN1_SEQUENCE || value->value.sequence == nullptr) {
        TokenCheck check;
        check.problem = "the signature timestamp attribute holds no token";
        return check;
    }
    const ASN1_STRING* token = value->value.sequence;
    return check_timestamp_token(std::string(reinterpret_cast<const char*>(ASN1_STRING_get0_data(token)),
                                             static_cast<std::size_t>(ASN1_STRING_length(token))),
                                 value_of(si));
}

}  // namespace pacta::pdf::detail
