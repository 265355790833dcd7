#pragma once
// Checks the digital signatures of a signed PDF (PAdES / adbe.pkcs7.detached): for each
// signature dictionary, the bytes its /ByteRange covers are checked against the CMS
// signature in the gap between the ranges (OpenSSL), and the signer's certificate is read.
// Whether the certificate chains to a trusted authority is not judged here: offices use
// different authorities (SAT's e.firma, FIRMA PERÚ) and keep their own lists.

#include <cstddef>
#include <string>
#include <vector>

namespace pacta::pdf {

struct PdfSignatureCheck {
    std::string signer;           // the certificate's common name
    std::string subject;          // the whole subject, one line
    // Claimed by the signer: /M of the signature dictionary whose /Contents the signature
    // fills, read from the signed bytes themselves ("2026-11-22T10:15:00"); empty when absent.
    std::string signing_time;
    std::string field;            // the signature field whose /V it is; empty: bound to no field
    std::size_t signed_length = 0;  // bytes from the start of the file the signature covers
    bool intact = false;          // the covered bytes are exactly those that were signed
    std::string problem;          // why not intact (English, for logs), empty when intact
};

struct PdfSignatureReport {
    bool readable = false;  // a PDF PoDoFo could parse
    std::string problem;    // why not readable
    std::vector<PdfSignatureCheck> signatures;
    // True when the last signature covers the file to its end: nothing was added after it.
    bool covers_whole_file = false;
};

[[nodiscard]] PdfSignatureReport check_pdf_signatures(const std::string& bytes);

// Lengths at which an earlier revision of the PDF ends (after each "%%EOF" and its line
// end): a signed copy starts with the bytes of the PDF it was signed from.
[[nodiscard]] std::vector<std::size_t> revision_ends(const std::string& bytes);

}  // namespace pacta::pdf
