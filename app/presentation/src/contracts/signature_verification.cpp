#include "pacta/presentation/contracts/signature_verification.h"

#include <algorithm>

#include "pacta/locale/catalog.h"
#include "pacta/pdf/field_signer.h"
#include "pacta/pdf/signature_check.h"
#include "pacta/presentation/common/display_date.h"
#include "pacta/presentation/contracts/contract_documents.h"
#include "pacta/presentation/contracts/signer_identity.h"

namespace pacta::presentation {

namespace {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;

// The checker's reasons are OpenSSL's English: the common ones in the reader's words.
std::string trust_reason(const std::string& problem) {
    if (problem == "no trusted authority") return tr("the office trusts no certification authority yet");
    if (problem.find("expired") != std::string::npos) return tr("the certificate had expired when it signed");
    if (problem.find("not yet valid") != std::string::npos) return tr("the certificate was not valid yet when it signed");
    if (problem.find("local issuer") != std::string::npos || problem.find("self-signed") != std::string::npos ||
        problem.find("self signed") != std::string::npos) {
        return tr("its certificate does not come from any authority the office trusts");
    }
    return problem;
}

std::string change_text(const pdf::LaterChange& c) {
    using K = pdf::LaterChange::Kind;
    const std::string n = std::to_string(c.number);
    switch (c.kind) {
        case K::page_added: return fill(tr("a page was added (object {n})"), {{"n", n}});
        case K::page: return fill(tr("a page changed (object {n})"), {{"n", n}});
        case K::page_tree: return fill(tr("the list of pages changed (object {n})"), {{"n", n}});
        case K::catalog: return fill(tr("the document's catalog changed (object {n})"), {{"n", n}});
        case K::font: return fill(tr("a font changed (object {n})"), {{"n", n}});
        case K::content: return fill(tr("the content of a page or of what it shows changed (object {n})"), {{"n", n}});
        case K::other: return fill(tr("object {n} changed"), {{"n", n}});
        case K::removed: return fill(tr("object {n} was removed"), {{"n", n}});
        case K::unreadable_revision: return fill(tr("version {n} of the file cannot be read"), {{"n", n}});
        case K::bytes_after_end: return tr("bytes were added after the file's last version");
    }
    return {};
}

std::string changes_text(const std::vector<pdf::LaterChange>& changes) {
    std::string out;
    for (const auto& c : changes) out += (out.empty() ? "" : "; ") + change_text(c);
    return out;
}

}  // namespace

bool SignatureVerification::all_good() const {
    return problem.empty() && !signatures.empty() &&
           std::all_of(signatures.begin(), signatures.end(), [](const SignatureVerdict& v) { return v.good(); });
}

SignatureVerification SignatureVerificationService::verify(const std::string& pdf_bytes,
                                                           const std::optional<std::string>& folio) {
    session_.require(d::Permission::read_records, folio ? "contrato " + *folio : std::string("firma verificar"));
    std::optional<d::StoredContract> contract;
    if (folio) {
        const auto status = lifecycle_.status(*folio);
        if (status) session_.require(d::Permission::read_records, "contrato " + *folio, status->institution_code);
        if (status) contract = catalog_.find(*folio);
        if (!contract) throw ServiceError(fill(tr("there is no contract «{folio}»; check its folio."), {{"folio", *folio}}));
    }
    std::vector<std::string> anchors;
    for (const auto& root : roots_.all()) anchors.push_back(root.pem);
    const auto report = pdf::check_pdf_signatures(pdf_bytes, anchors);

    SignatureVerification out;
    if (folio) out.folio = *folio;
    if (!report.readable) {
        out.problem = tr("the file is not a PDF Pacta can read, so its signatures cannot be checked.");
        return out;
    }
    if (report.signatures.empty()) {
        out.problem = tr("the PDF holds no digital signature.");
    }
    std::size_t number = 0;
    for (const auto& s : report.signatures) {
        SignatureVerdict v;
        v.number = ++number;
        v.field = s.field;
        v.signer = s.signer;
        v.intact = s.intact;
        v.trusted = s.trusted;
        v.covers_revision = s.ends_a_revision && s.later_changes.empty();
        v.timestamped = !s.timestamp_time.empty() && s.timestamp_valid;
        v.time = signature_time_text(v.timestamped ? s.timestamp_time : s.signing_time);
        pdf::CertificateIdentity id;
        if (const auto read = pdf::inspect_certificate(s.certificate_der)) id = read->identity;
        v.issuer = id.issuer;
        v.serial_hex = id.serial_hex;
        v.fingerprint = id.sha256_fingerprint;
        if (v.signer.empty()) v.signer = id.common_name;
        if (v.field.empty()) {
            v.problems.push_back(tr("it belongs to no signature field: it may have been slipped into the file, and "
                                    "does not sign the contract."));
        }
        if (!v.intact) {
            v.problems.push_back(tr("the signed content was altered after signing, or the signature is damaged."));
        } else if (!s.ends_a_revision) {
            v.problems.push_back(tr("it does not cover a whole version of the file."));
        } else if (!s.later_changes.empty()) {
            v.problems.push_back(fill(tr("the file was changed after this signature, not only signed: {what}."),
                                      {{"what", changes_text(s.later_changes)}}));
        }
        if (!v.trusted) {
            v.problems.push_back(fill(tr("the signer's certificate is not trusted: {why}. An administrator can add the "
                                         "authority to the office's trusted authorities."),
                                      {{"why", trust_reason(s.trust_problem)}}));
        }
        if (contract && !v.field.empty()) {
            const auto expected = expected_signer(*contract, v.field, staff_, institutions_);
            const auto match = match_identity(expected, id);
            v.identity = match.identity;
            v.expected = expected.name;
            v.matched = match.matches;
            if (!match.matches) {
                v.problems.push_back(fill(tr("the field «{field}» is for {expected}, but it was signed by {holder}."),
                                          {{"field", v.field},
                                           {"expected", expected.name.empty() ? tr("a signer Pacta does not know")
                                                                              : expected.name},
                                           {"holder", holder_text(id, match.identity)}}));
            }
        } else {
            v.identity = match_identity({}, id).identity;
        }
        out.signatures.push_back(std::move(v));
    }
    if (contract) {
        try {
            for (const auto& f : pdf::signature_fields(pdf_bytes)) {
                if (!f.is_signed) out.unsigned_fields.push_back(f.name);
            }
        } catch (const pdf::SigningError&) {
            // Read above already; a field list it cannot give changes nothing of the verdicts.
        }
    }
    return out;
}

SignatureVerification SignatureVerificationService::verify_contract(const std::string& folio) {
    ContractDocumentService documents(session_, catalog_, lifecycle_);
    const auto files = documents.list(folio);
    const ContractDocument* chosen = nullptr;
    for (const auto& f : files) {
        if (f.kind == ContractDocument::Kind::signed_copy) chosen = &f;
    }
    if (chosen == nullptr) {
        for (const auto& f : files) {
            if (f.kind == ContractDocument::Kind::complete) chosen = &f;
        }
    }
    if (chosen == nullptr) {
        throw ServiceError(fill(tr("the contract {folio} has no PDF yet: there is nothing signed to verify."),
                                {{"folio", folio}}));
    }
    return verify(documents.contents(folio, chosen->sha256), folio);
}

void SignatureVerificationService::require_office_administrator(const std::string& target) const {
    session_.require(d::Permission::manage_institutions, target);
    // The trusted authorities serve every institution of the office.
    if (!session_.user().institutions.empty()) {
        session_.deny(std::string(d::permission_name(d::Permission::manage_institutions)), target,
                      tr("the authorities the office trusts serve every institution: only an administrator of every "
                         "institution changes them."),
                      {});
    }
}

std::vector<d::TrustedRoot> SignatureVerificationService::trusted_roots() {
    session_.require(d::Permission::read_records, "raices de confianza");
    return roots_.all();
}

d::TrustedRoot SignatureVerificationService::trust(const std::string& certificate, const std::string& file_name) {
    require_office_administrator("raiz de confianza " + file_name);
    const auto read = pdf::inspect_certificate(certificate);
    if (!read) {
        throw ServiceError(fill(tr("{file} is not a certificate (a .cer or .pem file); ask the authority for its root "
                                   "certificate."),
                                {{"file", file_name}}));
    }
    if (!read->authority) {
        throw ServiceError(fill(tr("{file} is the certificate of {name}, not of a certification authority: import the "
                                   "root (or intermediate) certificate of the authority that issues the signers' "
                                   "certificates."),
                                {{"file", file_name}, {"name", read->identity.common_name}}));
    }
    d::TrustedRoot root{read->identity.sha256_fingerprint, read->subject, read->identity.not_after, read->pem, {}, {}};
    (void)roots_.add(root, session_.actor());
    for (const auto& kept : roots_.all()) {
        if (kept.sha256 == root.sha256) return kept;
    }
    return root;
}

std::string SignatureVerificationService::distrust(const std::string& fingerprint) {
    require_office_administrator("raiz de confianza " + fingerprint);
    std::string wanted;
    for (const char c : fingerprint) {
        if (c != ':' && c != ' ') wanted += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    std::vector<d::TrustedRoot> found;
    if (wanted.size() >= 8) {
        for (const auto& root : roots_.all()) {
            if (root.sha256.rfind(wanted, 0) == 0) found.push_back(root);
        }
    }
    if (found.size() != 1) {
        throw ServiceError(fill(tr("no single trusted authority has a fingerprint starting «{fingerprint}»: give at least "
                                   "its first 8 digits, as the list of trusted authorities shows them."),
                                {{"fingerprint", fingerprint}}));
    }
    (void)roots_.remove(found.front().sha256, session_.actor());
    return found.front().subject;
}

}  // namespace pacta::presentation
