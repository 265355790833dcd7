// The RFC 3161 client: the request built with OpenSSL's TS API, sent with libcurl (HTTP POST,
// application/timestamp-query), the reply checked against the request before its token is
// handed back. A TSA that is slow, far or broken costs the caller at most the timeouts.
#include "pacta/pdf/timestamp.h"

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

#include <array>
#include <memory>
#include <mutex>

#include "signing_internal.h"
#include "timestamp_token.h"

namespace pacta::pdf {

namespace {

using detail::OpenSslFree;
using K = TimestampError::Kind;
using ReqPtr = std::unique_ptr<TS_REQ, OpenSslFree<TS_REQ, TS_REQ_free>>;
using ImprintPtr = std::unique_ptr<TS_MSG_IMPRINT, OpenSslFree<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free>>;
using AlgorPtr = std::unique_ptr<X509_ALGOR, OpenSslFree<X509_ALGOR, X509_ALGOR_free>>;
using IntegerPtr = std::unique_ptr<ASN1_INTEGER, OpenSslFree<ASN1_INTEGER, ASN1_INTEGER_free>>;
using BigNumPtr = std::unique_ptr<BIGNUM, OpenSslFree<BIGNUM, BN_free>>;
using RespPtr = std::unique_ptr<TS_RESP, OpenSslFree<TS_RESP, TS_RESP_free>>;
using VerifyCtxPtr = std::unique_ptr<TS_VERIFY_CTX, OpenSslFree<TS_VERIFY_CTX, TS_VERIFY_CTX_free>>;
using CurlPtr = std::unique_ptr<CURL, OpenSslFree<CURL, curl_easy_cleanup>>;
using HeadersPtr = std::unique_ptr<curl_slist, OpenSslFree<curl_slist, curl_slist_free_all>>;

[[noreturn]] void fail(K kind, const std::string& what) { throw TimestampError(kind, what); }

template <typename T, int (*Encode)(const T*, unsigned char**)>
std::string der_of(const T* object) {
    unsigned char* out = nullptr;
    const int n = Encode(object, &out);
    if (n <= 0) fail(K::bad_response, "could not be encoded: " + detail::openssl_error_text());
    std::string der(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
    OPENSSL_free(out);
    return der;
}

// A TimeStampReq for SHA-256(data), with a random 64-bit nonce and certReq.
ReqPtr make_request(const std::string& data) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned digest_length = 0;
    std::array<unsigned char, 8> random{};
    ReqPtr req(TS_REQ_new());
    ImprintPtr imprint(TS_MSG_IMPRINT_new());
    AlgorPtr algorithm(X509_ALGOR_new());
    if (!req || !imprint || !algorithm ||
        EVP_Digest(data.data(), data.size(), digest.data(), &digest_length, EVP_sha256(), nullptr) != 1 ||
        RAND_bytes(random.data(), static_cast<int>(random.size())) != 1) {
        fail(K::bad_response, "the request could not be made: " + detail::openssl_error_text());
    }
    random[0] &= 0x7F;  // a positive INTEGER of at most 8 bytes
    const BigNumPtr number(BN_bin2bn(random.data(), static_cast<int>(random.size()), nullptr));
    const IntegerPtr nonce(number ? BN_to_ASN1_INTEGER(number.get(), nullptr) : nullptr);
    if (!nonce || X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) != 1 ||
        TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) != 1 ||
        TS_MSG_IMPRINT_set_msg(imprint.get(), digest.data(), static_cast<int>(digest_length)) != 1 ||
        TS_REQ_set_version(req.get(), 1) != 1 || TS_REQ_set_msg_imprint(req.get(), imprint.get()) != 1 ||
        TS_REQ_set_nonce(req.get(), nonce.get()) != 1 || TS_REQ_set_cert_req(req.get(), 1) != 1) {
        fail(K::bad_response, "the request could not be made: " + detail::openssl_error_text());
    }
    return req;
}

struct Reply {
    std::string body;
    std::size_t limit = 0;
    bool overflowed = false;
};

std::size_t take(char* data, std::size_t size, std::size_t count, void* user) {
    auto* reply = static_cast<Reply*>(user);
    const std::size_t n = size * count;
    if (reply->body.size() + n > reply->limit) {
        reply->overflowed = true;
        return 0;  // libcurl stops with CURLE_WRITE_ERROR
    }
    reply->body.append(data, n);
    return n;
}

// The body of the TSA's reply to `query`.
std::string post(const std::string& url, const std::string& query, const TimestampLimits& limits) {
    static std::once_flag initialized;
    std::call_once(initialized, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    const CurlPtr curl(curl_easy_init());
    curl_slist* list = curl_slist_append(nullptr, "Content-Type: application/timestamp-query");
    const HeadersPtr headers(list);
    if (list != nullptr) list = curl_slist_append(list, "Accept: application/timestamp-reply");
    if (!curl || list == nullptr) fail(K::unreachable, "libcurl could not start");
    std::array<char, CURL_ERROR_SIZE> error{};
    Reply reply;
    reply.limit = limits.max_response_bytes;
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error.data());
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);  // timeouts without SIGALRM: other threads run
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, limits.connect_timeout_ms);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, limits.total_timeout_ms);
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limits.max_response_bytes));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, query.data());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(query.size()));
    curl_easy_setopt(c, CURLOPT_USERAGENT, "Pacta");
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, take);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &reply);
    const CURLcode code = curl_easy_perform(c);
    const std::string detail = url + ": " + (error[0] != '\0' ? std::string(error.data()) : curl_easy_strerror(code));
    switch (code) {
        case CURLE_OK: break;
        case CURLE_UNSUPPORTED_PROTOCOL:
        case CURLE_URL_MALFORMAT: fail(K::bad_url, detail);
        case CURLE_OPERATION_TIMEDOUT: fail(K::timeout, detail);
        case CURLE_WRITE_ERROR:
        case CURLE_FILESIZE_EXCEEDED:
            if (reply.overflowed || code == CURLE_FILESIZE_EXCEEDED) {
                fail(K::bad_response, url + ": the reply is larger than " + std::to_string(limits.max_response_bytes) + " bytes");
            }
            fail(K::unreachable, detail);
        default: fail(K::unreachable, detail);
    }
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    if (status != 200) fail(K::http_error, url + ": HTTP status " + std::to_string(status));
    return reply.body;
}

// The reply's status text, when the TSA gave one.
std::string status_text(TS_STATUS_INFO* info) {
    std::string text;
    const STACK_OF(ASN1_UTF8STRING)* lines = TS_STATUS_INFO_get0_text(info);
    for (int i = 0; lines != nullptr && i < sk_ASN1_UTF8STRING_num(lines); ++i) {
        const ASN1_UTF8STRING* line = sk_ASN1_UTF8STRING_value(lines, i);
        if (!text.empty()) text += "; ";
        text.append(reinterpret_cast<const char*>(ASN1_STRING_get0_data(line)), static_cast<std::size_t>(ASN1_STRING_length(line)));
    }
    return text;
}

}  // namespace

TimestampToken request_timestamp(const std::string& url, const std::string& data, const TimestampLimits& limits) {
    const ReqPtr req = make_request(data);
    const std::string body = post(url, der_of<TS_REQ, i2d_TS_REQ>(req.get()), limits);

    const unsigned char* p = reinterpret_cast<const unsigned char*>(body.data());
    const RespPtr resp(d2i_TS_RESP(nullptr, &p, static_cast<long>(body.size())));
    if (!resp) fail(K::bad_response, url + ": the reply is not a TimeStampResp: " + detail::openssl_error_text());
    TS_STATUS_INFO* info = TS_RESP_get_status_info(resp.get());
    const ASN1_INTEGER* status = info != nullptr ? TS_STATUS_INFO_get0_status(info) : nullptr;
    const long granted = status != nullptr ? ASN1_INTEGER_get(status) : -1;
    if (granted != 0 && granted != 1) {  // granted, grantedWithMods
        const std::string text = info != nullptr ? status_text(info) : "";
        fail(K::rejected, url + ": the TSA did not grant the timestamp (status " + std::to_string(granted) + ")" +
                              (text.empty() ? "" : ": " + text));
    }
    // The same digest and nonce as asked (version too); the TSA's chain is not judged here.
    // (OpenSSL 3.0 leaves TS_VFY_SIGNATURE on, which needs a trust store: the flags are set here.)
    const VerifyCtxPtr ctx(TS_REQ_to_TS_VERIFY_CTX(req.get(), nullptr));
    if (ctx) TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE);
    if (!ctx || TS_RESP_verify_response(ctx.get(), resp.get()) != 1) {
        fail(K::bad_response, url + ": the reply is not for this request: " + detail::openssl_error_text());
    }
    PKCS7* token = TS_RESP_get_token(resp.get());
    if (token == nullptr) fail(K::bad_response, url + ": the reply holds no token");
    TimestampToken out;
    out.der = der_of<PKCS7, i2d_PKCS7>(token);
    // What verification will check: the token's own signature, over this digest.
    const auto check = detail::check_timestamp_token(out.der, data);
    if (!check.valid) fail(K::bad_response, url + ": " + check.problem);
    out.gen_time = check.gen_time;
    return out;
}

}  // namespace pacta::pdf
