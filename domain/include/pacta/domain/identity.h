#pragma once
// Identity and bank numbers of Mexico and Peru (domain-es.md §4): CURP, RFC, DNI, RUC, CLABE.
// Each check normalises the value (trims, upper-cases) and returns findings that name the
// exact problem: the position of a bad character, the expected check digit.

#include <optional>
#include <string>
#include <string_view>

#include "pacta/domain/finding.h"

namespace pacta::domain {

enum class IdentityKind { curp, rfc, dni, ruc, clabe };

// "curp", "rfc", ... (also the finding's field).
[[nodiscard]] std::string_view identity_kind_name(IdentityKind kind);
[[nodiscard]] std::optional<IdentityKind> identity_kind_from_name(std::string_view name);

struct IdentityCheck {
    IdentityKind kind = IdentityKind::curp;
    std::string normalized;  // the value as it should be stored
    Findings findings;
    [[nodiscard]] bool valid() const { return !has_errors(findings); }
};

[[nodiscard]] IdentityCheck validate_curp(std::string_view value);
// A wrong RFC check character is a warning: about 1.5% of RFCs in real use fail it.
[[nodiscard]] IdentityCheck validate_rfc(std::string_view value);
// 8 digits, optionally followed by the check character ("10117410-2", "10586119B").
[[nodiscard]] IdentityCheck validate_dni(std::string_view value);
[[nodiscard]] IdentityCheck validate_ruc(std::string_view value);
[[nodiscard]] IdentityCheck validate_clabe(std::string_view value);

[[nodiscard]] IdentityCheck validate_identity(IdentityKind kind, std::string_view value);

}  // namespace pacta::domain
