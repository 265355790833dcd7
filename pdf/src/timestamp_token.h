#pragma once
// The signature timestamp of a CAdES signature (PAdES B-T): a TimeStampToken over the
// SignerInfo's signature value, kept as its unsigned attribute id-aa-signatureTimeStampToken
// (1.2.840.113549.1.9.16.2.14). Shared by signing (embedding) and verification (reading).
#include <openssl/cms.h>

#include <optional>
#include <string>

namespace pacta::pdf::detail {

struct TokenCheck {
    std::string gen_time;  // the TSA's time, "2026-12-07T16:42:05Z"; empty when unreadable
    bool valid = false;    // its digest is that of `stamped` and its own CMS signature verifies
    std::string problem;   // why not valid (English, for logs)
};

// Checks a TimeStampToken (DER) against the bytes it should stamp. The TSA's chain of trust
// is not judged.
[[nodiscard]] TokenCheck check_timestamp_token(const std::string& token_der, const std::string& stamped);

// The signature value of the CMS's first SignerInfo (what a signature timestamp stamps).
// Throws TimestampError (bad_response) when the CMS cannot be read.
[[nodiscard]] std::string signature_value(const std::string& cms_der);

// The CMS (DER) with `token_der` added to its first SignerInfo as the signature timestamp.
// Throws TimestampError (bad_response).
[[nodiscard]] std::string with_signature_timestamp(const std::string& cms_der, const std::string& token_der);

// The signature timestamp of a parsed CMS's first SignerInfo, checked; none when it has none.
[[nodiscard]] std::optional<TokenCheck> signature_timestamp_of(CMS_ContentInfo* cms);

}  // namespace pacta::pdf::detail
