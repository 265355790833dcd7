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

// Something a revision after a signature changed besides adding signatures.
struct LaterChange {
    enum class Kind { page_added, page, page_tree, catalog, font, content, other, removed, unreadable_revision,
                      bytes_after_end };
    Kind kind = Kind::other;
    unsigned number = 0;  // the object's number; for unreadable_revision, the revision's (1 = first)
    bool operator==(const LaterChange&) const = default;
};

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
    // The signature timestamp (PAdES B-T), when the signature carries one: the TSA's time
    // (genTime, UTC, "2026-12-07T16:42:05Z"; empty when none), and whether the token is over
    // this signature's value and its own signature verifies (the TSA's chain is not judged).
    std::string timestamp_time;
    bool timestamp_valid = false;
    std::string certificate_der;  // the signer's certificate, for who it names
    // Whether the certificate chains to one of the trusted authorities given, through the
    // certificates the signature carries, at the timestamp's time (else the claimed one).
    bool trusted = false;
    std::string trust_problem;    // why not (English, OpenSSL's words)
    // Whether it covers the file up to the end of one of its revisions, and what the later
    // revisions changed besides adding signatures (empty when nothing).
    bool ends_a_revision = false;
    std::vector<LaterChange> later_changes;
};

struct PdfSignatureReport {
    bool readable = false;  // a PDF PoDoFo could parse
    std::string problem;    // why not readable
    std::vector<PdfSignatureCheck> signatures;
    // True when the last signature covers the file to its end: nothing was added after it.
    bool covers_whole_file = false;
};

// `trusted_roots`: the certificates (PEM) of the authorities the office trusts; none: every
// signature is reported untrusted.
[[nodiscard]] PdfSignatureReport check_pdf_signatures(const std::string& bytes,
                                                      const std::vector<std::string>& trusted_roots = {});

// Lengths at which an earlier revision of the PDF ends (after each "%%EOF" and its line
// end): a signed copy starts with the bytes of the PDF it was signed from.
[[nodiscard]] std::vector<std::size_t> revision_ends(const std::string& bytes);

}  // namespace pacta::pdf
