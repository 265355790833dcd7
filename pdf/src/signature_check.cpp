#include "pacta/pdf/signature_check.h"

#include "acroform_fields.h"
#include "isolated_run.h"
#include "revision_changes.h"
#include "signature_trust.h"
#include "timestamp_token.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <podofo/podofo.h>

#include <array>
#include <memory>
#include <optional>

namespace pacta::pdf {

namespace {

namespace pd = PoDoFo;
using detail::PipeReader;
using detail::put;

template <typename T, void (*Free)(T*)>
struct Deleter {
    void operator()(T* p) const { Free(p); }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;

std::string openssl_error() {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) return "unknown OpenSSL error";
    std::array<char, 256> text{};
    ERR_error_string_n(code, text.data(), text.size());
    return text.data();
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string name_entry(X509_NAME* name, int nid) {
    const int at = X509_NAME_get_index_by_NID(name, nid, -1);
    if (at < 0) return {};
    ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0) return {};
    std::string out(reinterpret_cast<const char*>(utf8), static_cast<std::size_t>(length));
    OPENSSL_free(utf8);
    return out;
}

std::string one_line(X509_NAME* name) {
    BioPtr out(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(out.get(), name, 0, XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long length = BIO_get_mem_data(out.get(), &data);
    return std::string(data, static_cast<std::size_t>(length));
}

// "D:20261122101500+00'00'" -> "2026-11-22T10:15:00".
std::string pdf_date_to_iso(std::string text) {
    if (text.rfind("D:", 0) == 0) text.erase(0, 2);
    if (text.size() < 14) return text;
    return text.substr(0, 4) + "-" + text.substr(4, 2) + "-" + text.substr(6, 2) + "T" + text.substr(8, 2) + ":" +
           text.substr(10, 2) + ":" + text.substr(12, 2);
}

// /M of the object that holds the /Contents gap [gap_start, gap_end), read from the file's
// bytes: a later revision may redefine the dictionary, but not the bytes that were signed.
// Only the part of that object inside the signed ranges counts.
std::string claimed_time(const std::string& bytes, std::size_t gap_start, std::size_t gap_end, std::size_t signed_end) {
    const auto start = bytes.rfind("obj", gap_start);
    auto end = bytes.find("endobj", gap_end);
    if (start == std::string::npos || end == std::string::npos) return {};
    end = std::min(end, signed_end);
    for (const auto& [from, to] : {std::pair{start, gap_start}, std::pair{gap_end, end}}) {
        for (auto at = bytes.find("/M", from); at != std::string::npos && at + 2 < to; at = bytes.find("/M", at + 2)) {
            std::size_t v = at + 2;
            while (v < to && (bytes[v] == ' ' || bytes[v] == '\n' || bytes[v] == '\r' || bytes[v] == '\t')) ++v;
            if (v >= to || bytes[v] != '(') continue;  // another key, such as /MDP
            const auto close = bytes.find(')', v);
            if (close == std::string::npos || close >= to) return {};
            return pdf_date_to_iso(bytes.substr(v + 1, close - v - 1));
        }
    }
    return {};
}

// Checks one signature dictionary against the file's bytes.
PdfSignatureCheck check_one(const std::string& bytes, const pd::PdfDictionary& sig,
                            const std::vector<std::string>& anchors) {
    PdfSignatureCheck check;
    const pd::PdfObject* range = sig.GetKey(pd::PdfName("ByteRange"));
    if (range == nullptr || !range->IsArray() || range->GetArray().size() != 4) {
        check.problem = "no /ByteRange of four numbers";
        return check;
    }
    std::array<long long, 4> r{};
    for (std::size_t i = 0; i < 4; ++i) {
        const auto& v = range->GetArray()[i];
        if (!v.IsNumber()) {
            check.problem = "/ByteRange holds something other than numbers";
            return check;
        }
        r[i] = static_cast<long long>(v.GetNumber());
    }
    const auto size = static_cast<long long>(bytes.size());
    if (r[0] != 0 || r[1] <= 0 || r[2] <= r[1] || r[3] < 0 || r[2] + r[3] > size) {
        check.problem = "/ByteRange does not describe the file";
        return check;
    }
    check.signed_length = static_cast<std::size_t>(r[2] + r[3]);
    check.signing_time = claimed_time(bytes, static_cast<std::size_t>(r[1]), static_cast<std::size_t>(r[2]),
                                      check.signed_length);
    // The gap between the two ranges is the /Contents hex string, "<...>".
    const std::string gap = bytes.substr(static_cast<std::size_t>(r[1]), static_cast<std::size_t>(r[2] - r[1]));
    if (gap.size() < 2 || gap.front() != '<' || gap.back() != '>') {
        check.problem = "the gap of /ByteRange is not the /Contents string";
        return check;
    }
    std::string der;
    for (std::size_t i = 1; i + 1 < gap.size(); i += 2) {
        const int hi = hex_value(gap[i]);
        const int lo = hex_value(gap[i + 1]);
        if (hi < 0 || lo < 0) {
            check.problem = "/Contents is not hexadecimal";
            return check;
        }
        der.push_back(static_cast<char>(hi * 16 + lo));
    }
    BioPtr der_bio(BIO_new_mem_buf(der.data(), static_cast<int>(der.size())));
    CmsPtr cms(d2i_CMS_bio(der_bio.get(), nullptr));
    if (!cms) {
        check.problem = "/Contents is not a CMS signature: " + openssl_error();
        return check;
    }
    std::string signed_bytes = bytes.substr(0, static_cast<std::size_t>(r[1]));
    signed_bytes.append(bytes, static_cast<std::size_t>(r[2]), static_cast<std::size_t>(r[3]));
    BioPtr content(BIO_new_mem_buf(signed_bytes.data(), static_cast<int>(signed_bytes.size())));
    // The digest and the signature are checked; the chain of trust is the office's to judge.
    const int verified = CMS_verify(cms.get(), nullptr, nullptr, content.get(), nullptr,
                                    CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY);
    STACK_OF(X509)* signers = CMS_get0_signers(cms.get());
    if (signers != nullptr && sk_X509_num(signers) > 0) {
        X509* cert = sk_X509_value(signers, 0);
        X509_NAME* subject = X509_get_subject_name(cert);
        check.signer = name_entry(subject, NID_commonName);
        check.subject = one_line(subject);
    }
    if (signers != nullptr) sk_X509_free(signers);
    if (verified == 1) {
        check.intact = true;
    } else {
        check.problem = "the signed bytes do not match the signature: " + openssl_error();
    }
    if (const auto stamp = detail::signature_timestamp_of(cms.get())) {
        check.timestamp_time = stamp->gen_time;
        check.timestamp_valid = stamp->valid;
    }
    check.certificate_der = detail::signer_certificate_der(cms.get());
    const auto trust = detail::verify_chain(
        cms.get(), anchors, check.timestamp_valid && !check.timestamp_time.empty() ? check.timestamp_time : check.signing_time);
    check.trusted = trust.trusted;
    check.trust_problem = trust.problem;
    return check;
}

// Each signature should end where one of the file's revisions ends, and what came after it
// should be only further signatures.
void judge_revisions(const std::string& bytes, std::vector<PdfSignatureCheck>& signatures) {
    const auto ends = revision_ends(bytes);
    const auto revision_of = [&](std::size_t length) -> std::optional<std::size_t> {
        for (std::size_t k = 0; k < ends.size(); ++k) {
            // A signer may cover the line end after %%EOF or stop before it.
            std::size_t eof = ends[k];
            while (eof > 0 && (bytes[eof - 1] == '\n' || bytes[eof - 1] == '\r')) --eof;
            if (length >= eof && length <= ends[k]) return k;
        }
        return std::nullopt;
    };
    std::size_t first = ends.size();
    for (const auto& s : signatures) {
        if (const auto k = revision_of(s.signed_length)) first = std::min(first, *k);
    }
    const auto changes = detail::revision_changes(bytes, ends, first);
    const std::size_t last_end = ends.empty() ? 0 : ends.back();
    const bool tail = bytes.find_first_not_of("\r\n \t", last_end) != std::string::npos;
    for (auto& s : signatures) {
        const auto k = revision_of(s.signed_length);
        s.ends_a_revision = k.has_value();
        if (!k) continue;
        for (std::size_t later = *k + 1; later < changes.size(); ++later) {
            s.later_changes.insert(s.later_changes.end(), changes[later].begin(), changes[later].end());
        }
        if (tail) s.later_changes.push_back({LaterChange::Kind::bytes_after_end, 0});
    }
}

PdfSignatureReport check_here(const std::string& bytes, const std::vector<std::string>& anchors) {
    // PoDoFo prints what it could not parse (trailers, warnings) on stderr otherwise.
    pd::PdfError::EnableDebug(false);
    pd::PdfError::EnableLogging(false);
    PdfSignatureReport report;
    pd::PdfMemDocument doc;
    try {
        doc.LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()));
    } catch (const pd::PdfError& e) {
        // ErrorMessage() has no text for some codes (it returns null): the number then.
        const char* message = pd::PdfError::ErrorMessage(e.GetError());
        report.problem = std::string("not a readable PDF: ") +
                         (message != nullptr ? std::string(message) : "code " + std::to_string(static_cast<int>(e.GetError())));
        return report;
    } catch (...) {
        report.problem = "not a readable PDF";
        return report;
    }
    report.readable = true;
    const auto fields = detail::signature_fields_of(doc);
    for (pd::PdfObject* object : doc.GetObjects()) {
        if (object == nullptr || !object->IsDictionary()) continue;
        const pd::PdfDictionary& dict = object->GetDictionary();
        // A signature value: /ByteRange and /Contents (its /Type /Sig is optional).
        if (!dict.HasKey(pd::PdfName("ByteRange")) || !dict.HasKey(pd::PdfName("Contents"))) continue;
        report.signatures.push_back(check_one(bytes, dict, anchors));
        for (const auto& f : fields) {
            if (f.value_object != 0 && f.value_object == object->Reference().ObjectNumber()) {
                report.signatures.back().field = f.name;
            }
        }
    }
    judge_revisions(bytes, report.signatures);
    std::size_t longest = 0;
    for (const auto& s : report.signatures) longest = std::max(longest, s.signed_length);
    // A signature covers up to its revision's %%EOF; only a line end may follow.
    report.covers_whole_file = !report.signatures.empty() && longest <= bytes.size() &&
                               bytes.find_first_not_of("\r\n", longest) == std::string::npos;
    return report;
}

std::string encode(const PdfSignatureReport& r) {
    std::string out;
    put(out, r.readable ? 1U : 0U);
    put(out, r.problem);
    put(out, r.covers_whole_file ? 1U : 0U);
    put(out, r.signatures.size());
    for (const auto& s : r.signatures) {
        put(out, s.signer);
        put(out, s.subject);
        put(out, s.signing_time);
        put(out, s.field);
        put(out, s.signed_length);
        put(out, s.intact ? 1U : 0U);
        put(out, s.problem);
        put(out, s.timestamp_time);
        put(out, s.timestamp_valid ? 1U : 0U);
        put(out, s.certificate_der);
        put(out, s.trusted ? 1U : 0U);
        put(out, s.trust_problem);
        put(out, s.ends_a_revision ? 1U : 0U);
        put(out, s.later_changes.size());
        for (const auto& c : s.later_changes) {
            put(out, static_cast<std::size_t>(c.kind));
            put(out, std::size_t{c.number});
        }
    }
    return out;
}

std::optional<PdfSignatureReport> decode(const std::string& in) {
    PipeReader read{in};
    PdfSignatureReport r;
    r.readable = read.number() == 1;
    r.problem = read.text();
    r.covers_whole_file = read.number() == 1;
    const auto count = read.number();
    for (std::size_t i = 0; read.ok && i < count; ++i) {
        PdfSignatureCheck s;
        s.signer = read.text();
        s.subject = read.text();
        s.signing_time = read.text();
        s.field = read.text();
        s.signed_length = read.number();
        s.intact = read.number() == 1;
        s.problem = read.text();
        s.timestamp_time = read.text();
        s.timestamp_valid = read.number() == 1;
        s.certificate_der = read.text();
        s.trusted = read.number() == 1;
        s.trust_problem = read.text();
        s.ends_a_revision = read.number() == 1;
        const auto changes = read.number();
        for (std::size_t c = 0; read.ok && c < changes && c < 64; ++c) {
            const auto kind = read.number();
            const auto number = read.number();
            if (kind > static_cast<std::size_t>(LaterChange::Kind::bytes_after_end)) read.ok = false;
            s.later_changes.push_back({static_cast<LaterChange::Kind>(kind), static_cast<unsigned>(number)});
        }
        r.signatures.push_back(std::move(s));
    }
    if (!read.ok) return std::nullopt;
    return r;
}

}  // namespace

PdfSignatureReport check_pdf_signatures(const std::string& bytes, const std::vector<std::string>& trusted_roots) {
    // PoDoFo on a crafted PDF may abort or overflow its stack: it reads in a child process.
    const auto run = detail::run_isolated([&] { return encode(check_here(bytes, trusted_roots)); });
    if (run.finished) {
        if (auto report = decode(run.output)) return *report;
    }
    PdfSignatureReport report;
    report.problem = "not a readable PDF: " + (run.problem.empty() ? std::string("unreadable result") : run.problem);
    return report;
}

std::vector<std::size_t> revision_ends(const std::string& bytes) {
    std::vector<std::size_t> ends;
    for (std::size_t at = bytes.find("%%EOF"); at != std::string::npos; at = bytes.find("%%EOF", at + 5)) {
        std::size_t end = at + 5;
        if (end < bytes.size() && bytes[end] == '\r') ++end;
        if (end < bytes.size() && bytes[end] == '\n') ++end;
        ends.push_back(end);
    }
    return ends;
}

}  // namespace pacta::pdf
