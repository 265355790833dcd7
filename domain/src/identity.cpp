#include "pacta/domain/identity.h"

namespace pacta::domain {

std::string_view identity_kind_name(IdentityKind kind) {
    switch (kind) {
        case IdentityKind::curp: return "curp";
        case IdentityKind::rfc: return "rfc";
        case IdentityKind::dni: return "dni";
        case IdentityKind::ruc: return "ruc";
        case IdentityKind::clabe: return "clabe";
    }
    return "curp";
}

std::optional<IdentityKind> identity_kind_from_name(std::string_view name) {
    for (IdentityKind k : {IdentityKind::curp, IdentityKind::rfc, IdentityKind::dni,
                           IdentityKind::ruc, IdentityKind::clabe}) {
        if (identity_kind_name(k) == name) return k;
    }
    return std::nullopt;
}

IdentityCheck validate_identity(IdentityKind kind, std::string_view value) {
    switch (kind) {
        case IdentityKind::curp: return validate_curp(value);
        case IdentityKind::rfc: return validate_rfc(value);
        case IdentityKind::dni: return validate_dni(value);
        case IdentityKind::ruc: return validate_ruc(value);
        case IdentityKind::clabe: return validate_clabe(value);
    }
    return validate_curp(value);
}

}  // namespace pacta::domain
