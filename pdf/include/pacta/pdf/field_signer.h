#pragma once
// Signs one empty signature field of a PDF with the signer's own certificate, as an
// incremental update: the file's bytes are kept and the update appended, so every earlier
// signature stays valid. PAdES baseline B-B: SubFilter ETSI.CAdES.detached, a detached CMS
// over the two byte ranges with SHA-256 and the ESS signing-certificate-v2 attribute, and no
// CMS signing time (PAdES puts the claimed time in the dictionary's /M). With a TSA's
// address, the signature also gets an RFC 3161 signature timestamp (PAdES B-T).

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "pacta/pdf/timestamp.h"

namespace pacta::pdf {

class SigningError : public std::runtime_error {
public:
    enum class Kind {
        bad_password,       // the key or the PKCS#12 did not open with that password
        unreadable,         // not a certificate, key or PKCS#12 file
        key_mismatch,       // the key is not the certificate's
        no_such_field,      // the PDF has no signature field of that name
        already_signed,     // the field holds a signature
        unreadable_pdf,     // PoDoFo could not read the PDF
        signature_too_large, // the CMS did not fit the space reserved for it
        token_unavailable   // PKCS#11: no such module or engine, or no token with that label
    };
    SigningError(Kind kind, const std::string& detail) : std::runtime_error(detail), kind_(kind) {}
    [[nodiscard]] Kind kind() const noexcept { return kind_; }

private:
    Kind kind_;
};

// Who a certificate says its holder is, read as the SAT and RENIEC write it.
struct CertificateIdentity {
    std::string common_name;
    // e.firma: x500UniqueIdentifier (2.5.4.45) holds the RFC, or «company RFC / representative
    // RFC»; serialNumber (2.5.4.5) the CURP, or « / representative CURP».
    std::string rfc;
    std::string representative_rfc;
    std::string curp;
    std::string dni;       // Peru: the 8 digits in serialNumber («DNI 12345678», «PNOPE-12345678»)
    std::string branch;    // OU: a SAT seal certificate (CSD) names the branch it seals for
    std::string issuer;    // the issuer's common name (or its whole name)
    std::string serial_hex;
    std::string not_before, not_after;  // UTC, "2026-12-07T16:42:05Z"
    bool digital_signature = false;     // key usage
    bool non_repudiation = false;
    bool has_key_usage = false;         // absent key usage allows every use
    std::string sha256_fingerprint;     // of the DER, lowercase hex

    // The SAT's rule of thumb: a CSD carries its branch (OU), an e.firma does not.
    [[nodiscard]] bool looks_like_csd() const { return !branch.empty(); }
    [[nodiscard]] bool may_sign() const { return !has_key_usage || digital_signature || non_repudiation; }
    // Whether `when` ("2026-12-07T16:42:05Z") lies inside the validity period.
    [[nodiscard]] bool valid_at(const std::string& when) const { return when >= not_before && when <= not_after; }
};

// A certificate file (DER or PEM) as read: whom it names, whether it is an authority's
// (basic constraints CA) and self-signed (a root), its subject on one line, and it as PEM.
struct ReadCertificate {
    CertificateIdentity identity;
    bool authority = false;
    bool self_signed = false;
    std::string subject;
    std::string pem;
};
// nullopt when the bytes are not a certificate.
[[nodiscard]] std::optional<ReadCertificate> inspect_certificate(const std::string& bytes);

// A signer's certificate and private key, loaded from the files people have. Move-only.
class SigningCredentials {
public:
    // The SAT's e.firma: the certificate (.cer, DER or PEM) and its key (.key, PKCS#8 encrypted
    // with the signer's password, DER or PEM).
    static SigningCredentials from_certificate_and_key(const std::string& certificate, const std::string& key,
                                                       const std::string& password);
    // A PKCS#12 file (.p12, .pfx), those exported by older tools (RC2-40) too.
    static SigningCredentials from_pkcs12(const std::string& p12, const std::string& password);
    // The first certificate on the PKCS#11 token labelled `token_label` whose private key is
    // there too (a USB token or smart card), opened with `pin` through the module at
    // `module_path` ("/usr/lib/softhsm/libsofthsm2.so") and libengine-pkcs11-openssl. The key
    // never leaves the token: the token signs. Throws SigningError: bad_password (the PIN),
    // token_unavailable (module, engine or label), unreadable (no certificate and key on it).
    // One token's credentials at a time per process: while some are alive, this throws
    // token_unavailable (libp11 0.4.12 cannot load its engine twice).
    static SigningCredentials from_pkcs11(const std::string& module_path, const std::string& token_label,
                                          const std::string& pin);

    SigningCredentials(SigningCredentials&&) noexcept;
    SigningCredentials& operator=(SigningCredentials&&) noexcept;
    ~SigningCredentials();

    // The certificate's subject common name, and its serial number in hexadecimal.
    [[nodiscard]] std::string common_name() const;
    [[nodiscard]] std::string serial_hex() const;
    [[nodiscard]] CertificateIdentity identity() const;

    struct Impl;
    [[nodiscard]] const Impl& impl() const { return *impl_; }

private:
    explicit SigningCredentials(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

struct FieldSignature {
    std::string field;         // the empty field's name (/T), "firma_representante"
    std::string signer_name;   // /Name
    std::string reason;        // /Reason (may be empty)
    std::string signing_time;  // /M, claimed by the signer: "2026-12-07T10:42:00Z" (UTC)
    std::string timestamp_url{};  // an RFC 3161 TSA (http:// or https://); empty: none (B-B)
    // What the field shows once signed, a line each (name, identity, time, certificate);
    // empty: the field stays without a visible appearance.
    std::vector<std::string> appearance{};
};

struct SignedPdf {
    std::string pdf;                // the PDF with the field signed
    bool timestamped = false;       // PAdES B-T: the TSA's token is in the signature
    std::string timestamp_time;     // the TSA's time, UTC: "2026-12-07T16:42:05Z"
    // A TSA was asked and no timestamp came: the signature is B-B. Why, in English for logs.
    std::string timestamp_problem;
    std::optional<TimestampError::Kind> timestamp_failure;
};

// `pdf` with the field signed. Throws SigningError; a TSA that fails costs the timestamp,
// never the signature.
[[nodiscard]] SignedPdf sign_field(const std::string& pdf, const FieldSignature& what, const SigningCredentials& who);

// The names of the PDF's signature fields, in order, and whether each is signed.
struct SignatureFieldState {
    std::string name;
    bool is_signed = false;
};
[[nodiscard]] std::vector<SignatureFieldState> signature_fields(const std::string& pdf);

}  // namespace pacta::pdf
