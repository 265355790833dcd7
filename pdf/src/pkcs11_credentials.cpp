// SigningCredentials::from_pkcs11: a key that never leaves its token (a USB token or smart
// card; SoftHSM2 in the tests), used through libengine-pkcs11-openssl (libp11 0.4.12). The
// ENGINE API is deprecated in OpenSSL 3: this is the only file that uses it, compiled with
// OPENSSL_SUPPRESS_DEPRECATED (pdf/CMakeLists.txt). The key the engine yields is an EVP_PKEY
// whose RSA operations the engine sends to the token; CMS_sign and EVP_DigestSign use it as
// any other.
//
// libp11 0.4.12 quirks handled here:
// - it keeps a reference to every key it hands out, and the key holds the engine: the engine
//   would never finish (nor the module finalize) unless the key lets go of it first;
// - its error strings stay registered with OpenSSL after the engine is freed, so the engine
//   library stays loaded for the process's life;
// - the "dynamic" engine cannot load it a second time while the first is in use, so one
//   token's credentials may be alive at a time in a process;
// - after a failed login it forgets the PIN and would prompt on the terminal the next time:
//   the first wrong PIN ends the attempt, and its prompts go to a user interface that never
//   answers.
#include <dlfcn.h>
#include <openssl/crypto.h>
#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/ui.h>
#include <openssl/x509v3.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "pkcs11_token.h"
#include "signing_internal.h"

namespace pacta::pdf {

namespace {

using detail::KeyPtr;
using detail::X509Ptr;

[[noreturn]] void unavailable(const std::string& detail) {
    throw SigningError(SigningError::Kind::token_unavailable, detail);
}

// Every queued OpenSSL error, «; »-separated, the queue cleared.
std::string queued_errors() {
    std::string out;
    for (unsigned long code = ERR_get_error(); code != 0; code = ERR_get_error()) {
        std::array<char, 256> text{};
        ERR_error_string_n(code, text.data(), text.size());
        out += (out.empty() ? "" : "; ") + std::string(text.data());
    }
    return out.empty() ? "no OpenSSL error" : out;
}

// Where Debian's libengine-pkcs11-openssl puts the engine: OpenSSL's engines directory
// ("/usr/lib/x86_64-linux-gnu/engines-3"), or $OPENSSL_ENGINES as OpenSSL itself honours it.
std::string engine_library() {
    std::string dir;
    if (const char* env = std::getenv("OPENSSL_ENGINES"); env != nullptr && *env != '\0') {
        dir = env;
    } else {
        dir = OpenSSL_version(OPENSSL_ENGINES_DIR);  // ENGINESDIR: "/usr/lib/.../engines-3"
        const auto open = dir.find('"');
        const auto close = dir.rfind('"');
        if (open != std::string::npos && close > open) dir = dir.substr(open + 1, close - open - 1);
    }
    return dir + "/libpkcs11.so";
}

// A user interface whose reader never answers: libp11 asks it for a PIN instead of the
// terminal. Held for the process's life.
UI_METHOD* no_prompt() {
    static UI_METHOD* const method = [] {
        UI_METHOD* m = UI_create_method("pacta: no PIN prompt");
        UI_method_set_reader(m, [](UI*, UI_STRING*) { return 0; });
        return m;
    }();
    return method;
}

// A key from the engine, freed so that it lets go of the engine first (see above).
void free_engine_key(EVP_PKEY* key) {
    EVP_PKEY_set1_engine(key, nullptr);
    EVP_PKEY_free(key);
}
using EngineKeyPtr = std::unique_ptr<EVP_PKEY, detail::OpenSslFree<EVP_PKEY, free_engine_key>>;

// The pkcs11 engine with the module loaded, for as long as the credentials live (their
// keep-alive). Constructing it claims the process's one token; the destructor gives it back.
class TokenEngine {
public:
    TokenEngine() {
        const std::lock_guard lock(mutex());
        if (in_use()) unavailable("another token's credentials are in use in this process");
        in_use() = true;
    }
    ~TokenEngine() {
        if (key_ != nullptr) free_engine_key(key_);
        if (initialized_) ENGINE_finish(engine_);
        if (engine_ != nullptr) ENGINE_free(engine_);
        ERR_clear_error();
        const std::lock_guard lock(mutex());
        in_use() = false;
    }
    TokenEngine(const TokenEngine&) = delete;
    TokenEngine& operator=(const TokenEngine&) = delete;

    void load(const std::string& module_path, const std::string& pin) {
        const std::string library = engine_library();
        std::error_code error;
        if (!std::filesystem::exists(library, error)) {
            unavailable("the OpenSSL pkcs11 engine is not installed (libengine-pkcs11-openssl): no " + library);
        }
        // Mapped for good (RTLD_NODELETE) before OpenSSL loads it: its error strings outlive it.
        if (void* pinned = ::dlopen(library.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE)) ::dlclose(pinned);
        ERR_clear_error();
        engine_ = ENGINE_by_id("dynamic");
        if (engine_ == nullptr || ENGINE_ctrl_cmd_string(engine_, "SO_PATH", library.c_str(), 0) != 1 ||
            ENGINE_ctrl_cmd_string(engine_, "ID", "pkcs11", 0) != 1 ||
            ENGINE_ctrl_cmd_string(engine_, "LIST_ADD", "0", 0) != 1 ||
            ENGINE_ctrl_cmd_string(engine_, "LOAD", nullptr, 0) != 1) {
            unavailable("the pkcs11 engine " + library + " does not load: " + queued_errors());
        }
        // QUIET: libp11 prints its failures on stderr otherwise; they are read from OpenSSL's queue.
        if (ENGINE_ctrl_cmd_string(engine_, "QUIET", nullptr, 0) != 1 ||
            ENGINE_ctrl_cmd_string(engine_, "MODULE_PATH", module_path.c_str(), 0) != 1 ||
            ENGINE_ctrl_cmd_string(engine_, "PIN", pin.c_str(), 0) != 1 || ENGINE_init(engine_) != 1) {
            unavailable("the pkcs11 engine does not start with " + module_path + ": " + queued_errors());
        }
        initialized_ = true;
    }

    // The private key at `uri`, or null when the token has none there. Throws SigningError
    // (bad_password) when the token refuses the PIN.
    EngineKeyPtr private_key(const std::string& uri) {
        EVP_PKEY* key = ENGINE_load_private_key(engine_, uri.c_str(), no_prompt(), nullptr);
        if (key == nullptr) {
            const std::string why = queued_errors();
            if (why.find("PIN incorrect") != std::string::npos || why.find("PIN invalid") != std::string::npos ||
                why.find("PIN len range") != std::string::npos) {
                throw SigningError(SigningError::Kind::bad_password, "the token refused the PIN: " + why);
            }
            if (why.find("PIN locked") != std::string::npos || why.find("PIN expired") != std::string::npos) {
                unavailable("the token's PIN cannot be used: " + why);
            }
        }
        return EngineKeyPtr(key);
    }

    // Keeps `key` (one more reference) to free it the engine's way before finishing.
    void hold(EVP_PKEY* key) {
        EVP_PKEY_up_ref(key);
        key_ = key;
    }

private:
    static std::mutex& mutex() {
        static std::mutex m;
        return m;
    }
    static bool& in_use() {
        static bool flag = false;
        return flag;
    }

    ENGINE* engine_ = nullptr;
    bool initialized_ = false;
    EVP_PKEY* key_ = nullptr;
};

// RFC 7512 percent-encoding: every byte but the unreserved ones.
std::string uri_escaped(const std::string& bytes) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                                c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out += c;
        } else {
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 0x0F];
        }
    }
    return out;
}

X509Ptr parsed(const std::string& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    X509* cert = d2i_X509(nullptr, &p, static_cast<long>(der.size()));
    if (cert == nullptr) ERR_clear_error();
    return X509Ptr(cert);
}

}  // namespace

SigningCredentials SigningCredentials::from_pkcs11(const std::string& module_path, const std::string& token_label,
                                                   const std::string& pin) {
    // An empty PIN would make libp11 ask for one.
    if (pin.empty()) throw SigningError(SigningError::Kind::bad_password, "no PIN was given for the token");
    auto engine = std::make_shared<TokenEngine>();
    // Which token and certificates, asked of the module before the engine loads it.
    std::vector<X509Ptr> certificates;
    std::vector<std::string> ids;
    for (const auto& found : detail::token_certificates(module_path, token_label)) {
        if (auto cert = parsed(found.der)) {
            certificates.push_back(std::move(cert));
            ids.push_back(found.id);
        }
    }
    engine->load(module_path, pin);
    const std::string token = "pkcs11:token=" + uri_escaped(token_label);

    // The first certificate whose key (the same CKA_ID) is on the token; else the token's
    // first key, with whichever certificate is its.
    EngineKeyPtr key;
    std::size_t chosen = certificates.size();
    for (std::size_t i = 0; i < certificates.size() && !key; ++i) {
        if (ids[i].empty()) continue;
        auto candidate = engine->private_key(token + ";id=" + uri_escaped(ids[i]) + ";type=private");
        if (candidate && X509_check_private_key(certificates[i].get(), candidate.get()) == 1) {
            key = std::move(candidate);
            chosen = i;
        }
        ERR_clear_error();
    }
    if (!key) {
        key = engine->private_key(token + ";type=private");
        if (!key) {
            throw SigningError(SigningError::Kind::unreadable, "the token «" + token_label + "» holds no private key");
        }
        for (std::size_t i = 0; i < certificates.size() && chosen == certificates.size(); ++i) {
            if (X509_check_private_key(certificates[i].get(), key.get()) == 1) chosen = i;
        }
        ERR_clear_error();
        if (chosen == certificates.size()) {
            // Certificates are read without login, as tokens show them (none seen: none readable so).
            throw SigningError(SigningError::Kind::unreadable,
                               "the token «" + token_label + "» shows no certificate of its private key");
        }
    }

    auto impl = std::make_unique<Impl>();
    engine->hold(key.get());
    impl->keep_alive = engine;
    impl->key = KeyPtr(key.release());
    impl->certificate = std::move(certificates[chosen]);
    // The authorities' certificates on the token travel with the signature, as a PKCS#12's do.
    for (std::size_t i = 0; i < certificates.size(); ++i) {
        if (i != chosen && X509_check_ca(certificates[i].get()) != 0) impl->chain.push_back(std::move(certificates[i]));
    }
    return SigningCredentials(std::move(impl));
}

}  // namespace pacta::pdf
