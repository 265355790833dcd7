#pragma once
// Verifying the signatures of any signed contract, made in Pacta or elsewhere (Adobe,
// ReFirma): for each one, whether it belongs to a signature field, is intact, covers its
// revision with only further signatures after it, chains to an authority the office trusts,
// when it was made (a timestamp's time, or the time the signer claims), and, against a
// contract, whether it is the person the field names. Revocation (OCSP/CRL) is not checked.
// Also the office's trusted authorities, which administrators of every institution keep.

#include <optional>
#include <string>
#include <vector>

#include "pacta/domain/ports/contract_history.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/domain/ports/trusted_roots.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

struct SignatureVerdict {
    std::size_t number = 0;       // 1, 2… in the file's order
    std::string field;            // empty: bound to no field
    std::string signer;           // the certificate's name
    std::string identity;         // «CURP …», «RFC …», «DNI …»
    std::string issuer, serial_hex, fingerprint;
    std::string time;             // «07/12/2026 10:42:00 UTC»; empty when the signature claims none
    bool timestamped = false;     // the time is a timestamp authority's, not the signer's claim
    bool intact = false;
    bool covers_revision = false; // ends a revision, and only signatures were added after it
    bool trusted = false;
    std::optional<bool> matched;  // against a contract: the person its field names
    std::string expected;         // whom the field names
    std::vector<std::string> problems;  // each says what is wrong (and what it means)
    [[nodiscard]] bool good() const { return problems.empty(); }
};

struct SignatureVerification {
    std::string folio;  // the contract checked against; empty: none
    std::vector<SignatureVerdict> signatures;
    std::vector<std::string> unsigned_fields;
    std::string problem;  // the file could not be read as a PDF
    // Every signature valid, trusted and (against a contract) matched, and at least one.
    [[nodiscard]] bool all_good() const;
};

// The verification as a person reads it, one signature after another: each with its field,
// signer, certificate, time, the four checks and what is wrong; then the fields not signed
// yet, what was not checked (revocation) and the verdict.
[[nodiscard]] std::vector<std::string> verification_lines(const SignatureVerification& verification);

class SignatureVerificationService {
public:
    SignatureVerificationService(const Session& session, domain::ContractCatalog& catalog,
                                 domain::ContractLifecycleRepository& lifecycle, domain::StaffRepository& staff,
                                 domain::InstitutionRepository& institutions, domain::TrustedRootStore& roots)
        : session_(session), catalog_(catalog), lifecycle_(lifecycle), staff_(staff), institutions_(institutions),
          roots_(roots) {}

    // `pdf`'s signatures; with `folio`, matched to the fields of that contract.
    [[nodiscard]] SignatureVerification verify(const std::string& pdf, const std::optional<std::string>& folio);
    // The contract's newest signed PDF (or its newest complete one), against its fields.
    [[nodiscard]] SignatureVerification verify_contract(const std::string& folio);

    [[nodiscard]] std::vector<domain::TrustedRoot> trusted_roots();
    // An authority's certificate (DER or PEM) becomes trusted. Administrators of every
    // institution only; refuses what is not an authority's certificate. Returns it as kept
    // (or as it was kept before).
    domain::TrustedRoot trust(const std::string& certificate, const std::string& file_name);
    // The authority whose fingerprint starts with `fingerprint` (at least 8 hex digits) is
    // trusted no longer; returns its subject.
    std::string distrust(const std::string& fingerprint);

private:
    void require_office_administrator(const std::string& target) const;

    const Session& session_;
    domain::ContractCatalog& catalog_;
    domain::ContractLifecycleRepository& lifecycle_;
    domain::StaffRepository& staff_;
    domain::InstitutionRepository& institutions_;
    domain::TrustedRootStore& roots_;
};

}  // namespace pacta::presentation
