#pragma once
// Who a contract's signature field is for, and whether a certificate is theirs: the CURP, RFC
// or DNI on record against the one the certificate carries; signatories on record by name
// only are compared by name (case and accents aside). Shared by signing and verification.

#include <string>

#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/pdf/field_signer.h"

namespace pacta::presentation {

struct ExpectedSigner {
    std::string name;  // empty: Pacta does not know whom the field is for
    std::string curp, rfc, dni;
};

[[nodiscard]] ExpectedSigner expected_signer(const domain::StoredContract& contract, const std::string& field,
                                             domain::StaffRepository& staff, domain::InstitutionRepository& institutions);

struct IdentityMatch {
    bool matches = false;
    std::string identity;  // what was compared, «CURP …», «RFC …», «DNI …»; empty when the certificate has none
};

[[nodiscard]] IdentityMatch match_identity(const ExpectedSigner& expected, const pdf::CertificateIdentity& id);

// A signature's time as a person reads it: «07/12/2026 10:42:00 UTC» from "2026-12-07T10:42:00"
// (with or without a final Z); empty when there is none.
[[nodiscard]] std::string signature_time_text(const std::string& iso);

// «ROSA RAMIREZ CRUZ (CURP RACR920514MDFMRS05)».
[[nodiscard]] std::string holder_text(const pdf::CertificateIdentity& id, const std::string& identity);

}  // namespace pacta::presentation
