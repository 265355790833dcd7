#pragma once
// The completion record written when a contract's last field is signed: a short PDF naming
// the contract (folio, SHA-256 of the signed PDF), each signature (field, signer and their
// identity, certificate serial and issuer, time and whether a timestamp authority vouches
// for it, PAdES level) and the audit trail's row and hash right after the last signature,
// which prove later that neither was rewritten.

#include <cstdint>
#include <string>
#include <vector>

namespace pacta::presentation {

struct CompletedSignature {
    std::string field;
    std::string signer;
    std::string identity;  // «CURP …»
    std::string serial_hex;
    std::string issuer;
    std::string time;      // «07/12/2026 10:42:00 UTC»
    bool timestamped = false;
};

struct CompletionFacts {
    std::string folio;
    std::string institution;  // its name, for the record's metadata
    std::string signed_pdf_sha256;
    std::vector<CompletedSignature> signatures;
    std::int64_t audit_row = 0;
    std::string audit_hash;
    std::string made_at;      // «07/12/2026 10:42:00 UTC»
};

// The record's PDF bytes.
[[nodiscard]] std::string completion_record_pdf(const CompletionFacts& facts);

}  // namespace pacta::presentation
