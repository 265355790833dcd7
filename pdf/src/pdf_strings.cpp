#include "pacta/pdf/pdf_strings.h"

#include <podofo/podofo.h>

#include <optional>

#include "isolated_run.h"

namespace pacta::pdf {

namespace {

namespace pd = PoDoFo;
using detail::PipeReader;
using detail::put;

constexpr int max_depth = 32;                          // nesting of arrays and dictionaries walked
constexpr std::size_t max_total = std::size_t{64} << 20;  // bytes of text gathered

class Gatherer {
public:
    explicit Gatherer(pd::PdfMemDocument& doc) : doc_(doc) {}

    PdfStrings run() {
        PdfStrings out;
        out.readable = true;
        const pd::PdfObject* info_object = nullptr;
        if (pd::PdfInfo* info = doc_.GetInfo(); info != nullptr && info->GetObject() != nullptr) {
            info_object = info->GetObject();
            strings_in(*info_object, PdfString::Kind::info, 0);
        }
        for (pd::PdfObject* object : doc_.GetObjects()) {
            if (object == nullptr || object == info_object) continue;
            const auto kind = kind_of(*object);
            if (object->HasStream() && (kind == PdfString::Kind::xmp || kind == PdfString::Kind::embedded_file)) {
                add(kind, stream_text(*object));
            }
            if (object->IsDictionary() || object->IsArray()) strings_in(*object, kind, 0);
        }
        out.strings = std::move(strings_);
        return out;
    }

private:
    static bool name_is(const pd::PdfDictionary& dict, const char* key, const char* value) {
        const pd::PdfObject* o = dict.GetKey(pd::PdfName(key));
        return o != nullptr && o->IsName() && o->GetName().GetName() == value;
    }

    static PdfString::Kind kind_of(const pd::PdfObject& object) {
        if (!object.IsDictionary()) return PdfString::Kind::other;
        const auto& dict = object.GetDictionary();
        if (name_is(dict, "Type", "Metadata")) return PdfString::Kind::xmp;
        if (name_is(dict, "Type", "EmbeddedFile")) return PdfString::Kind::embedded_file;
        if (name_is(dict, "Type", "Annot") || (dict.HasKey(pd::PdfName("Subtype")) && dict.HasKey(pd::PdfName("Rect")))) {
            return PdfString::Kind::annotation;
        }
        if (dict.HasKey(pd::PdfName("FT")) || (dict.HasKey(pd::PdfName("T")) && dict.HasKey(pd::PdfName("Kids")))) {
            return PdfString::Kind::form_field;
        }
        return PdfString::Kind::other;
    }

    static std::string stream_text(pd::PdfObject& object) {
        char* data = nullptr;
        pd::pdf_long length = 0;
        try {
            object.GetStream()->GetFilteredCopy(&data, &length);
        } catch (...) {
            return {};
        }
        std::string text(data != nullptr ? data : "", data != nullptr ? static_cast<std::size_t>(length) : 0);
        pd::podofo_free(data);
        return text;
    }

    void add(PdfString::Kind kind, std::string text) {
        if (text.empty() || total_ + text.size() > max_total) return;
        total_ += text.size();
        strings_.push_back({kind, std::move(text)});
    }

    // Strings directly in the object, and in the arrays and dictionaries it holds (not through
    // references: each referenced object is visited on its own, with its own kind).
    void strings_in(const pd::PdfObject& object, PdfString::Kind kind, int depth) {
        if (depth > max_depth) return;
        if (object.IsString() || object.IsHexString()) {
            add(kind, object.GetString().GetStringUtf8());
        } else if (object.IsArray()) {
            for (const auto& item : object.GetArray()) strings_in(item, kind, depth + 1);
        } else if (object.IsDictionary()) {
            for (const auto& [key, value] : object.GetDictionary().GetKeys()) {
                if (value != nullptr) strings_in(*value, kind, depth + 1);
            }
        }
    }

    pd::PdfMemDocument& doc_;
    std::vector<PdfString> strings_;
    std::size_t total_ = 0;
};

PdfStrings read_here(const std::string& bytes) {
    // PoDoFo prints what it could not parse (trailers, warnings) on stderr otherwise.
    pd::PdfError::EnableDebug(false);
    pd::PdfError::EnableLogging(false);
    try {
        pd::PdfMemDocument doc;
        doc.LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()));
        return Gatherer(doc).run();
    } catch (...) {
        PdfStrings out;
        out.problem = "not a readable PDF";
        return out;
    }
}

std::string encode(const PdfStrings& r) {
    std::string out;
    put(out, r.readable ? 1U : 0U);
    put(out, r.problem);
    put(out, r.strings.size());
    for (const auto& s : r.strings) {
        put(out, static_cast<std::size_t>(s.kind));
        put(out, s.text);
    }
    return out;
}

std::optional<PdfStrings> decode(const std::string& in) {
    PipeReader read{in};
    PdfStrings r;
    r.readable = read.number() == 1;
    r.problem = read.text();
    const auto count = read.number();
    for (std::size_t i = 0; read.ok && i < count; ++i) {
        const auto kind = read.number();
        if (kind > static_cast<std::size_t>(PdfString::Kind::other)) return std::nullopt;
        r.strings.push_back({static_cast<PdfString::Kind>(kind), read.text()});
    }
    if (!read.ok) return std::nullopt;
    return r;
}

}  // namespace

PdfStrings read_own_pdf_strings(const std::string& bytes) { return read_here(bytes); }

PdfStrings read_pdf_strings(const std::string& bytes) {
    const auto run = detail::run_isolated([&] { return encode(read_here(bytes)); });
    if (run.finished) {
        if (auto strings = decode(run.output)) return *strings;
    }
    PdfStrings out;
    out.problem = "not a readable PDF: " + (run.problem.empty() ? std::string("unreadable result") : run.problem);
    return out;
}

}  // namespace pacta::pdf
