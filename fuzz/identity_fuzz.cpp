// CURP, RFC, DNI, RUC and CLABE checks: every validator sees every input, since staff files
// put any text in any column.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"
#include "pacta/domain/identity.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pacta::domain;
    const std::string_view text = pacta::fuzz::as_text(data, size);
    for (const IdentityKind kind :
         {IdentityKind::curp, IdentityKind::rfc, IdentityKind::dni, IdentityKind::ruc, IdentityKind::clabe}) {
        const IdentityCheck check = validate_identity(kind, text);
        // The normalised value of a valid number must stay valid.
        if (check.valid() && !validate_identity(kind, check.normalized).valid()) __builtin_trap();
    }
    (void)identity_kind_from_name(text);
    return 0;
}
