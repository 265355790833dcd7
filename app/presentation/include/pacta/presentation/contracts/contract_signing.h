#pragma once
// Signing a contract inside Pacta, each signer with their own certificate (an e.firma's .cer
// and .key, or a PKCS#12): only once approved, field after field in the order of the
// signature block, and only by the person the field names. Each signature is kept with the
// contract as it is made (the contract's newest «completo» file); the last one makes the
// contract «firmado» with the signed PDF as its signed document.

#include <filesystem>
#include <string>
#include <vector>

#include "pacta/domain/ports/audit.h"
#include "pacta/domain/ports/contracts.h"
#include "pacta/domain/ports/institutions.h"
#include "pacta/domain/ports/staff.h"
#include "pacta/presentation/contracts/contract_lifecycle.h"
#include "pacta/presentation/session/access.h"

namespace pacta::presentation {

// What the signer brings: an e.firma (certificate and key), a PKCS#12, or a PKCS#11 token,
// and its password (the token's PIN).
struct SignerFiles {
    std::string certificate;  // .cer bytes (DER or PEM)
    std::string key;          // .key bytes (encrypted PKCS#8)
    std::string pkcs12;       // or a .p12/.pfx
    std::string pkcs11_module;  // or a token: its PKCS#11 module ("/usr/lib/softhsm/libsofthsm2.so")
    std::string token_label;    // and its label
    std::string password;
    std::string source_name;  // the file's name, for messages
};

struct SignatureFieldStatus {
    std::string field;     // "firma_prestador"
    std::string expected;  // who must sign it: "Rosa Ramírez Cruz"
    bool is_signed = false;
};

struct SignedField {
    std::string field;
    std::string signer;            // the certificate's name
    std::string identity;          // «RFC RACR920514AB1», «CURP …», «DNI …»
    std::string sha256;            // of the PDF now kept
    bool contract_signed = false;  // the last field: the contract is «firmado»
    std::vector<std::string> pending;
    std::filesystem::path completion_record;  // written beside the signed PDF after the last field
    bool timestamped = false;                 // PAdES B-T: a timestamp server vouches for its time
    std::string timestamp_note;               // a server was set and gave none: why, and that it is B-B
};

class ContractSigningService {
public:
    // `folder`: where this desk keeps the signed PDFs it makes (one folder per contract).
    ContractSigningService(const Session& session, domain::ContractCatalog& catalog, domain::ContractDrafts& drafts,
                           ContractLifecycleService lifecycle, domain::StaffRepository& staff,
                           domain::InstitutionRepository& institutions, domain::AuditTrail& trail,
                           std::filesystem::path folder)
        : session_(session), catalog_(catalog), drafts_(drafts), lifecycle_(std::move(lifecycle)), staff_(staff),
          institutions_(institutions), trail_(trail), folder_(std::move(folder)) {}

    // The contract's signature fields in order, whom each expects and whether it is signed.
    [[nodiscard]] std::vector<SignatureFieldStatus> fields(const std::string& folio);
    // Signs `field` at `now` (UTC, "2026-12-07T16:42:05Z"). Throws ServiceError (in Spanish,
    // saying what to do) or AccessDenied; nothing is kept then.
    SignedField sign(const std::string& folio, const std::string& field, const SignerFiles& files,
                     const std::string& now);

private:
    [[nodiscard]] std::string working_pdf(const domain::StoredContract& contract);
    // The completion record of the signed PDF, written beside it; returns its path.
    std::filesystem::path write_completion_record(const domain::StoredContract& contract, const std::string& signed_pdf,
                                                  const std::string& sha256, const std::string& now);

    const Session& session_;
    domain::ContractCatalog& catalog_;
    domain::ContractDrafts& drafts_;
    ContractLifecycleService lifecycle_;
    domain::StaffRepository& staff_;
    domain::InstitutionRepository& institutions_;
    domain::AuditTrail& trail_;
    std::filesystem::path folder_;
};

}  // namespace pacta::presentation
