// The PDF side of signing a field: the update appended to the file (the field pointing to a
// new signature dictionary, a cross-reference section for the two objects and a trailer
// whose /Prev is the file's last one), the byte ranges around the /Contents placeholder,
// and the CMS written into it.
#include "pacta/pdf/field_signer.h"

#include <podofo/podofo.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "acroform_fields.h"
#include "signature_appearance.h"
#include "signing_internal.h"
#include "timestamp_token.h"

namespace pacta::pdf {

namespace {

namespace pd = PoDoFo;

// Room for the CMS: a chain of three RSA-4096 certificates (about 7 KB with the signer info)
// and a signature timestamp token carrying the TSA's RSA-4096 certificate and its CA (about
// 5 KB) fit. A token that still does not fit is left out (B-B), never the signature.
constexpr std::size_t reserved_bytes = 16384;

// A PDF text string: ASCII as a literal, anything else UTF-16BE with its byte-order mark.
std::string pdf_text(const std::string& utf8) {
    bool ascii = true;
    for (const char c : utf8) ascii = ascii && static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F;
    if (ascii) {
        std::string out = "(";
        for (const char c : utf8) {
            if (c == '(' || c == ')' || c == '\\') out += '\\';
            out += c;
        }
        return out + ")";
    }
    std::string hex = "<FEFF";
    char buffer[8];
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        unsigned code = c;
        std::size_t n = 1;
        if (c >= 0xF0 && i + 3 < utf8.size()) {
            code = ((c & 0x07U) << 18) | ((static_cast<unsigned char>(utf8[i + 1]) & 0x3FU) << 12) |
                   ((static_cast<unsigned char>(utf8[i + 2]) & 0x3FU) << 6) | (static_cast<unsigned char>(utf8[i + 3]) & 0x3FU);
            n = 4;
        } else if (c >= 0xE0 && i + 2 < utf8.size()) {
            code = ((c & 0x0FU) << 12) | ((static_cast<unsigned char>(utf8[i + 1]) & 0x3FU) << 6) |
                   (static_cast<unsigned char>(utf8[i + 2]) & 0x3FU);
            n = 3;
        } else if (c >= 0xC0 && i + 1 < utf8.size()) {
            code = ((c & 0x1FU) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3FU);
            n = 2;
        }
        i += n;
        if (code >= 0x10000) {
            code -= 0x10000;
            std::snprintf(buffer, sizeof buffer, "%04X", 0xD800U + (code >> 10));
            hex += buffer;
            code = 0xDC00U + (code & 0x3FFU);
        }
        std::snprintf(buffer, sizeof buffer, "%04X", code);
        hex += buffer;
    }
    return hex + ">";
}

// "2026-12-07T10:42:00Z" -> "D:20261207104200Z".
std::string pdf_date(const std::string& iso) {
    std::string digits;
    for (const char c : iso) {
        if (c >= '0' && c <= '9') digits += c;
    }
    return "D:" + digits.substr(0, 14) + "Z";
}

void load(pd::PdfMemDocument& doc, const std::string& pdf) {
    pd::PdfError::EnableDebug(false);
    pd::PdfError::EnableLogging(false);
    try {
        doc.LoadFromBuffer(pdf.data(), static_cast<long>(pdf.size()));
    } catch (const pd::PdfError& e) {
        throw SigningError(SigningError::Kind::unreadable_pdf, "not a readable PDF (PoDoFo error " +
                                                                   std::to_string(static_cast<int>(e.GetError())) + ")");
    }
}

// The offset the file's last "startxref" names.
std::size_t last_startxref(const std::string& pdf) {
    const auto at = pdf.rfind("startxref");
    if (at == std::string::npos) throw SigningError(SigningError::Kind::unreadable_pdf, "no startxref");
    return static_cast<std::size_t>(std::strtoull(pdf.c_str() + at + 9, nullptr, 10));
}

std::string ten_digits(std::size_t n) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%010zu", n);
    return buffer;
}

// The object as it is written in a file: "N G obj ... endobj", its stream included.
std::string written(pd::PdfObject& object) {
    pd::PdfRefCountedBuffer buffer;
    pd::PdfOutputDevice device(&buffer);
    object.WriteObject(&device, pd::ePdfWriteMode_Compact, nullptr);
    return std::string(buffer.GetBuffer(), device.GetLength());
}

// The appearance for the field's rectangle; nullopt when the field has no usable /Rect.
std::optional<pd::PdfReference> appearance_of(pd::PdfMemDocument& doc, const pd::PdfObject& field,
                                              const std::vector<std::string>& lines) {
    const pd::PdfObject* rect = field.GetDictionary().GetKey(pd::PdfName("Rect"));
    if (rect == nullptr || !rect->IsArray() || rect->GetArray().size() != 4) return std::nullopt;
    double r[4];
    for (std::size_t i = 0; i < 4; ++i) {
        if (!rect->GetArray()[i].IsNumber() && !rect->GetArray()[i].IsReal()) return std::nullopt;
        r[i] = rect->GetArray()[i].GetReal();
    }
    const double width = std::abs(r[2] - r[0]);
    const double height = std::abs(r[3] - r[1]);
    if (width < 10 || height < 10 || width > 2000 || height > 2000) return std::nullopt;
    try {
        return detail::add_signature_appearance(doc, width, height, lines);
    } catch (const std::exception&) {
        return std::nullopt;  // no font: the signature stands without a picture of itself
    }
}

}  // namespace

std::vector<SignatureFieldState> signature_fields(const std::string& pdf) {
    pd::PdfMemDocument doc;
    load(doc, pdf);
    std::vector<SignatureFieldState> out;
    for (const auto& f : detail::signature_fields_of(doc)) out.push_back({f.name, f.value_object != 0});
    return out;
}

SignedPdf sign_field(const std::string& pdf, const FieldSignature& what, const SigningCredentials& who) {
    pd::PdfMemDocument doc;
    load(doc, pdf);
    pd::PdfObject* field = nullptr;
    for (const auto& f : detail::signature_fields_of(doc)) {
        if (f.name == what.field && field == nullptr) field = f.object;
    }
    if (field == nullptr) throw SigningError(SigningError::Kind::no_such_field, "no signature field " + what.field);
    if (field->GetDictionary().HasKey(pd::PdfName("V"))) {
        throw SigningError(SigningError::Kind::already_signed, "the field " + what.field + " is signed");
    }
    if (field->Reference().ObjectNumber() == 0) {
        throw SigningError(SigningError::Kind::unreadable_pdf, "the field " + what.field + " is not an indirect object");
    }
    const pd::PdfObject* trailer = doc.GetTrailer();
    const auto size = static_cast<unsigned>(trailer->GetDictionary().GetKeyAsLong(pd::PdfName("Size"), 0));

    // What the field will show: its appearance and the font subset it draws with, new objects
    // of this update (numbered after every object the file has).
    std::set<pd::PdfReference> before;
    for (const pd::PdfObject* o : doc.GetObjects()) before.insert(o->Reference());
    std::optional<pd::PdfReference> appearance;
    if (!what.appearance.empty()) appearance = appearance_of(doc, *field, what.appearance);
    std::vector<pd::PdfObject*> added;
    unsigned signature_number = size;
    for (pd::PdfObject* o : doc.GetObjects()) {
        if (before.count(o->Reference()) > 0) continue;
        added.push_back(o);
        signature_number = std::max(signature_number, o->Reference().ObjectNumber() + 1);
    }

    // The field, now pointing at its signature (and showing it).
    pd::PdfObject changed(field->GetDictionary());
    changed.GetDictionary().AddKey(pd::PdfName("V"), pd::PdfReference(signature_number, 0));
    if (appearance) {
        pd::PdfDictionary ap;
        ap.AddKey(pd::PdfName("N"), *appearance);
        changed.GetDictionary().AddKey(pd::PdfName("AP"), ap);
    }
    std::string field_text;
    changed.ToString(field_text);

    std::string update = pdf.empty() || pdf.back() == '\n' ? "" : "\n";
    // Cross-reference entries: object number -> (offset, generation).
    std::map<unsigned, std::pair<std::size_t, unsigned>> entries;
    entries[field->Reference().ObjectNumber()] = {pdf.size() + update.size(), field->Reference().GenerationNumber()};
    update += std::to_string(field->Reference().ObjectNumber()) + " " +
              std::to_string(field->Reference().GenerationNumber()) + " obj\n" + field_text + "\nendobj\n";
    for (pd::PdfObject* o : added) {
        entries[o->Reference().ObjectNumber()] = {pdf.size() + update.size(), o->Reference().GenerationNumber()};
        update += written(*o);
    }
    entries[signature_number] = {pdf.size() + update.size(), 0};
    update += std::to_string(signature_number) + " 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite "
              "/SubFilter /ETSI.CAdES.detached /ByteRange [0 ";
    const std::size_t ranges_at = pdf.size() + update.size();
    update += "0000000000 0000000000 0000000000] /Contents ";
    const std::size_t contents_at = pdf.size() + update.size();
    update += "<" + std::string(2 * reserved_bytes, '0') + ">";
    const std::size_t contents_end = pdf.size() + update.size();
    update += " /M " + pdf_text(pdf_date(what.signing_time)) + " /Name " + pdf_text(what.signer_name);
    if (!what.reason.empty()) update += " /Reason " + pdf_text(what.reason);
    update += " >>\nendobj\n";

    // The cross-reference section of this update's objects, in runs of consecutive numbers,
    // and the trailer, chained to the last one.
    const std::size_t xref_at = pdf.size() + update.size();
    update += "xref\n0 1\n0000000000 65535 f \n";
    for (auto it = entries.begin(); it != entries.end();) {
        auto run_end = it;
        unsigned count = 0;
        while (run_end != entries.end() && run_end->first == it->first + count) {
            ++run_end;
            ++count;
        }
        update += std::to_string(it->first) + " " + std::to_string(count) + "\n";
        for (; it != run_end; ++it) {
            update += ten_digits(it->second.first) + " " + std::to_string(100000 + it->second.second).substr(1) + " n \n";
        }
    }
    pd::PdfObject next_trailer(trailer->GetDictionary());
    auto& next = next_trailer.GetDictionary();
    next.AddKey(pd::PdfName("Size"), static_cast<pd::pdf_int64>(signature_number + 1));
    next.AddKey(pd::PdfName("Prev"), static_cast<pd::pdf_int64>(last_startxref(pdf)));
    // A trailer read from a cross-reference stream carries the stream's own keys.
    for (const char* key : {"XRefStm", "Type", "W", "Index", "Filter", "DecodeParms", "Length"}) next.RemoveKey(pd::PdfName(key));
    std::string trailer_text;
    next_trailer.ToString(trailer_text);
    update += "trailer\n" + trailer_text + "\nstartxref\n" + std::to_string(xref_at) + "\n%%EOF\n";

    std::string out = pdf + update;
    // The byte ranges: everything but the /Contents hex string, its angle brackets included.
    const std::size_t after = out.size() - contents_end;
    const std::string ranges = ten_digits(contents_at) + " " + ten_digits(contents_end) + " " + ten_digits(after);
    out.replace(ranges_at, ranges.size(), ranges);
    const std::string signed_bytes = out.substr(0, contents_at) + out.substr(contents_end);
    std::string cms = detail::cades_detached(signed_bytes, who.impl());
    SignedPdf result;
    if (!what.timestamp_url.empty()) {
        try {
            const auto token = request_timestamp(what.timestamp_url, detail::signature_value(cms));
            std::string stamped = detail::with_signature_timestamp(cms, token.der);
            if (stamped.size() > reserved_bytes) {
                throw TimestampError(TimestampError::Kind::bad_response,
                                     "with the timestamp the signature takes " + std::to_string(stamped.size()) +
                                         " bytes; " + std::to_string(reserved_bytes) + " are reserved");
            }
            cms = std::move(stamped);
            result.timestamped = true;
            result.timestamp_time = token.gen_time;
        } catch (const TimestampError& e) {
            result.timestamp_problem = e.what();
            result.timestamp_failure = e.kind();
        }
    }
    if (cms.size() > reserved_bytes) {
        throw SigningError(SigningError::Kind::signature_too_large,
                           "the signature takes " + std::to_string(cms.size()) + " bytes; " +
                               std::to_string(reserved_bytes) + " are reserved");
    }
    static constexpr char digits[] = "0123456789ABCDEF";
    for (std::size_t i = 0; i < cms.size(); ++i) {
        const auto byte = static_cast<unsigned char>(cms[i]);
        out[contents_at + 1 + 2 * i] = digits[byte >> 4];
        out[contents_at + 2 + 2 * i] = digits[byte & 0x0F];
    }
    result.pdf = std::move(out);
    return result;
}

}  // namespace pacta::pdf
