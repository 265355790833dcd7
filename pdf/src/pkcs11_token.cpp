#include "pkcs11_token.h"

// p11-kit's header, with its own lowercase names (the compatibility names are macros that
// would rename any `flags` or `label` here).
#define CRYPTOKI_GNU 1
#include <dlfcn.h>
#include <p11-kit/pkcs11.h>

#include <array>
#include <cstdio>
#include <filesystem>

#include "pacta/pdf/field_signer.h"

namespace pacta::pdf::detail {

namespace {

[[noreturn]] void unavailable(const std::string& detail) {
    throw SigningError(SigningError::Kind::token_unavailable, detail);
}

std::string rv_text(ck_rv_t rv) {
    char text[32];
    std::snprintf(text, sizeof text, "CKR 0x%lx", rv);
    return text;
}

// The module's function list. The module stays loaded for the process's life (RTLD_NODELETE):
// libp11 unloads it at every engine finish, and a module loaded again may find what it
// registered with OpenSSL the first time dangling.
ck_function_list* function_list(const std::string& module_path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(module_path, error)) unavailable("no PKCS#11 module at " + module_path);
    void* handle = ::dlopen(module_path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (handle == nullptr) {
        const char* why = ::dlerror();
        unavailable("the module " + module_path + " does not load: " + (why != nullptr ? why : "?"));
    }
    void* symbol = ::dlsym(handle, "C_GetFunctionList");
    ck_function_list* list = nullptr;
    if (symbol != nullptr) {
        const auto get = reinterpret_cast<CK_C_GetFunctionList>(symbol);
        if (get(&list) != CKR_OK) list = nullptr;
    }
    ::dlclose(handle);  // mapped still (RTLD_NODELETE)
    if (list == nullptr) unavailable(module_path + " is not a PKCS#11 module (no C_GetFunctionList)");
    return list;
}

// C_Initialize, and C_Finalize when done unless someone else in the process had initialized
// the module (finalizing would end their sessions).
class Initialized {
public:
    explicit Initialized(ck_function_list* list) : list_(list) {
        ck_c_initialize_args args{};
        args.flags = CKF_OS_LOCKING_OK;
        const ck_rv_t rv = list_->C_Initialize(&args);
        if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
            unavailable("the module does not initialize: " + rv_text(rv));
        }
        owned_ = rv == CKR_OK;
    }
    ~Initialized() {
        if (owned_) list_->C_Finalize(nullptr);
    }
    Initialized(const Initialized&) = delete;
    Initialized& operator=(const Initialized&) = delete;

private:
    ck_function_list* list_;
    bool owned_ = false;
};

class Session {
public:
    Session(ck_function_list* list, ck_slot_id_t slot) : list_(list) {
        const ck_rv_t rv = list_->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &handle_);
        if (rv != CKR_OK) unavailable("no session opens on the token: " + rv_text(rv));
    }
    ~Session() { list_->C_CloseSession(handle_); }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    [[nodiscard]] ck_session_handle_t handle() const { return handle_; }

private:
    ck_function_list* list_;
    ck_session_handle_t handle_ = 0;
};

// A token label as PKCS#11 stores it: 32 bytes padded with blanks.
std::string label_of(const ck_token_info& info) {
    std::string label(reinterpret_cast<const char*>(info.label), sizeof info.label);
    while (!label.empty() && (label.back() == ' ' || label.back() == '\0')) label.pop_back();
    return label;
}

ck_slot_id_t slot_labelled(ck_function_list* list, const std::string& label) {
    unsigned long count = 0;
    ck_rv_t rv = list->C_GetSlotList(1, nullptr, &count);  // 1: slots with a token present
    std::vector<ck_slot_id_t> slots(count);
    if (rv == CKR_OK && count > 0) rv = list->C_GetSlotList(1, slots.data(), &count);
    if (rv != CKR_OK) unavailable("the module lists no slots: " + rv_text(rv));
    slots.resize(count);
    std::vector<ck_slot_id_t> matching;
    std::string seen;
    for (const ck_slot_id_t slot : slots) {
        ck_token_info info{};
        if (list->C_GetTokenInfo(slot, &info) != CKR_OK) continue;
        const std::string here = label_of(info);
        seen += (seen.empty() ? "«" : ", «") + here + "»";
        if (here != label) continue;
        if ((info.flags & CKF_USER_PIN_LOCKED) != 0) unavailable("the user PIN of the token «" + label + "» is locked");
        matching.push_back(slot);
    }
    if (matching.empty()) {
        unavailable("no token labelled «" + label + "» is present (present: " + (seen.empty() ? "none" : seen) + ")");
    }
    // libp11 refuses to log in when several slots match; say so before it does.
    if (matching.size() > 1) unavailable("several tokens are labelled «" + label + "»");
    return matching.front();
}

// The values of one attribute of an object (empty when it has none).
std::string attribute(ck_function_list* list, ck_session_handle_t session, ck_object_handle_t object,
                      ck_attribute_type_t type) {
    ck_attribute query{type, nullptr, 0};
    if (list->C_GetAttributeValue(session, object, &query, 1) != CKR_OK ||
        query.value_len == static_cast<unsigned long>(-1)) {
        return {};
    }
    std::string value(query.value_len, '\0');
    query.value = value.data();
    if (list->C_GetAttributeValue(session, object, &query, 1) != CKR_OK) return {};
    value.resize(query.value_len);
    return value;
}

}  // namespace

std::vector<TokenCertificate> token_certificates(const std::string& module_path, const std::string& label) {
    ck_function_list* list = function_list(module_path);
    const Initialized initialized(list);
    const ck_slot_id_t slot = slot_labelled(list, label);
    const Session session(list, slot);

    ck_object_class_t certificate_class = CKO_CERTIFICATE;
    ck_attribute what{CKA_CLASS, &certificate_class, sizeof certificate_class};
    std::vector<ck_object_handle_t> objects;
    if (list->C_FindObjectsInit(session.handle(), &what, 1) == CKR_OK) {
        std::array<ck_object_handle_t, 16> found{};
        unsigned long n = 0;
        while (list->C_FindObjects(session.handle(), found.data(), found.size(), &n) == CKR_OK && n > 0) {
            objects.insert(objects.end(), found.begin(), found.begin() + static_cast<std::ptrdiff_t>(n));
        }
        list->C_FindObjectsFinal(session.handle());
    }
    std::vector<TokenCertificate> out;
    for (const ck_object_handle_t object : objects) {
        TokenCertificate c{attribute(list, session.handle(), object, CKA_ID),
                           attribute(list, session.handle(), object, CKA_VALUE)};
        if (!c.der.empty()) out.push_back(std::move(c));
    }
    return out;
}

}  // namespace pacta::pdf::detail
