#pragma once
// Whether a signature's certificate chains to an authority the office trusts, through the
// certificates the signature carries, at the time it was made.
#include <openssl/cms.h>

#include <string>
#include <vector>

namespace pacta::pdf::detail {

struct TrustVerdict {
    bool trusted = false;
    std::string problem;  // why not (English, OpenSSL's words), empty when trusted
};

// `anchors`: the trusted authorities' certificates (PEM); `when`: UTC, "2026-12-07T16:42:05"
// with or without a final Z (empty: now).
[[nodiscard]] TrustVerdict verify_chain(CMS_ContentInfo* cms, const std::vector<std::string>& anchors,
                                        const std::string& when);

// The signer's certificate (DER); empty when the signature names none it carries.
[[nodiscard]] std::string signer_certificate_der(CMS_ContentInfo* cms);

}  // namespace pacta::pdf::detail
