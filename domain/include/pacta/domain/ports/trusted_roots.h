#pragma once
// Storage port: the certification authorities the office trusts to vouch for signers (the
// SAT's for the e.firma, RENIEC's in Peru). None is trusted until an administrator imports
// it; a signature whose certificate does not chain to one of these is reported untrusted.

#include <string>
#include <vector>

namespace pacta::domain {

struct TrustedRoot {
    std::string sha256;     // of the certificate's DER, lowercase hex: its identity
    std::string subject;    // one line, as a person reads it
    std::string not_after;  // UTC, "2031-12-07T16:42:05Z"
    std::string pem;        // the certificate
    std::string added_by;   // filled by the store
    std::string added_at;   // UTC, filled by the store
};

// Guarantees: each change is one transaction with its audit row; a certificate is kept once
// (adding it again changes nothing and returns false).
class TrustedRootStore {
public:
    virtual ~TrustedRootStore() = default;
    [[nodiscard]] virtual std::vector<TrustedRoot> all() = 0;
    // True when it was not kept before.
    virtual bool add(const TrustedRoot& root, const std::string& actor) = 0;
    // True when it was kept and is no longer.
    virtual bool remove(const std::string& sha256, const std::string& actor) = 0;
};

}  // namespace pacta::domain
