#pragma once
// RFC 3161 time-stamping: a time-stamping authority (TSA) signs, with its own certificate, a
// digest of some bytes and the time it saw them. Over a CMS signature's value it makes the
// signature PAdES B-T: the time is then the TSA's, not only claimed by the signer.
// The client speaks HTTP(S) with libcurl, with short timeouts and a cap on the reply's size.

#include <cstddef>
#include <stdexcept>
#include <string>

namespace pacta::pdf {

class TimestampError : public std::runtime_error {
public:
    enum class Kind {
        bad_url,       // not an http:// or https:// address libcurl accepts
        unreachable,   // no connection (refused, unknown host, TLS failure)
        timeout,       // no complete answer in time
        http_error,    // the server answered with an HTTP status other than 200
        rejected,      // the TSA answered, but did not grant the timestamp
        bad_response   // not a TimeStampResp, too large, or not for this request (nonce, digest)
    };
    TimestampError(Kind kind, const std::string& detail) : std::runtime_error(detail), kind_(kind) {}
    [[nodiscard]] Kind kind() const noexcept { return kind_; }

private:
    Kind kind_;
};

struct TimestampLimits {
    long connect_timeout_ms = 5000;
    long total_timeout_ms = 10000;
    std::size_t max_response_bytes = 64 * 1024;
};

struct TimestampToken {
    std::string der;       // the TimeStampToken: a CMS ContentInfo (SignedData over a TSTInfo)
    std::string gen_time;  // the TSA's time, UTC: "2026-12-07T16:42:05Z"
};

// Asks the TSA at `url` to timestamp SHA-256(`data`): a TimeStampReq with a random nonce and
// certReq, POSTed as application/timestamp-query. The reply must grant it and match the
// request's digest and nonce; whether the TSA's certificate is trusted is not judged here.
// Throws TimestampError.
[[nodiscard]] TimestampToken request_timestamp(const std::string& url, const std::string& data,
                                               const TimestampLimits& limits = {});

}  // namespace pacta::pdf
