#pragma once
// A PKCS#11 token looked at through its module directly, before the pkcs11 engine is
// loaded and without logging in: whether the module loads at all, which token carries the
// label, and the certificates on it. The engine cannot tell these apart (it reports «object
// not found» for a missing token and for an empty one alike, and the module's dlopen error
// only on stderr).
#include <string>
#include <vector>

namespace pacta::pdf::detail {

struct TokenCertificate {
    std::string id;   // CKA_ID: the key beside it carries the same
    std::string der;  // CKA_VALUE
};

// Throws SigningError: token_unavailable when there is no module at `module_path`, it is
// not a PKCS#11 module or does not initialize, or no token present has that label (or its
// user PIN is locked).
[[nodiscard]] std::vector<TokenCertificate> token_certificates(const std::string& module_path,
                                                               const std::string& label);

}  // namespace pacta::pdf::detail
